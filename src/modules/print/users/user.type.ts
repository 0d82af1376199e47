import { builder } from "../../../builder.ts";
import { PrintRole } from "../enums.ts";

/** A print account: customer, shopkeeper (a shop) or admin. */
export const PrintUser = builder.prismaObject("PrintUser", {
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    username: t.exposeString("username"),
    fullName: t.exposeString("fullName"),
    email: t.exposeString("email"),
    phone: t.exposeString("phone", { nullable: true }),
    role: t.expose("role", { type: PrintRole }),
    shopName: t.exposeString("shopName", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    lat: t.exposeFloat("lat", { nullable: true }),
    long: t.exposeFloat("long", { nullable: true }),
    isOpen: t.exposeBoolean("isOpen"),
    referralCode: t.exposeString("referralCode", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});
