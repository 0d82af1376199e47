import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { notFound } from "../../../kernel/errors.ts";
import { rejectNulls, taken } from "./customer.validation.ts";
import { audit } from "../shared/audit.ts";
import { tenantIdOf, uuidOf } from "../shared/tenancy.ts";

type Tx = Prisma.TransactionClient;
type PlannedQuery = { select?: object; include?: object };
export type GroupInput = { name?: string | null; discountPercent?: number | null };

const basisPoints = (percent: number) => Math.round(percent * 100);

/** The caller's group with this id (another tenant's is the same 404). */
export async function findGroup(ctx: Context, rawId: string, query: PlannedQuery = {}) {
  const id = uuidOf(rawId, "Customer group");
  const group = await ctx.db.posCustomerGroup.findFirst({ ...query, where: { id, tenantId: tenantIdOf(ctx) } });
  if (!group) throw notFound("Customer group");
  return group;
}

export function listGroups(ctx: Context, query: PlannedQuery) {
  return ctx.db.posCustomerGroup.findMany({ ...query, where: { tenantId: tenantIdOf(ctx) }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/** Group names are unique per tenant, case-insensitively (the unique index backs the exact spelling under races). */
async function assertNameFree(tx: Tx, tenantId: string, name: string, exceptId?: string) {
  const exists = await tx.posCustomerGroup.findFirst({
    where: { tenantId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (exists) throw taken(`A customer group named "${name}" already exists`, "name");
}

export async function createGroup(ctx: Context, input: GroupInput & { name: string }) {
  const tenantId = tenantIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await assertNameFree(tx, tenantId, input.name);
    const group = await tx.posCustomerGroup.create({
      data: { tenantId, name: input.name, discountPercent: basisPoints(input.discountPercent ?? 0) },
    });
    await audit(tx, ctx, { action: "customer-group.create", entityType: "customer-group", entityId: group.id, after: group });
    return group;
  });
}

export async function updateGroup(ctx: Context, rawId: string, input: GroupInput) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Customer group");
  rejectNulls(input, ["name", "discountPercent"]);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.posCustomerGroup.findFirst({ where: { id, tenantId } });
    if (!before) throw notFound("Customer group");
    const data: Prisma.PosCustomerGroupUpdateInput = {};
    if (input.name !== undefined && input.name !== null && input.name !== before.name) {
      await assertNameFree(tx, tenantId, input.name, id);
      data.name = input.name;
    }
    if (input.discountPercent !== undefined && input.discountPercent !== null) data.discountPercent = basisPoints(input.discountPercent);
    const after = await tx.posCustomerGroup.update({ where: { id }, data });
    await audit(tx, ctx, { action: "customer-group.update", entityType: "customer-group", entityId: id, before, after });
    return after;
  });
}

/** Deletes a group; its customers (live and deleted) leave it (groupId null). Returns the deleted group. */
export async function deleteGroup(ctx: Context, rawId: string) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Customer group");
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.posCustomerGroup.findFirst({ where: { id, tenantId } });
    if (!before) throw notFound("Customer group");
    const released = await tx.posCustomer.updateMany({ where: { tenantId, groupId: id }, data: { groupId: null } });
    await tx.posCustomerGroup.delete({ where: { id } });
    await audit(tx, ctx, {
      action: "customer-group.delete", entityType: "customer-group", entityId: id, before,
      after: { deleted: true, customersReleased: released.count },
    });
    return before;
  });
}
