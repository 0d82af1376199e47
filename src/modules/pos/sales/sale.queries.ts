import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { notFound } from "../../../kernel/errors.ts";
import { can } from "../permissions.ts";
import { paged, pageArgs } from "../shared/paging.ts";
import { tenantIdOf, uuidOf } from "../shared/tenancy.ts";
import { timeRange, rangeArgs, type ListArgs } from "../shared/dates.ts";
import { PosSaleStatus } from "./enums.ts";
import { PosSale, PosSalePage } from "./sale.type.ts";

builder.queryFields((t) => ({
  posSales: t.field({
    description: "Sales of the tenant, newest first; filters by store, status, customer, cashier, period (from/to) and receipt number (search).",
    type: PosSalePage,
    authScopes: { role: can("sale:read") },
    args: {
      ...pageArgs(t),
      storeId: t.arg.id({ required: false }),
      status: t.arg({ type: PosSaleStatus, required: false }),
      customerId: t.arg.id({ required: false }),
      cashierId: t.arg.id({ required: false }),
      ...rangeArgs(t),
    },
    resolve: async (_root, rawArgs, ctx, info) => {
      const args = rawArgs as typeof rawArgs & ListArgs;
      const tenantId = tenantIdOf(ctx);
      const { page, limit, skip, take } = paged(args);
      const where = {
        tenantId,
        ...(args.storeId ? { storeId: uuidOf(String(args.storeId), "Store") } : {}),
        ...(args.status ? { status: args.status } : {}),
        ...(args.customerId ? { customerId: uuidOf(String(args.customerId), "Customer") } : {}),
        ...(args.cashierId ? { cashierId: uuidOf(String(args.cashierId), "Cashier") } : {}),
        ...(args.from || args.to ? { createdAt: timeRange(args.from, args.to) } : {}),
        ...(args.search ? { number: { contains: args.search, mode: "insensitive" as const } } : {}),
      };
      const query = queryFromInfo({ context: ctx, info, path: ["items"] });
      const [items, total] = await Promise.all([
        ctx.db.posSale.findMany({ ...query, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
        ctx.db.posSale.count({ where }),
      ]);
      return { items, total, page, limit };
    },
  }),
  posSale: t.prismaField({
    description: "One sale with its lines, payments, returns, store, cashier and customer.",
    type: PosSale,
    authScopes: { role: can("sale:read") },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const sale = await ctx.db.posSale.findFirst({ ...query, where: { id: uuidOf(String(id), "Sale"), tenantId: tenantIdOf(ctx) } });
      if (!sale) throw notFound("Sale");
      return sale;
    },
  }),
}));
