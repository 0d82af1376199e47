import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { PosSupplier, PosSupplierPage } from "./supplier.type.ts";
import { findSupplier, listSuppliers, type SupplierFilter } from "./supplier.service.ts";

builder.queryFields((t) => ({
  posSuppliers: t.field({
    description: "Live suppliers by name, one page at a time; search matches name, contact name, e-mail or phone.",
    type: PosSupplierPage,
    authScopes: { role: can("supplier:read") },
    args: pageArgs(t),
    resolve: (_root, args, ctx, info) => listSuppliers(ctx, args as SupplierFilter, queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posSupplier: t.prismaField({
    description: "One supplier with its purchase totals (orders, ordered, received, paid) and balance.",
    type: PosSupplier,
    authScopes: { role: can("supplier:read") },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findSupplier(ctx, String(id), query),
  }),
}));
