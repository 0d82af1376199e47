import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";

type TenantRef = { id: string; name: string };
const PosPlatformTenantRef = builder.objectRef<TenantRef>("PosPlatformTenantRef").implement({
  description: "The tenant an account belongs to.",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name") }),
});

/** Any pos account as the platform sees it (cross-tenant, deleted ones included where asked). */
export const PosPlatformUser = builder.prismaObject("PosUser", {
  variant: "PosPlatformUser",
  description: "A pos account seen by the platform: any tenant, deleted ones included.",
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    name: t.exposeString("name"),
    phone: t.exposeString("phone", { nullable: true }),
    role: t.exposeString("role", { description: "SUPER_ADMIN, ADMIN, MANAGER or CASHIER." }),
    tenantId: t.exposeString("tenantId", { nullable: true, description: "null for SUPER_ADMIN accounts." }),
    tenant: t.field({
      type: PosPlatformTenantRef,
      nullable: true,
      select: { tenant: { select: { id: true, name: true } } },
      resolve: (u) => u.tenant,
    }),
    storeId: t.exposeString("storeId", { nullable: true }),
    isActive: t.exposeBoolean("isActive"),
    deletedAt: t.expose("deletedAt", { type: "DateTime", nullable: true }),
    lastLoginAt: t.expose("lastLoginAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const PosPlatformUserPage = offsetPageType("PosPlatformUserPage", PosPlatformUser, "A page of accounts and how many match.");

type Deleted = { id: string; email: string; role: string; tenantId: string | null };
export const PosHardDeletedUser = builder.objectRef<Deleted>("PosHardDeletedUser").implement({
  description: "An account that was permanently deleted (its last state is kept in the audit log).",
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    role: t.exposeString("role"),
    tenantId: t.exposeString("tenantId", { nullable: true }),
    deleted: t.boolean({ resolve: () => true }),
  }),
});

export type BulkResult = { userId: string; ok: boolean; error?: string | null; code?: string | null };
const PosBulkUserResult = builder.objectRef<BulkResult>("PosBulkUserResult").implement({
  description: "What happened to one account of a bulk action.",
  fields: (t) => ({
    userId: t.exposeID("userId"),
    ok: t.exposeBoolean("ok"),
    code: t.exposeString("code", { nullable: true, description: "Why it was refused: NOT_FOUND, SELF, LAST_SUPER_ADMIN, ALREADY_DELETED, NOT_DELETED, ALREADY_ACTIVE, ALREADY_INACTIVE, USER_DELETED." }),
    error: t.exposeString("error", { nullable: true }),
  }),
});

export type BulkReport = { action: string; processed: number; succeeded: number; failed: number; results: BulkResult[] };
export const PosBulkUserReport = builder.objectRef<BulkReport>("PosBulkUserReport").implement({
  description: "A bulk action's per-account report: each account is changed (and audited) in its own transaction.",
  fields: (t) => ({
    action: t.exposeString("action"),
    processed: t.exposeInt("processed", { description: "Distinct accounts looked at." }),
    succeeded: t.exposeInt("succeeded"),
    failed: t.exposeInt("failed"),
    results: t.field({ type: [PosBulkUserResult], resolve: (r) => r.results }),
  }),
});

type Count = { total: number; active: number };
const PosPlatformCount = builder.objectRef<Count>("PosPlatformCount").implement({
  fields: (t) => ({ total: t.exposeInt("total"), active: t.exposeInt("active") }),
});
type ByRole = { superAdmin: number; admin: number; manager: number; cashier: number };
const PosPlatformUsersByRole = builder.objectRef<ByRole>("PosPlatformUsersByRole").implement({
  fields: (t) => ({
    superAdmin: t.exposeInt("superAdmin"), admin: t.exposeInt("admin"), manager: t.exposeInt("manager"), cashier: t.exposeInt("cashier"),
  }),
});
type UserStats = Count & { deleted: number; byRole: ByRole };
const PosPlatformUserStats = builder.objectRef<UserStats>("PosPlatformUserStats").implement({
  description: "Accounts not deleted (total, active, by role) and soft-deleted ones.",
  fields: (t) => ({
    total: t.exposeInt("total"), active: t.exposeInt("active"), deleted: t.exposeInt("deleted"),
    byRole: t.field({ type: PosPlatformUsersByRole, resolve: (u) => u.byRole }),
  }),
});
type SalesFigures = { count: number; revenue: number };
const PosPlatformSalesFigures = builder.objectRef<SalesFigures>("PosPlatformSalesFigures").implement({
  fields: (t) => ({ count: t.exposeInt("count"), revenue: t.expose("revenue", { type: "Amount" }) }),
});
type SalesStats = SalesFigures & { last30Days: SalesFigures };
const PosPlatformSalesStats = builder.objectRef<SalesStats>("PosPlatformSalesStats").implement({
  description: "Sales not voided and the sum of their totals, all time and over the rolling last 30 days.",
  fields: (t) => ({
    count: t.exposeInt("count"), revenue: t.expose("revenue", { type: "Amount" }),
    last30Days: t.field({ type: PosPlatformSalesFigures, resolve: (s) => s.last30Days }),
  }),
});

export type PlatformStats = {
  generatedAt: Date; tenants: Count; stores: Count; users: UserStats; sales: SalesStats; products: number; customers: number;
};
export const PosPlatformStats = builder.objectRef<PlatformStats>("PosPlatformStats").implement({
  description: "Platform-wide figures, computed in the database (deleted stores, products and customers not counted).",
  fields: (t) => ({
    generatedAt: t.expose("generatedAt", { type: "DateTime" }),
    tenants: t.field({ type: PosPlatformCount, resolve: (s) => s.tenants }),
    stores: t.field({ type: PosPlatformCount, resolve: (s) => s.stores }),
    users: t.field({ type: PosPlatformUserStats, resolve: (s) => s.users }),
    sales: t.field({ type: PosPlatformSalesStats, resolve: (s) => s.sales }),
    products: t.exposeInt("products"),
    customers: t.exposeInt("customers"),
  }),
});
