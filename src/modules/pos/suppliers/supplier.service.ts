import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { DomainError, notFound } from "../../../kernel/errors.ts";
import { rejectNulls, taken } from "../customers/customer.validation.ts";
import type { OffsetPage } from "../../../kernel/pagination.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { live, tenantIdOf, uuidOf } from "../shared/tenancy.ts";

type Tx = Prisma.TransactionClient;
type PlannedQuery = { select?: object; include?: object };
export type SupplierFilter = { page?: number | null; limit?: number | null; search?: string | null };
export type SupplierInput = {
  name?: string | null; contactName?: string | null; email?: string | null; phone?: string | null; address?: string | null;
};

/** The caller's live supplier with this id (another tenant's or a deleted one is the same 404). */
export async function findSupplier(ctx: Context, rawId: string, query: PlannedQuery = {}) {
  const id = uuidOf(rawId, "Supplier");
  const supplier = await ctx.db.posSupplier.findFirst({ ...query, where: live(tenantIdOf(ctx), { id }) });
  if (!supplier) throw notFound("Supplier");
  return supplier;
}

/** Live suppliers by name; search matches name, contact name, e-mail or phone. */
export async function listSuppliers(ctx: Context, filter: SupplierFilter, query: PlannedQuery): Promise<OffsetPage> {
  const tenantId = tenantIdOf(ctx);
  const { page, limit, skip, take } = paged(filter);
  const search = filter.search?.trim();
  const contains = search ? { contains: search, mode: "insensitive" as const } : undefined;
  const where: Prisma.PosSupplierWhereInput = live(tenantId, {
    ...(contains ? { OR: [{ name: contains }, { contactName: contains }, { email: contains }, { phone: contains }] } : {}),
  });
  const [items, total] = await Promise.all([
    ctx.db.posSupplier.findMany({ ...query, where, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take }),
    ctx.db.posSupplier.count({ where }),
  ]);
  return { items, total, page, limit };
}

const blank = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === "" ? null : v.trim());

/** Names are unique among live suppliers, case-insensitively; checked under a per-tenant advisory lock (no index can say it). */
async function assertNameFree(tx: Tx, tenantId: string, name: string, exceptId?: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`pos-supplier-name:${tenantId}`}))`;
  const exists = await tx.posSupplier.findFirst({
    where: live(tenantId, { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }),
    select: { id: true },
  });
  if (exists) throw taken(`A supplier named "${name}" already exists`, "name");
}

export async function createSupplier(ctx: Context, input: SupplierInput & { name: string }) {
  const tenantId = tenantIdOf(ctx);
  const name = input.name.trim();
  return ctx.db.$transaction(async (tx) => {
    await assertNameFree(tx, tenantId, name);
    const supplier = await tx.posSupplier.create({
      data: {
        tenantId, name, contactName: blank(input.contactName) ?? null, email: blank(input.email)?.toLowerCase() ?? null,
        phone: blank(input.phone) ?? null, address: blank(input.address) ?? null,
      },
    });
    await audit(tx, ctx, { action: "supplier.create", entityType: "supplier", entityId: supplier.id, after: supplier });
    return supplier;
  });
}

/** Only the given fields change; null clears the optional ones. The balance changes through purchases only. */
export async function updateSupplier(ctx: Context, rawId: string, input: SupplierInput) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Supplier");
  rejectNulls(input, ["name"]);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.posSupplier.findFirst({ where: live(tenantId, { id }) });
    if (!before) throw notFound("Supplier");
    const data: Prisma.PosSupplierUpdateInput = {};
    if (input.name !== undefined && input.name !== null && input.name.trim() !== before.name) {
      await assertNameFree(tx, tenantId, input.name.trim(), id);
      data.name = input.name.trim();
    }
    if (input.contactName !== undefined) data.contactName = blank(input.contactName);
    if (input.email !== undefined) data.email = blank(input.email)?.toLowerCase() ?? null;
    if (input.phone !== undefined) data.phone = blank(input.phone);
    if (input.address !== undefined) data.address = blank(input.address);
    const after = await tx.posSupplier.update({ where: { id }, data });
    await audit(tx, ctx, { action: "supplier.update", entityType: "supplier", entityId: id, before, after });
    return after;
  });
}

const refuse = (message: string, reason: string, extra: Record<string, unknown> = {}) =>
  new DomainError("UNPROCESSABLE", message, { code: reason, ...extra });

/**
 * Soft delete, refused (422) while the supplier has open purchase orders (ORDERED or PARTIALLY_RECEIVED: receive or
 * cancel them first) or a balance ≠ 0 (pay it first). The supplier row is locked against concurrent purchases.
 */
export async function deleteSupplier(ctx: Context, rawId: string) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Supplier");
  return ctx.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ balance: number }[]>`
      SELECT balance FROM pos_suppliers WHERE id = ${id}::uuid AND "tenantId" = ${tenantId}::uuid AND "deletedAt" IS NULL FOR UPDATE`;
    if (!locked.length) throw notFound("Supplier");
    const open = await tx.posPurchaseOrder.count({ where: { tenantId, supplierId: id, status: { in: ["ORDERED", "PARTIALLY_RECEIVED"] } } });
    if (open > 0) throw refuse("The supplier has open purchase orders: receive or cancel them first", "SUPPLIER_HAS_OPEN_ORDERS", { orders: open });
    const balance = locked[0]!.balance;
    if (balance !== 0) throw refuse("The supplier has an outstanding balance: settle it first", "SUPPLIER_HAS_BALANCE", { balance: balance / 100 });
    const before = await tx.posSupplier.findUniqueOrThrow({ where: { id } });
    const after = await tx.posSupplier.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(tx, ctx, { action: "supplier.delete", entityType: "supplier", entityId: id, before, after });
    return after;
  });
}
