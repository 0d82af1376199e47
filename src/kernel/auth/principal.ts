/** Who is calling: always one system's account, so a token of one system never opens another. */
export type SystemId = "photo" | "print" | "erp" | "auction" | "pos";

export type Principal = {
  system: SystemId;
  id: string;
  role: string;
  /** owner/tenant the principal acts for (photo: the operator id; for an operator that is its own id) */
  tenantId?: string;
  /** the account's token version when the token was issued (systems that can revoke tokens check it) */
  version?: number;
};

/** `photo:operator` style references used by scope-auth and the permission tables. */
export type RoleRef = `${SystemId}:${string}`;

export function hasRole(principal: Principal | null, ref: RoleRef): boolean {
  if (!principal) return false;
  const [system, role] = ref.split(":");
  // a principal may hold several roles (auction staff), listed comma-separated
  return principal.system === system && (principal.role === role || principal.role.split(",").includes(role!));
}
