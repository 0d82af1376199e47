import { z } from "zod";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { can, SUPER_ADMIN } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { tenantIdOf } from "../shared/tenancy.ts";
import { PosAuditLogPage } from "./audit.type.ts";
import { IsoDate, listAudit, type AuditFilter } from "./audit.service.ts";

const Uuid = z.string().trim().uuid("must be a UUID");
const filterArgs = (t: any) => ({
  ...pageArgs(t),
  action: t.arg.string({ required: false, description: "Exact action, e.g. store.create.", validate: z.string().trim().max(100).nullish() }),
  entityType: t.arg.string({ required: false, description: "Exact entity type, e.g. store, user, product.", validate: z.string().trim().max(100).nullish() }),
  entityId: t.arg.string({ required: false, validate: z.string().trim().max(100).nullish() }),
  userId: t.arg.string({ required: false, description: "The acting account.", validate: Uuid.nullish() }),
  from: t.arg.string({ required: false, description: "From this date (YYYY-MM-DD, 00:00 UTC) or date-time, inclusive.", validate: IsoDate.nullish() }),
  to: t.arg.string({ required: false, description: "Until this date (the whole day, UTC) or date-time, inclusive.", validate: IsoDate.nullish() }),
});

builder.queryFields((t) => ({
  posAuditLogs: t.field({
    description: "The caller's tenant's audit log, newest first (SUPER_ADMIN accounts have no tenant: use posAllAuditLogs).",
    type: PosAuditLogPage,
    authScopes: { role: can("report:read") },
    args: filterArgs(t),
    resolve: (_root, args, ctx, info) =>
      listAudit(ctx, { tenantId: tenantIdOf(ctx) }, args as AuditFilter, queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posAllAuditLogs: t.field({
    description: "The platform-wide audit log (every tenant and platform actions), newest first.",
    type: PosAuditLogPage,
    authScopes: { role: SUPER_ADMIN },
    args: { ...filterArgs(t), tenantId: t.arg.string({ required: false, description: "Only this tenant's rows.", validate: Uuid.nullish() }) },
    resolve: (_root, args, ctx, info) => {
      const tenantId = (args as AuditFilter).tenantId;
      return listAudit(ctx, tenantId ? { tenantId: tenantId.toLowerCase() } : {}, args as AuditFilter, queryFromInfo({ context: ctx, info, path: ["items"] }));
    },
  }),
}));
