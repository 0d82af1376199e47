import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { PosCustomer, PosCustomerGroup, PosCustomerLoyalty, PosCustomerPage, PosLedgerPage, PosLoyaltyProgram } from "./customer.type.ts";
import { findCustomer, listCustomers, type CustomerFilter } from "./customer.service.ts";
import { listGroups } from "./customer-group.service.ts";
import { customerLedger, customerLoyalty, loyaltyProgram } from "./customer-ledger.service.ts";

type PageOnly = { page?: number | null; limit?: number | null };
const pageOnly = (t: any) => {
  const { page, limit } = pageArgs(t);
  return { page, limit };
};

builder.queryFields((t) => ({
  posCustomerGroups: t.prismaField({
    description: "The tenant's customer groups by name, each with its discount and live customer count.",
    type: [PosCustomerGroup],
    authScopes: { role: can("customer:read") },
    resolve: (query, _root, _args, ctx) => listGroups(ctx, query),
  }),
  posLoyaltyProgram: t.field({
    description: "The tenant's loyalty program: earning and redeeming rules (tenant settings).",
    type: PosLoyaltyProgram,
    authScopes: { role: can("customer:read") },
    resolve: (_root, _args, ctx) => loyaltyProgram(ctx),
  }),
  posCustomers: t.field({
    description: "Live customers by name, one page at a time; search matches name, phone or e-mail (case-insensitive).",
    type: PosCustomerPage,
    authScopes: { role: can("customer:read") },
    args: {
      ...pageArgs(t),
      groupId: t.arg.id({ required: false, description: "Only customers of this group." }),
      hasDue: t.arg.boolean({ required: false, description: "true: only customers who owe money (balance > 0); false: only those who do not." }),
    },
    resolve: (_root, args, ctx, info) => listCustomers(ctx, args as CustomerFilter,
      queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posCustomer: t.prismaField({
    description: "One customer with group, balance, credit, loyalty points and sales totals.",
    type: PosCustomer,
    authScopes: { role: can("customer:read") },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findCustomer(ctx, String(id), query),
  }),
  posCustomerLedger: t.field({
    description: "A customer's financial ledger (sales on credit, payments, due collections, returns, voids, adjustments), newest first, each entry with the balance right after it.",
    type: PosLedgerPage,
    authScopes: { role: can("customer:read") },
    args: { id: t.arg.id({ required: true }), ...pageOnly(t) },
    resolve: (_root, args, ctx, info) => customerLedger(ctx, String(args.id), args as PageOnly, queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posCustomerLoyalty: t.field({
    description: "A customer's current loyalty points and their history, newest first.",
    type: PosCustomerLoyalty,
    authScopes: { role: can("customer:read") },
    args: { id: t.arg.id({ required: true }), ...pageOnly(t) },
    resolve: (_root, args, ctx) => customerLoyalty(ctx, String(args.id), args as PageOnly),
  }),
}));

