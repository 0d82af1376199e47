import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { notFound } from "../../../kernel/errors.ts";
import { can } from "../permissions.ts";
import { paged, pageArgs } from "../shared/paging.ts";
import { live, tenantIdOf, uuidOf } from "../shared/tenancy.ts";
import { timeRange, rangeArgs, type ListArgs } from "../shared/dates.ts";
import { PosPaymentKind, PosPaymentMethod } from "../sales/enums.ts";
import { PosPayment, PosPaymentPage } from "./payment.type.ts";

const ORDER = [{ createdAt: "desc" as const }, { id: "desc" as const }];

builder.queryFields((t) => ({
  posPayments: t.field({
    description: "Payments of the tenant (sale tenders, due collections, refunds, void reversals), newest first; search matches the reference.",
    type: PosPaymentPage,
    authScopes: { role: can("sale:read") },
    args: {
      ...pageArgs(t),
      method: t.arg({ type: PosPaymentMethod, required: false }),
      kind: t.arg({ type: PosPaymentKind, required: false }),
      storeId: t.arg.id({ required: false }),
      ...rangeArgs(t),
    },
    resolve: async (_root, rawArgs, ctx, info) => {
      const args = rawArgs as typeof rawArgs & ListArgs;
      const { page, limit, skip, take } = paged(args);
      const where = {
        tenantId: tenantIdOf(ctx),
        ...(args.method ? { method: args.method } : {}),
        ...(args.kind ? { kind: args.kind } : {}),
        ...(args.storeId ? { storeId: uuidOf(String(args.storeId), "Store") } : {}),
        ...(args.from || args.to ? { createdAt: timeRange(args.from, args.to) } : {}),
        ...(args.search ? { reference: { contains: args.search, mode: "insensitive" as const } } : {}),
      };
      const query = queryFromInfo({ context: ctx, info, path: ["items"] });
      const [items, total] = await Promise.all([
        ctx.db.posPayment.findMany({ ...query, where, orderBy: ORDER, skip, take }),
        ctx.db.posPayment.count({ where }),
      ]);
      return { items, total, page, limit };
    },
  }),
  posPayment: t.prismaField({
    description: "One payment.",
    type: PosPayment,
    authScopes: { role: can("sale:read") },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const payment = await ctx.db.posPayment.findFirst({ ...query, where: { id: uuidOf(String(id), "Payment"), tenantId: tenantIdOf(ctx) } });
      if (!payment) throw notFound("Payment");
      return payment;
    },
  }),
  posCustomerPayments: t.field({
    description: "A customer's payments (tenders of its sales, due collections, refunds, reversals), newest first. Unknown or another tenant's customer: 404.",
    type: PosPaymentPage,
    authScopes: { role: can("customer:read") },
    args: { customerId: t.arg.id({ required: true }), page: pageArgs(t).page, limit: pageArgs(t).limit },
    resolve: async (_root, rawArgs, ctx, info) => {
      const args = rawArgs as typeof rawArgs & ListArgs;
      const tenantId = tenantIdOf(ctx);
      const customerId = uuidOf(String(args.customerId), "Customer");
      const customer = await ctx.db.posCustomer.findFirst({ where: live(tenantId, { id: customerId }), select: { id: true } });
      if (!customer) throw notFound("Customer");
      const { page, limit, skip, take } = paged(args);
      const where = { tenantId, customerId };
      const query = queryFromInfo({ context: ctx, info, path: ["items"] });
      const [items, total] = await Promise.all([
        ctx.db.posPayment.findMany({ ...query, where, orderBy: ORDER, skip, take }),
        ctx.db.posPayment.count({ where }),
      ]);
      return { items, total, page, limit };
    },
  }),
}));
