import { z } from "zod";
import { systemConfig } from "../../../kernel/system-config.ts";
import { rateLimiter } from "../../../kernel/rate-limit.ts";
import type { Context } from "../../../kernel/context.ts";

/** Per-minute budgets of the money endpoints (env-tunable so a load test or a busy campus NAT can raise them). */
const paymentLimits = systemConfig(z.object({
  PRINT_PAYMENT_ORDERS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  PRINT_TOPUPS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  PRINT_WEBHOOKS_PER_MINUTE: z.coerce.number().int().positive().default(600),
}));

/**
 * The platform's commission in basis points. The spec's default is 0 and no setting exists yet, so every order's
 * `platform_commission` must be 0; raising it is a config change here, not a client's choice.
 */
export const PLATFORM_COMMISSION_BPS = 0;

const limiters = new Map<string, ReturnType<typeof rateLimiter>>();
function limiter(name: string, points: number, message: string) {
  const key = `${name}:${points}`;
  let found = limiters.get(key);
  if (!found) limiters.set(key, (found = rateLimiter({ name: key, points, durationSeconds: 60, message })));
  return found;
}

export const limitPaymentOrders = (ctx: Context) =>
  limiter("print-payment-orders", paymentLimits(ctx.config).PRINT_PAYMENT_ORDERS_PER_MINUTE, "Too many payment requests, try again later")(ctx.clientIp);

export const limitTopups = (ctx: Context, userId: number) =>
  limiter("print-topups", paymentLimits(ctx.config).PRINT_TOPUPS_PER_MINUTE, "Too many top-up requests, try again later")(String(userId));

export const limitWebhooks = (ctx: Context) =>
  limiter("print-webhooks", paymentLimits(ctx.config).PRINT_WEBHOOKS_PER_MINUTE, "Too many requests")(ctx.clientIp);
