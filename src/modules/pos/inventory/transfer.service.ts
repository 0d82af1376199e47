import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { DomainError, forbidden, invalid, notFound } from "../../../kernel/errors.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { nextNumber } from "../shared/sequence.ts";
import { moveStock } from "../shared/stock.ts";
import { live, tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import { assertStoreAccess, cashierStoreOf, requireStore, storeFilterOf } from "./inventory.access.ts";
import type { TRANSFER_STATUSES, TransferRow } from "./inventory.type.ts";
import { publishStockChanges, type StockChangedEvent } from "./stock-events.ts";

type Tx = Prisma.TransactionClient;
type Status = (typeof TRANSFER_STATUSES)[number];
const TRANSFER_SELECT = {
  id: true, number: true, fromStoreId: true, toStoreId: true, status: true, notes: true, createdById: true,
  shippedAt: true, receivedAt: true, cancelledAt: true, createdAt: true, updatedAt: true,
} as const;

/** Transfers from or to a store (or all), newest first. */
export async function listTransfers(ctx: Context, args: { page?: number | null; limit?: number | null; status?: Status | null; storeId?: string | null }) {
  const tenantId = tenantIdOf(ctx);
  const storeId = await storeFilterOf(ctx, args.storeId);
  const { page, limit, skip, take } = paged(args);
  const where: Prisma.PosTransferWhereInput = {
    tenantId,
    ...(args.status ? { status: args.status } : {}),
    ...(storeId ? { OR: [{ fromStoreId: storeId }, { toStoreId: storeId }] } : {}),
  };
  const [total, items] = await Promise.all([
    ctx.db.posTransfer.count({ where }),
    ctx.db.posTransfer.findMany({ where, select: TRANSFER_SELECT, orderBy: [{ createdAt: "desc" }, { number: "desc" }], skip, take }),
  ]);
  return { items, total, page, limit };
}

/** One transfer of the tenant (404 otherwise; a store-bound cashier sees only transfers of its store: 403). */
export async function findTransfer(ctx: Context, rawId: string): Promise<TransferRow> {
  const id = uuidOf(rawId, "Transfer");
  const transfer = await ctx.db.posTransfer.findFirst({ where: { id, tenantId: tenantIdOf(ctx) }, select: TRANSFER_SELECT });
  if (!transfer) throw notFound("Transfer");
  const own = await cashierStoreOf(ctx);
  if (own && own !== transfer.fromStoreId && own !== transfer.toStoreId) throw forbidden("You can only work with your own store");
  return transfer;
}

type LineInput = { productId: string; variantId?: string | null; quantity: number };
type CreateInput = { fromStoreId: string; toStoreId: string; lines: LineInput[]; notes?: string | null };

const lineError = (i: number, field: string, message: string) => invalid("Validation failed", { fields: [{ path: `lines.${i}.${field}`, message }] });

/** Validates the lines against the tenant's live products and variants in two queries (404 naming the line). */
async function checkLines(tx: Tx, tenantId: string, lines: LineInput[]) {
  const normalized = lines.map((l, i) => {
    const productId = uuidOf(l.productId, "Product");
    const variantId = l.variantId ? uuidOf(l.variantId, "Variant") : null;
    return { i, productId, variantId, quantity: l.quantity };
  });
  const seen = new Set<string>();
  for (const l of normalized) {
    const key = `${l.productId}/${l.variantId ?? ""}`;
    if (seen.has(key)) throw lineError(l.i, "productId", "the same product (and variant) appears on another line");
    seen.add(key);
  }
  const productIds = [...new Set(normalized.map((l) => l.productId))];
  const variantIds = normalized.flatMap((l) => (l.variantId ? [l.variantId] : []));
  const [products, variants] = await Promise.all([
    tx.posProduct.findMany({ where: live(tenantId, { id: { in: productIds } }), select: { id: true } }),
    variantIds.length ? tx.posVariant.findMany({ where: live(tenantId, { id: { in: variantIds } }), select: { id: true, productId: true } }) : [],
  ]);
  const productSet = new Set(products.map((p) => p.id));
  const variantOf = new Map(variants.map((v) => [v.id, v.productId]));
  for (const l of normalized) {
    if (!productSet.has(l.productId)) throw new DomainError("NOT_FOUND", "Product not found", { line: l.i, productId: l.productId });
    if (l.variantId && variantOf.get(l.variantId) !== l.productId) {
      throw new DomainError("NOT_FOUND", "Variant not found", { line: l.i, productId: l.productId, variantId: l.variantId });
    }
  }
  return normalized;
}

export async function createTransfer(ctx: Context, input: CreateInput): Promise<TransferRow> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const fromId = uuidOf(input.fromStoreId, "Store");
  const toId = uuidOf(input.toStoreId, "Store");
  if (fromId === toId) throw invalid("Validation failed", { fields: [{ path: "toStoreId", message: "must be another store than fromStoreId" }] });
  return ctx.db.$transaction(async (tx) => {
    const from = await requireStore(tx, ctx, fromId);
    const to = await requireStore(tx, ctx, toId);
    await assertStoreAccess(ctx, from.id);
    const lines = await checkLines(tx, tenantId, input.lines);
    const number = await nextNumber(tx, tenantId, "transfer", "TR");
    const transfer = await tx.posTransfer.create({
      data: {
        tenantId, number, fromStoreId: from.id, toStoreId: to.id, notes: input.notes ?? null, createdById: userId,
        lines: { create: lines.map((l) => ({ productId: l.productId, variantId: l.variantId, quantity: l.quantity })) },
      },
      select: TRANSFER_SELECT,
    });
    await audit(tx, ctx, {
      action: "transfer.create", entityType: "PosTransfer", entityId: transfer.id,
      after: { ...transfer, lines: lines.map(({ productId, variantId, quantity }) => ({ productId, variantId, quantity })) },
    });
    return transfer;
  });
}

export type TransferAction = "ship" | "receive" | "cancel";

/**
 * Moves a transfer along PENDING → IN_TRANSIT (ship: stock leaves the source store) → COMPLETED (receive: stock
 * arrives), or to CANCELLED from PENDING (nothing moved yet) or IN_TRANSIT (stock returns to the source). The
 * transfer row is locked first (SELECT ... FOR UPDATE), so concurrent calls serialize and the second one finds the
 * new status (422): stock never moves twice. All lines move or none (a short line is a 422 and rolls back).
 */
export async function transitionTransfer(ctx: Context, rawId: string, action: TransferAction): Promise<TransferRow> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const id = uuidOf(rawId, "Transfer");
  const events: StockChangedEvent[] = [];
  const result = await ctx.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM pos_transfers WHERE id = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
    if (!locked.length) throw notFound("Transfer");
    const before = await tx.posTransfer.findUniqueOrThrow({ where: { id }, select: { ...TRANSFER_SELECT, lines: true } });
    await assertStoreAccess(ctx, before.fromStoreId);
    const allowed: Record<TransferAction, Status[]> = { ship: ["PENDING"], receive: ["IN_TRANSIT"], cancel: ["PENDING", "IN_TRANSIT"] };
    if (!allowed[action].includes(before.status)) {
      throw new DomainError("UNPROCESSABLE", `A ${before.status} transfer cannot be ${action === "ship" ? "shipped" : action === "receive" ? "received" : "cancelled"}`, {
        code: "INVALID_TRANSITION", status: before.status, action,
      });
    }
    const move = async (storeId: string, sign: 1 | -1, type: "TRANSFER_OUT" | "TRANSFER_IN", reason: string) => {
      for (const l of before.lines) {
        const change = sign * l.quantity;
        const quantity = await moveStock(tx, {
          tenantId, storeId, productId: l.productId, variantId: l.variantId, change, type, reason,
          referenceType: "transfer", referenceId: id, userId, allowNegative: sign > 0,
        });
        events.push({ storeId, productId: l.productId, variantId: l.variantId, quantity, change, type });
      }
    };
    const now = new Date();
    let data: Prisma.PosTransferUpdateInput;
    if (action === "ship") {
      await move(before.fromStoreId, -1, "TRANSFER_OUT", `transfer ${before.number} shipped`);
      data = { status: "IN_TRANSIT", shippedAt: now };
    } else if (action === "receive") {
      await move(before.toStoreId, 1, "TRANSFER_IN", `transfer ${before.number} received`);
      data = { status: "COMPLETED", receivedAt: now };
    } else {
      if (before.status === "IN_TRANSIT") await move(before.fromStoreId, 1, "TRANSFER_IN", "transfer cancelled");
      data = { status: "CANCELLED", cancelledAt: now };
    }
    const after = await tx.posTransfer.update({ where: { id }, data, select: TRANSFER_SELECT });
    await audit(tx, ctx, {
      action: `transfer.${action}`, entityType: "PosTransfer", entityId: id,
      before: { status: before.status }, after: { status: after.status, stockMoved: events.length > 0 },
    });
    return after;
    // up to 200 lines of three statements each, possibly after waiting for the lock: more than the default 5 s
  }, { timeout: 30_000 });
  publishStockChanges(ctx, events);
  return result;
}
