import { z } from "zod";
import { systemConfig } from "../../kernel/system-config.ts";

const rupees = (fallback: string) => z.string().default(fallback).transform((v, ctx) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) { ctx.addIssue({ code: "custom", message: "must be a non-negative amount" }); return z.NEVER; }
  return Math.round(n * 100);
});
const bool = z.enum(["true", "false", "1", "0"]).default("false").transform((v) => v === "true" || v === "1");

/** Development values of the gateway credentials: public (they are in this file), so refused in production. */
const DEV_SECRETS = {
  RAZORPAY_KEY_ID: "rzp_test_local",
  RAZORPAY_KEY_SECRET: "local-secret",
  RAZORPAY_WEBHOOK_SECRET: "local-webhook-secret",
} as const;

/** print's settings (amounts in paise after parsing). */
export const printConfig = systemConfig(z.object({
  /** read from the same environment as the kernel's: production requires the real gateway credentials */
  NODE_ENV: z.string().optional(),
  COST_PER_PAGE_BW: rupees("1"),
  COST_PER_PAGE_COLOR: rupees("10"),
  SKIP_SIGNUP_OTP: bool,
  RAZORPAY_KEY_ID: z.string().default(DEV_SECRETS.RAZORPAY_KEY_ID),
  RAZORPAY_KEY_SECRET: z.string().default(DEV_SECRETS.RAZORPAY_KEY_SECRET),
  RAZORPAY_WEBHOOK_SECRET: z.string().default(DEV_SECRETS.RAZORPAY_WEBHOOK_SECRET),
  RAZORPAY_BASE_URL: z.string().url().default("https://api.razorpay.com/v1"),
  ALLOWED_ADMIN_IPS: z.string().default("").transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean)),
  PRINT_PUBLIC_URL: z.string().url().default("https://qprint.co.in"),
  REFERRAL_BONUS: rupees("50"),
  REFERRAL_WELCOME: rupees("25"),
  SHOP_STALE_AFTER_MINUTES: z.coerce.number().int().positive().default(10),
  PRINT_UPLOADS_PER_MINUTE: z.coerce.number().int().positive().default(60),
  /** by-code file lookups (GraphQL and REST) per account: a brake on guessing other customers' private-print codes */
  PRINT_CODE_LOOKUPS_PER_MINUTE: z.coerce.number().int().positive().default(120),
}).superRefine((cfg, ctx) => {
  if (cfg.NODE_ENV !== "production") return;
  // missing (so defaulted), blank or set to the public development value: the webhook signature and gateway calls
  // would rest on a secret anyone can read
  for (const name of Object.keys(DEV_SECRETS) as (keyof typeof DEV_SECRETS)[]) {
    const value = cfg[name].trim();
    if (!value || value === DEV_SECRETS[name]) ctx.addIssue({ code: "custom", path: [name], message: `${name} is required in production` });
  }
}));
export type PrintConfig = ReturnType<typeof printConfig>;
