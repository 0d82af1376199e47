import { builder } from "../../../builder.ts";
import { permissionsOf } from "../roles.ts";

export const AuctionStaffStatus = builder.enumType("AuctionStaffStatus", { values: ["active", "blocked"] as const });

export const AuctionStaff = builder.prismaObject("AuctionStaff", {
  description: "A back-office staff member (the system's only accounts).",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    email: t.exposeString("email"),
    username: t.exposeString("username"),
    roles: t.exposeStringList("roles"),
    status: t.expose("status", { type: AuctionStaffStatus }),
    permissions: t.stringList({
      description: "What the roles allow, as permission names.",
      select: { roles: true },
      resolve: (s) => permissionsOf(s.roles),
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
  }),
});
