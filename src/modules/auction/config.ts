import { z } from "zod";
import { systemConfig } from "../../kernel/system-config.ts";

/** auction's settings, from the same environment as the kernel's. */
export const auctionConfig = systemConfig(z.object({
  NODE_ENV: z.string().optional(),
  /** the administrator the demo seed creates (there is no sign-up endpoint) */
  AUCTION_ADMIN_USER: z.string().min(1).default("admin@auction.local"),
  AUCTION_ADMIN_PASSWORD: z.string().min(8).default("auction-admin-1234"),
  /** REST calls per caller (token, else address) per minute, published in X-RateLimit-* headers */
  AUCTION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** the house's name on invoices and cheques */
  AUCTION_HOUSE_NAME: z.string().min(1).default("Circuit Auction"),
  /** how `formatted` amounts are written */
  AUCTION_CURRENCY: z.string().length(3).default("USD"),
  /** absolute URLs of files (cheques, images) start here */
  AUCTION_PUBLIC_URL: z.string().url().default("http://localhost:4000/auction"),
}));
