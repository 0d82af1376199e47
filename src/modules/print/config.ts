import { z } from "zod";
import { systemConfig } from "../../kernel/system-config.ts";

const rupees = (fallback: string) => z.string().default(fallback).transform((v, ctx) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) { ctx.addIssue({ code: "custom", message: "must be a non-negative amount" }); return z.NEVER; }
  return Math.round(n * 100);
});
const bool = z.enum(["true", "false", "1", "0"]).default("false").transform((v) => v === "true" || v === "1");

/** print's settings (amounts in paise after parsing). */
export const printConfig = systemConfig(z.object({
  COST_PER_PAGE_BW: rupees("1"),
  COST_PER_PAGE_COLOR: rupees("10"),
  SKIP_SIGNUP_OTP: bool,
  RAZORPAY_KEY_ID: z.string().default("rzp_test_local"),
  RAZORPAY_KEY_SECRET: z.string().default("local-secret"),
  RAZORPAY_WEBHOOK_SECRET: z.string().default("local-webhook-secret"),
  RAZORPAY_BASE_URL: z.string().url().default("https://api.razorpay.com/v1"),
  ALLOWED_ADMIN_IPS: z.string().default("").transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean)),
  PRINT_PUBLIC_URL: z.string().url().default("https://qprint.co.in"),
  REFERRAL_BONUS: rupees("50"),
  REFERRAL_WELCOME: rupees("25"),
  SHOP_STALE_AFTER_MINUTES: z.coerce.number().int().positive().default(10),
  PRINT_UPLOADS_PER_MINUTE: z.coerce.number().int().positive().default(60),
}));
export type PrintConfig = ReturnType<typeof printConfig>;
