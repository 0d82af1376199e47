import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { Redis } from "ioredis";
import { DomainError } from "./errors.ts";

let redis: Redis | undefined;
/** With REDIS_URL every instance shares the counters; otherwise they live in this process. */
function store(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const url = process.env.REDIS_URL;
  if (!url) return new RateLimiterMemory({ keyPrefix, points, duration });
  // commands wait for the first connection (so the count starts in Redis); when Redis is down they fail fast and the
  // in-memory insurance limiter answers instead of letting requests through unlimited
  redis ??= new Redis(url, { enableOfflineQueue: true, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  return new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: new RateLimiterMemory({ points, duration }) });
}

/**
 * A named limiter (rate-limiter-flexible). Consuming past the budget throws RATE_LIMITED with `retryAfter` seconds,
 * which REST renders as 429 + Retry-After and GraphQL as the error code.
 */
export function rateLimiter(opts: { name?: string; points: number; durationSeconds: number; message?: string }) {
  let limiter: RateLimiterAbstract | undefined;
  return async (key: string): Promise<void> => {
    limiter ??= store(`rl:${opts.name ?? "default"}`, opts.points, opts.durationSeconds);
    try {
      await limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new DomainError("RATE_LIMITED", opts.message ?? "Too many requests, try again later", { retryAfter, limit: opts.points });
    }
  };
}

export type RateLimitState = { limit: number; remaining: number; resetAt: number; retryAfter?: number };

/**
 * A limiter that reports its state, for APIs that publish it (X-RateLimit-Limit/Remaining/Reset): returns the state
 * after consuming one point, with `retryAfter` set when the budget was already spent.
 */
export function meteredLimiter(opts: { name: string; points: number; durationSeconds: number }) {
  let limiter: RateLimiterAbstract | undefined;
  return async (key: string): Promise<RateLimitState> => {
    limiter ??= store(`rl:${opts.name}`, opts.points, opts.durationSeconds);
    const state = (res: RateLimiterRes) => ({
      limit: opts.points,
      remaining: Math.max(0, res.remainingPoints),
      resetAt: Math.ceil((Date.now() + res.msBeforeNext) / 1000),
    });
    try {
      return state(await limiter.consume(key));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { ...state(error), retryAfter: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
  };
}
