import type { Context } from "../../../kernel/context.ts";
import { rateLimiter } from "../../../kernel/rate-limit.ts";

const limiters = new Map<number, (key: string) => Promise<void>>();

/**
 * The auth rate-limit group (login, register, OTP and recovery requests) shares one budget per client address:
 * AUTH_RATE_LIMIT_PER_MINUTE (default 20). One limiter per configured budget, so a test app may use its own.
 */
export async function consumeAuthBudget(ctx: Context): Promise<void> {
  const points = ctx.config.AUTH_RATE_LIMIT_PER_MINUTE;
  let limit = limiters.get(points);
  if (!limit) {
    limit = rateLimiter({ name: `print-auth-${points}`, points, durationSeconds: 60, message: "Too many attempts. Please try again later." });
    limiters.set(points, limit);
  }
  await limit(ctx.clientIp);
}
