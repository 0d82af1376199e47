import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { permissionsOf } from "../permissions.ts";

type TenantBrief = { id: string; name: string };
/** The tenant an account belongs to, as its profile shows it (null for platform accounts). */
const PosUserTenant = builder.objectRef<TenantBrief>("PosUserTenant").implement({
  description: "The tenant (business) an account belongs to.",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name") }),
});

/**
 * A pos account (staff of a tenant, or a platform SUPER_ADMIN). Never exposes the password hash or token version.
 * `role` is one of SUPER_ADMIN, ADMIN, MANAGER, CASHIER; `permissions` are the role's permission strings.
 */
export const PosUser = builder.prismaObject("PosUser", {
  select: { id: true },
  description: "A pos account: ADMIN, MANAGER or CASHIER of a tenant (SUPER_ADMIN: a platform account without tenant).",
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    name: t.exposeString("name"),
    phone: t.exposeString("phone", { nullable: true }),
    role: t.exposeString("role", { description: "SUPER_ADMIN, ADMIN, MANAGER or CASHIER." }),
    tenantId: t.exposeID("tenantId", { nullable: true }),
    storeId: t.exposeID("storeId", { nullable: true, description: "The store the account works in (null: every store of the tenant)." }),
    isActive: t.exposeBoolean("isActive", { description: "Deactivated accounts cannot log in; their sessions were revoked." }),
    lastLoginAt: t.expose("lastLoginAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    permissions: t.field({
      type: ["String"],
      description: "The permission strings the role grants (product:read, sale:create, ...).",
      select: { role: true },
      resolve: (u) => permissionsOf(u.role),
    }),
    tenant: t.field({
      type: PosUserTenant,
      nullable: true,
      select: { tenant: { select: { id: true, name: true } } },
      resolve: (u) => u.tenant,
    }),
  }),
});

export const PosUserPage = offsetPageType("PosUserPage", PosUser, "One page of a tenant's accounts, newest first.");
