import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { ADMIN } from "../roles.ts";
import { PrintPayoutStatus } from "../enums.ts";
import { assertAdminAccess } from "./admin-access.ts";
import { PrintAdminPayoutExport, PrintAdminPayoutPage } from "./payout.type.ts";
import { DateBoundModel, DEFAULT_LIMIT, LimitModel, PageModel } from "./admin.validation.ts";
import { listPayouts } from "./payout.service.ts";
import { exportPayouts } from "./payout-export.service.ts";

builder.queryFields((t) => ({
  printAdminPayouts: t.field({
    description: "All shop payouts, newest first, with the shop's name.",
    type: PrintAdminPayoutPage,
    authScopes: { role: ADMIN },
    args: {
      status: t.arg({ type: PrintPayoutStatus }),
      page: t.arg.int({ defaultValue: 1, description: "1-indexed.", validate: PageModel.nullish() }),
      limit: t.arg.int({ defaultValue: DEFAULT_LIMIT, description: "Items per page, at most 100.", validate: LimitModel.nullish() }),
    },
    resolve: (_root, args, ctx, info) => {
      assertAdminAccess(ctx);
      return listPayouts(ctx, args, queryFromInfo({ context: ctx, info, path: ["items"] }));
    },
  }),
  printAdminPayoutExport: t.field({
    description: "Payouts as CSV (GET /admin/payouts/export downloads it): optionally one status and a created-at range.",
    type: PrintAdminPayoutExport,
    authScopes: { role: ADMIN },
    args: {
      status: t.arg({ type: PrintPayoutStatus }),
      from: t.arg.string({ description: "Created on or after: YYYY-MM-DD (UTC day) or an ISO 8601 date-time.", validate: DateBoundModel.nullish() }),
      to: t.arg.string({ description: "Created on or before: YYYY-MM-DD (the whole UTC day) or an ISO 8601 date-time.", validate: DateBoundModel.nullish() }),
    },
    resolve: (_root, args, ctx) => { assertAdminAccess(ctx); return exportPayouts(ctx, args); },
  }),
}));
