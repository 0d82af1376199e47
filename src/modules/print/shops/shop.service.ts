import type { Context } from "../../../kernel/context.ts";
import { notFound } from "../../../kernel/errors.ts";
import { userIdOf } from "../roles.ts";
import type { ShopRow, ShopStatus } from "./shop.type.ts";
import { checkedOrigin, checkedWindow } from "./shop.validation.ts";

const EARTH_RADIUS_KM = 6371;

/**
 * Shops nearest to an origin: the given lat/long, else the caller's own coordinates when set; without either,
 * by name with a null distance. Haversine in SQL so ordering and LIMIT happen in the database (one statement);
 * shops without coordinates come last.
 */
export async function nearestShops(ctx: Context, args: { lat?: number | null; long?: number | null; limit?: number | null }): Promise<ShopRow[]> {
  const origin = checkedOrigin(args.lat, args.long);
  const { take } = checkedWindow(args.limit, 0, { fallback: 50, max: 100 });
  const lat = origin?.lat ?? null;
  const long = origin?.long ?? null;
  return ctx.db.$queryRaw<ShopRow[]>`
    WITH origin AS (
      SELECT ${lat}::float8 AS lat, ${long}::float8 AS long WHERE ${lat}::float8 IS NOT NULL
      UNION ALL
      SELECT u.lat, u.long FROM print_users u
      WHERE ${lat}::float8 IS NULL AND u.id = ${userIdOf(ctx)} AND u.lat IS NOT NULL AND u.long IS NOT NULL
    )
    SELECT s.id, s.username, s."shopName", s.lat, s.long, s."isOpen", s.address,
      round(d.km::numeric, 2)::float8 AS distance
    FROM print_users s
    LEFT JOIN origin o ON true
    CROSS JOIN LATERAL (
      SELECT CASE WHEN o.lat IS NULL OR s.lat IS NULL OR s.long IS NULL THEN NULL
        ELSE 2 * ${EARTH_RADIUS_KM} * asin(LEAST(1, sqrt(
          power(sin(radians(s.lat - o.lat) / 2), 2) + cos(radians(o.lat)) * cos(radians(s.lat)) * power(sin(radians(s.long - o.long) / 2), 2)
        ))) END AS km
    ) d
    WHERE s.role = 'shopkeeper'
    ORDER BY d.km ASC NULLS LAST, s."shopName" ASC NULLS LAST, s.id
    LIMIT ${take}`;
}

const STATUS_SELECT = { isOpen: true, lastHeartbeatAt: true, lastWebActivityAt: true } as const;

/** Opens or closes the calling shop; it counts as web activity, so the sweeper leaves a just-opened shop open. */
export async function setShopOpen(ctx: Context, isOpen: boolean): Promise<ShopStatus> {
  const [shop] = await ctx.db.printUser.updateManyAndReturn({
    where: { id: userIdOf(ctx), role: "shopkeeper" },
    data: { isOpen, lastWebActivityAt: new Date() },
    select: STATUS_SELECT,
  });
  if (!shop) throw notFound("Shop");
  return shop;
}

/** The shop app's heartbeat: refreshes its timestamp only (opening and closing stay the shopkeeper's choice). */
export async function recordHeartbeat(ctx: Context): Promise<ShopStatus> {
  const [shop] = await ctx.db.printUser.updateManyAndReturn({
    where: { id: userIdOf(ctx), role: "shopkeeper" },
    data: { lastHeartbeatAt: new Date() },
    select: STATUS_SELECT,
  });
  if (!shop) throw notFound("Shop");
  return shop;
}

/**
 * Queue reads by the shop's web page count as web activity. Written at most every 30 s per shop: the queue is
 * polled, and a row rewrite per poll would be waste. Always one statement, so reads cost the same.
 */
export async function touchWebActivity(ctx: Context, shopId: number): Promise<void> {
  await ctx.db.$executeRaw`UPDATE print_users SET "lastWebActivityAt" = now()
    WHERE id = ${shopId} AND ("lastWebActivityAt" IS NULL OR "lastWebActivityAt" < now() - interval '30 seconds')`;
}
