import type { Context } from "../../kernel/context.ts";
import type { RoleRef } from "../../kernel/auth/principal.ts";
import { unauthenticated } from "../../kernel/errors.ts";

/** Photo's two roles, as scope-auth references. Operators own everything; photographers work on assigned projects. */
export const OPERATOR = "photo:operator" satisfies RoleRef;
export const PHOTOGRAPHER = "photo:photographer" satisfies RoleRef;

/** The operator whose data the caller may touch (an operator itself, or a photographer's operator). */
export function operatorIdOf(ctx: Context): string {
  const p = ctx.principal;
  if (!p || p.system !== "photo" || !p.tenantId) throw unauthenticated();
  return p.tenantId;
}

export function photographerIdOf(ctx: Context): string {
  const p = ctx.principal;
  if (!p || p.system !== "photo" || p.role !== "photographer") throw unauthenticated();
  return p.id;
}
