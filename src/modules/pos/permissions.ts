import type { RoleRef } from "../../kernel/auth/principal.ts";

/**
 * The role → permission table (spec permission strings). SUPER_ADMIN runs the platform (tenants' data only through
 * the super-admin routes); ADMIN runs a tenant; MANAGER runs stores (no tenant settings, no store management);
 * CASHIER sells, takes payments and looks things up.
 */
export const ROLE_PERMISSIONS = {
  SUPER_ADMIN: ["report:read"],
  ADMIN: [
    "product:read", "product:write", "category:read", "category:write", "inventory:read", "inventory:write",
    "sale:create", "sale:read", "sale:void", "sale:return", "customer:read", "customer:write",
    "supplier:read", "supplier:write", "purchase:read", "purchase:write", "purchase:receive",
    "expense:read", "expense:write", "report:read", "receipt:read", "receipt:write", "receipt:generate",
    "store:manage", "tenant:manage",
  ],
  MANAGER: [
    "product:read", "product:write", "category:read", "category:write", "inventory:read", "inventory:write",
    "sale:create", "sale:read", "sale:void", "sale:return", "customer:read", "customer:write",
    "supplier:read", "supplier:write", "purchase:read", "purchase:write", "purchase:receive",
    "expense:read", "expense:write", "report:read", "receipt:read", "receipt:write", "receipt:generate",
  ],
  CASHIER: [
    "product:read", "category:read", "inventory:read", "sale:create", "sale:read", "customer:read", "customer:write",
    "receipt:read", "receipt:generate",
  ],
} as const satisfies Record<string, readonly string[]>;

export type PosRoleName = keyof typeof ROLE_PERMISSIONS;
export type Permission = (typeof ROLE_PERMISSIONS)["ADMIN"][number] | "report:read";

/** The roles granted a permission, as scope-auth references: `authScopes: { role: can("product:read") }`. */
export function can(permission: Permission): RoleRef[] {
  return (Object.keys(ROLE_PERMISSIONS) as PosRoleName[])
    .filter((r) => (ROLE_PERMISSIONS[r] as readonly string[]).includes(permission))
    .map((r) => `pos:${r}` as RoleRef);
}

export const permissionsOf = (role: string): string[] => [...((ROLE_PERMISSIONS as Record<string, readonly string[]>)[role] ?? [])];

/** Roles by name for routes documented with roles instead of permissions. */
export const ROLES = (...roles: PosRoleName[]) => roles.map((r) => `pos:${r}` as RoleRef);
export const SUPER_ADMIN = ROLES("SUPER_ADMIN");
/** any signed-in pos account */
export const ANY_POS = ROLES("SUPER_ADMIN", "ADMIN", "MANAGER", "CASHIER");
