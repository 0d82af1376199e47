import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { DomainError, notFound } from "../../../kernel/errors.ts";
import type { OffsetPage } from "../../../kernel/pagination.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { live, tenantIdOf, uuidOf } from "../shared/tenancy.ts";
import { lockCustomer } from "./customer-ledger.service.ts";
import { normalizeEmail, normalizePhone, rejectNulls, taken } from "./customer.validation.ts";

type Tx = Prisma.TransactionClient;
type PlannedQuery = { select?: object; include?: object };
export type CustomerFilter = {
  page?: number | null; limit?: number | null; search?: string | null; groupId?: string | null; hasDue?: boolean | null;
};
export type CustomerInput = {
  name?: string | null; email?: string | null; phone?: string | null; address?: string | null; groupId?: string | null;
  creditLimit?: number | null;
};

/** The caller's live customer with this id (another tenant's or a deleted one is the same 404). */
export async function findCustomer(ctx: Context, rawId: string, query: PlannedQuery = {}) {
  const id = uuidOf(rawId, "Customer");
  const customer = await ctx.db.posCustomer.findFirst({ ...query, where: live(tenantIdOf(ctx), { id }) });
  if (!customer) throw notFound("Customer");
  return customer;
}

/** Customers by name; search matches name, phone or e-mail; groupId and hasDue (balance > 0) narrow the list. */
export async function listCustomers(ctx: Context, filter: CustomerFilter, query: PlannedQuery): Promise<OffsetPage> {
  const tenantId = tenantIdOf(ctx);
  const { page, limit, skip, take } = paged(filter);
  const search = filter.search?.trim();
  const contains = search ? { contains: search, mode: "insensitive" as const } : undefined;
  const phoneSearch = search ? normalizePhone(search) : "";
  const where: Prisma.PosCustomerWhereInput = live(tenantId, {
    ...(filter.groupId ? { groupId: uuidOf(filter.groupId, "Customer group") } : {}),
    ...(filter.hasDue === true ? { balance: { gt: 0 } } : filter.hasDue === false ? { balance: { lte: 0 } } : {}),
    ...(contains ? {
      OR: [{ name: contains }, { email: contains }, { phone: contains },
        ...(phoneSearch && phoneSearch !== search ? [{ phone: { contains: phoneSearch } }] : [])],
    } : {}),
  });
  const [items, total] = await Promise.all([
    ctx.db.posCustomer.findMany({ ...query, where, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take }),
    ctx.db.posCustomer.count({ where }),
  ]);
  return { items, total, page, limit };
}

const blank = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === "" ? null : v.trim());

/**
 * E-mail and phone are unique among the tenant's live customers. Checked under a per-tenant advisory lock (taken by
 * every customer create/update), so two concurrent requests cannot both register the same phone.
 */
async function assertContactFree(tx: Tx, tenantId: string, contact: { email?: string | null; phone?: string | null }, exceptId?: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`pos-customer-contact:${tenantId}`}))`;
  for (const field of ["email", "phone"] as const) {
    const value = contact[field];
    if (!value) continue;
    const exists = await tx.posCustomer.findFirst({
      where: live(tenantId, { [field]: field === "email" ? { equals: value, mode: "insensitive" } : value, ...(exceptId ? { id: { not: exceptId } } : {}) }),
      select: { id: true },
    });
    if (exists) throw taken(`A customer with this ${field === "email" ? "e-mail" : "phone"} already exists`, field);
  }
}

/** A group id of a body must name one of the caller's groups (404 otherwise, like any other tenant's id). */
async function groupIdOf(tx: Tx, tenantId: string, raw: string | null | undefined): Promise<string | null | undefined> {
  if (raw === undefined) return undefined;
  if (raw === null || raw === "") return null;
  const id = uuidOf(raw, "Customer group");
  const found = await tx.posCustomerGroup.count({ where: { id, tenantId } });
  if (!found) throw notFound("Customer group");
  return id;
}

export async function createCustomer(ctx: Context, input: CustomerInput & { name: string }) {
  const tenantId = tenantIdOf(ctx);
  const email = blank(input.email) ? normalizeEmail(input.email!) : null;
  const phone = blank(input.phone) ? normalizePhone(input.phone!) : null;
  return ctx.db.$transaction(async (tx) => {
    const groupId = await groupIdOf(tx, tenantId, input.groupId);
    await assertContactFree(tx, tenantId, { email, phone });
    const customer = await tx.posCustomer.create({
      data: {
        tenantId, name: input.name.trim(), email, phone, address: blank(input.address) ?? null, groupId: groupId ?? null,
        creditLimit: input.creditLimit ?? 0,
      },
    });
    await audit(tx, ctx, { action: "customer.create", entityType: "customer", entityId: customer.id, after: customer });
    return customer;
  });
}

/** Only the given fields change; null clears e-mail, phone, address and group. Balance and points are not editable. */
export async function updateCustomer(ctx: Context, rawId: string, input: CustomerInput) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Customer");
  rejectNulls(input, ["name", "creditLimit"]);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.posCustomer.findFirst({ where: live(tenantId, { id }) });
    if (!before) throw notFound("Customer");
    const data: Prisma.PosCustomerUncheckedUpdateInput = {};
    if (input.name !== undefined && input.name !== null) data.name = input.name.trim();
    if (input.email !== undefined) data.email = blank(input.email) ? normalizeEmail(input.email!) : null;
    if (input.phone !== undefined) data.phone = blank(input.phone) ? normalizePhone(input.phone!) : null;
    if (input.address !== undefined) data.address = blank(input.address);
    if (input.creditLimit !== undefined && input.creditLimit !== null) data.creditLimit = input.creditLimit;
    const groupId = await groupIdOf(tx, tenantId, input.groupId);
    if (groupId !== undefined) data.groupId = groupId;
    const changedEmail = data.email && data.email !== before.email ? (data.email as string) : null;
    const changedPhone = data.phone && data.phone !== before.phone ? (data.phone as string) : null;
    if (changedEmail || changedPhone) await assertContactFree(tx, tenantId, { email: changedEmail, phone: changedPhone }, id);
    const after = await tx.posCustomer.update({ where: { id }, data });
    await audit(tx, ctx, { action: "customer.update", entityType: "customer", entityId: id, before, after });
    return after;
  });
}

/**
 * Soft delete. Refused (422) while the customer owes or is owed money (balance ≠ 0): collect the due or settle it
 * first. The row is locked, so a concurrent credit sale cannot slip in between the check and the delete.
 */
export async function deleteCustomer(ctx: Context, rawId: string) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Customer");
  return ctx.db.$transaction(async (tx) => {
    const locked = await lockCustomer(tx, tenantId, id);
    if (!locked) throw notFound("Customer");
    if (locked.balance !== 0) {
      throw new DomainError("UNPROCESSABLE", "The customer has an outstanding balance: settle it before deleting the customer", {
        code: "CUSTOMER_HAS_BALANCE", balance: locked.balance / 100,
      });
    }
    const before = await tx.posCustomer.findUniqueOrThrow({ where: { id } });
    const after = await tx.posCustomer.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(tx, ctx, { action: "customer.delete", entityType: "customer", entityId: id, before, after });
    return after;
  });
}
