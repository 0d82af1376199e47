import type { SystemModule } from "../../kernel/system.ts";
import { posRest } from "./rest.ts";
import { posConfig } from "./config.ts";
import { seedPosDemo } from "./seed.ts";

export const posModule: SystemModule = {
  id: "pos",
  audience: "pos",
  rest: posRest,
  // one indexed lookup per call: deactivated, deleted or re-roled users and changed passwords revoke older tokens
  validatePrincipal: async (p, { db }) => {
    const user = await db.posUser.findUnique({ where: { id: p.id }, select: { isActive: true, deletedAt: true, tokenVersion: true, role: true, tenantId: true } });
    return !!user && user.isActive && !user.deletedAt && user.tokenVersion === (p.version ?? 0) && user.role === p.role && (user.tenantId ?? undefined) === p.tenantId;
  },
  seedDemo: seedPosDemo,
  isFresh: async ({ db }) => (await db.posUser.count()) === 0,
  checkConfig: (c) => { posConfig(c); },
};
