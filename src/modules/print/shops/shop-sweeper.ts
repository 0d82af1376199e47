import type { Services } from "../../../kernel/context.ts";
import type { BackgroundJob } from "../../../kernel/system.ts";
import { printConfig } from "../config.ts";

/**
 * Closes open shops that show no sign of life: neither an app heartbeat nor web activity within
 * SHOP_STALE_AFTER_MINUTES (a missing timestamp counts as stale). One UPDATE, so it is cheap and race-free
 * against a heartbeat arriving meanwhile (that row then no longer matches). Returns how many shops closed.
 */
export async function sweepStaleShops(services: Pick<Services, "db" | "config">): Promise<number> {
  const minutes = printConfig(services.config).SHOP_STALE_AFTER_MINUTES;
  return services.db.$executeRaw`UPDATE print_users SET "isOpen" = false, "updatedAt" = now()
    WHERE role = 'shopkeeper' AND "isOpen"
      AND ("lastHeartbeatAt" IS NULL OR "lastHeartbeatAt" < now() - make_interval(mins => ${minutes}::int))
      AND ("lastWebActivityAt" IS NULL OR "lastWebActivityAt" < now() - make_interval(mins => ${minutes}::int))`;
}

export const shopSweeperJob: BackgroundJob = {
  name: "print-shop-sweeper",
  everyMs: 60_000,
  run: async (services) => {
    const closed = await sweepStaleShops(services);
    if (closed > 0) services.log.info({ closed }, "closed stale print shops");
  },
};
