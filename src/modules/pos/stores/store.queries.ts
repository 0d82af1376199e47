import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { PosStore, PosStorePage, PosStoreStats } from "./store.type.ts";
import { findStore, listStores, type StoreFilter } from "./store.service.ts";
import { storeStats } from "./store-stats.service.ts";

builder.queryFields((t) => ({
  posStores: t.field({
    description: "The tenant's stores (deleted ones never), by name; search over name, code, address and phone.",
    type: PosStorePage,
    authScopes: { role: can("store:manage") },
    args: { ...pageArgs(t), isActive: t.arg.boolean({ required: false, description: "Only active (true) or inactive (false) stores." }) },
    resolve: (_root, args, ctx, info) => listStores(ctx, args as StoreFilter, queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posStore: t.prismaField({
    description: "One of the tenant's stores (404 for another tenant's or a deleted one).",
    type: PosStore,
    authScopes: { role: can("store:manage") },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findStore(ctx, String(id), query),
  }),
  posStoreStats: t.field({
    description: "A store's dashboard: sales today and over the last 30 days, stock units and value, low stock, open transfers.",
    type: PosStoreStats,
    authScopes: { role: can("store:manage") },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => storeStats(ctx, String(id)),
  }),
}));
