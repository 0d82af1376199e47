import { z } from "zod";
import { systemConfig } from "../../kernel/system-config.ts";

/** pos settings, from the same environment as the kernel's. */
export const posConfig = systemConfig(z.object({
  /** the demo tenant's ADMIN and the platform SUPER_ADMIN created by the demo seed (scripted clients log in with them) */
  POS_ADMIN_EMAIL: z.string().email().default("admin@pos.demo"),
  POS_ADMIN_PASSWORD: z.string().min(8).default("pos-admin-1234"),
  POS_SUPER_ADMIN_EMAIL: z.string().email().default("superadmin@pos.demo"),
  POS_SUPER_ADMIN_PASSWORD: z.string().min(8).default("pos-super-1234"),
  /** access tokens live 15 minutes and refresh tokens 7 days, as documented */
  POS_ACCESS_TTL: z.string().default("15m"),
  POS_REFRESH_TTL_DAYS: z.coerce.number().int().positive().default(7),
  /** REST calls per caller (token, else address) per minute, published in X-RateLimit-* headers */
  POS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(300),
  /** login attempts per e-mail and address per 15 minutes */
  POS_LOGIN_ATTEMPTS: z.coerce.number().int().positive().default(10),
}));
