import { builder } from "../../../builder.ts";

export type ShopRow = {
  id: number; username: string; shopName: string | null; lat: number | null; long: number | null;
  distance: number | null; isOpen: boolean; address: string | null;
};

/** A shop as customers pick it: where it is, how far, whether it takes prints now. */
export const PrintShop = builder.objectRef<ShopRow>("PrintShop").implement({
  description: "A shopkeeper's shop with its distance from the requested (or the caller's) position.",
  fields: (t) => ({
    id: t.exposeInt("id"),
    username: t.exposeString("username"),
    shopName: t.exposeString("shopName", { nullable: true }),
    lat: t.exposeFloat("lat", { nullable: true }),
    long: t.exposeFloat("long", { nullable: true }),
    distance: t.exposeFloat("distance", { nullable: true, description: "Great-circle distance in km (2 decimals); null without an origin or shop coordinates." }),
    isOpen: t.exposeBoolean("isOpen"),
    address: t.exposeString("address", { nullable: true }),
  }),
});

export type ShopStatus = { isOpen: boolean; lastHeartbeatAt: Date | null; lastWebActivityAt: Date | null };

export const PrintShopStatus = builder.objectRef<ShopStatus>("PrintShopStatus").implement({
  description: "The calling shop's open flag and the activity timestamps the sweeper closes stale shops by.",
  fields: (t) => ({
    ok: t.boolean({ description: "Always true: the change was recorded (legacy clients check it).", resolve: () => true }),
    isOpen: t.exposeBoolean("isOpen"),
    lastHeartbeatAt: t.expose("lastHeartbeatAt", { type: "DateTime", nullable: true }),
    lastWebActivityAt: t.expose("lastWebActivityAt", { type: "DateTime", nullable: true }),
  }),
});
