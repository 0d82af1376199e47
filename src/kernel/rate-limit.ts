import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "./errors.ts";

/**
 * A named in-process limiter (rate-limiter-flexible). Consuming past the budget throws RATE_LIMITED with
 * `retryAfter` seconds, which REST renders as 429 + Retry-After and GraphQL as the error code.
 */
export function rateLimiter(opts: { points: number; durationSeconds: number; message?: string }) {
  const limiter = new RateLimiterMemory({ points: opts.points, duration: opts.durationSeconds });
  return async (key: string): Promise<void> => {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new DomainError("RATE_LIMITED", opts.message ?? "Too many requests, try again later", { retryAfter });
    }
  };
}
