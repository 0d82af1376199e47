import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { idOf, missing } from "../shared/ids.ts";
import { Decimal, ZERO } from "../shared/money.ts";
import { parseDate } from "../shared/dates.ts";
import { recalcOrder, received, REFUND_TYPES } from "../orders/order-totals.ts";
import { staffIdOf } from "../roles.ts";
import { auctionConfig } from "../config.ts";
import { LAST_4 } from "./transaction.validation.ts";
import { removeFiles } from "./cheque.files.ts";

type Tx = Prisma.TransactionClient;
type Money = { transactionType: string; amount: Decimal };
type LockedOrder = { id: number; type: string; status: string; ownerId: number; grandTotal: Decimal };

export type TransactionInput = {
  order?: string | null; transactionType?: string | null; amount?: string | null;
  transferredCurrency?: string | null; transferredAmount?: string | null;
  bank?: string | null; bankAccountNumber?: string | null; bankBranch?: string | null;
  creditCardType?: string | null; creditCardLast4Digits?: string | null;
  transactionDate?: string | null; chequeNumber?: string | null; chequeDate?: string | null; info?: string | null;
};

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
const unknownRef = (field: string, what: string, raw: unknown) => {
  const message = `${what} with ID ${String(raw)} does not exist`;
  return invalid(message, { fields: [{ path: field, message }] });
};
const refused = (message: string) => new DomainError("UNPROCESSABLE", message);

/** An id named in a body: anything that cannot name a row is a 422 on that field (the path's own id is a 404). */
function refId(raw: string, field: string, what: string): number {
  const text = String(raw).trim();
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw unknownRef(field, what, raw);
  return Number(text);
}

/**
 * The order row locked for the rest of the database transaction: every write to an order's transactions takes this
 * lock first, so two payments booked at once cannot both pass the amount-due check.
 */
async function lockOrder(tx: Tx, orderId: number): Promise<LockedOrder | null> {
  await tx.$queryRaw`SELECT id FROM auction_orders WHERE id = ${orderId} FOR NO KEY UPDATE`;
  return tx.auctionOrder.findUnique({ where: { id: orderId }, select: { id: true, type: true, status: true, ownerId: true, grandTotal: true } });
}

/** Column values of the given input fields (undefined = not given, so PATCH leaves it alone). */
async function columnsOf(ctx: Context, input: TransactionInput, creating: boolean) {
  const data: Prisma.AuctionTransactionUncheckedUpdateInput = {};
  for (const [key, field] of [["transactionType", "transaction_type"], ["amount", "amount"], ["transactionDate", "transaction_date"]] as const) {
    if (input[key] === null && !(creating && key === "transactionDate")) throw required(field);
  }
  if (input.transactionType !== undefined) data.transactionType = input.transactionType!;
  if (input.amount !== undefined) data.amount = new Decimal(input.amount!);
  if (input.transactionDate) data.transactionDate = parseDate(input.transactionDate);
  if (input.chequeDate !== undefined) data.chequeDate = parseDate(input.chequeDate) ?? null;
  if (input.transferredCurrency !== undefined) data.transferredCurrency = input.transferredCurrency ?? auctionConfig(ctx.config).AUCTION_CURRENCY;
  if (input.transferredAmount !== undefined && input.transferredAmount !== null) data.transferredAmount = new Decimal(input.transferredAmount);
  for (const key of ["bankAccountNumber", "bankBranch", "creditCardType", "chequeNumber"] as const) {
    if (input[key] !== undefined) data[key] = input[key] || null;
  }
  if (input.info !== undefined) data.info = input.info ?? "";
  if (input.creditCardLast4Digits !== undefined) {
    const last4 = input.creditCardLast4Digits?.trim() || null;
    if (last4 && !LAST_4.test(last4)) {
      throw invalid("Invalid credit card digits", { fields: [{ path: "credit_card_last_4_digits", message: "must be exactly 4 digits" }] });
    }
    data.creditCardLast4 = last4;
  }
  if (input.bank !== undefined) {
    data.bankId = input.bank ? refId(input.bank, "bank", "Bank") : null;
    if (data.bankId && !(await ctx.db.auctionBankAccount.count({ where: { id: data.bankId as number } }))) throw unknownRef("bank", "Bank", input.bank);
  }
  // undocumented when absent: the day it is booked
  if (creating && data.transactionDate === undefined) data.transactionDate = parseDate(new Date().toISOString().slice(0, 10));
  return data;
}

/** What each type needs: a cheque its number, date and bank; a wire transfer the bank it arrived at. */
function checkShape(t: { transactionType: string; bankId: number | null; chequeNumber: string | null; chequeDate: Date | null }) {
  if (t.transactionType === "Cheque") {
    if (!t.chequeNumber) throw required("cheque_number");
    if (!t.chequeDate) throw required("cheque_date");
    if (!t.bankId) throw required("bank");
  }
  if (t.transactionType === "Wire Transfer" && !t.bankId) throw required("bank");
}

/**
 * The money rules, on the order's transactions before and after a change:
 * - a canceled order takes no payments (refunds of what it received stay possible);
 * - no overpayment: a change that raises payment_received may not take it above the grand total
 *   (a payment larger than amount_due is refused, not booked as a negative amount due);
 * - a refund cannot exceed what was received (plus, on a credit note, the credit owed to the client): a change that
 *   lowers payment_received may not take it below zero (below the negative grand total of a credit note).
 */
function checkMoney(order: LockedOrder, before: Money[], after: Money[], changed: Money | null) {
  const isRefund = changed ? REFUND_TYPES.has(changed.transactionType) : false;
  if (changed && !isRefund && order.status === "canceled") throw refused("A canceled order accepts no payments");
  const was = received(before);
  const now = received(after);
  const others = changed ? now.minus(isRefund ? changed.amount.negated() : changed.amount) : now;
  const ceiling = Decimal.max(order.grandTotal, ZERO);
  // only a credit note's negative total is credit owed to the client; any other order refunds only what it received
  const floor = order.type === "credit_note" ? Decimal.min(order.grandTotal, ZERO) : ZERO;
  if (now.gt(was) && now.gt(ceiling)) {
    throw refused(changed && !isRefund
      ? `The payment exceeds the amount due (${Decimal.max(ceiling.minus(others), ZERO).toFixed(2)})`
      : "This change would leave the order overpaid");
  }
  if (now.lt(was) && now.lt(floor)) {
    throw refused(changed && isRefund
      ? `A refund cannot exceed what was received (${Decimal.max(others.minus(floor), ZERO).toFixed(2)})`
      : "Refunds would exceed what was received");
  }
}

const moneyOf = (rows: { id: number; transactionType: string; amount: Decimal }[], except?: number) =>
  rows.filter((r) => r.id !== except).map((r) => ({ transactionType: r.transactionType, amount: r.amount }));

/** Books a transaction on an order (owner = the order's client, author = the caller) and updates the order's totals. */
export async function createTransaction(ctx: Context, input: TransactionInput): Promise<number> {
  if (!input.order) throw required("order");
  if (!input.transactionType) throw required("transaction_type");
  if (!input.amount) throw required("amount");
  const orderId = refId(input.order, "order", "Order");
  const data = await columnsOf(ctx, input, true);
  checkShape({
    transactionType: input.transactionType, bankId: (data.bankId as number | undefined) ?? null,
    chequeNumber: (data.chequeNumber as string | undefined) ?? null, chequeDate: (data.chequeDate as Date | undefined) ?? null,
  });
  const changed = { transactionType: input.transactionType, amount: data.amount as Decimal };
  const createdById = staffIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order) throw unknownRef("order", "Order", input.order);
    const before = moneyOf(await tx.auctionTransaction.findMany({ where: { orderId }, select: { id: true, transactionType: true, amount: true } }));
    checkMoney(order, before, [...before, changed], changed);
    const row = await tx.auctionTransaction.create({
      data: {
        ...(data as Prisma.AuctionTransactionUncheckedCreateInput),
        orderId, clientId: order.ownerId, createdById,
        transferredCurrency: (data.transferredCurrency as string | undefined) ?? auctionConfig(ctx.config).AUCTION_CURRENCY,
        transferredAmount: (data.transferredAmount as Decimal | undefined) ?? changed.amount,
      },
    });
    await recalcOrder(tx, orderId);
    return row.id;
  });
}

/** Reads the transaction under its order's lock; a locked order's transactions are final. */
async function lockedTransaction(tx: Tx, id: number, rawId: string) {
  const head = await tx.auctionTransaction.findUnique({ where: { id }, select: { orderId: true } });
  if (!head) throw missing("Transaction", rawId);
  const order = await lockOrder(tx, head.orderId);
  const current = await tx.auctionTransaction.findUnique({ where: { id } });
  if (!order || !current) throw missing("Transaction", rawId);
  if (order.status === "locked") throw refused("The order is locked: its transactions cannot be changed or deleted");
  return { order, current };
}

/** A generated cheque shows these: changing one makes it stale, so it is dropped (generate-cheque makes a new one). */
const CHEQUE_FIELDS = ["transactionType", "amount", "bankId", "chequeNumber", "chequeDate", "transactionDate"] as const;

/** Changes the given fields with the same rules as creation, then updates the order's totals. */
export async function updateTransaction(ctx: Context, rawId: string, input: TransactionInput): Promise<void> {
  const id = idOf(rawId, "Transaction");
  const data = await columnsOf(ctx, input, false);
  const stale = await ctx.db.$transaction(async (tx) => {
    const { order, current } = await lockedTransaction(tx, id, rawId);
    const next = { ...current, ...(data as Partial<typeof current>) };
    checkShape(next);
    if (data.amount !== undefined || data.transactionType !== undefined) {
      const rows = await tx.auctionTransaction.findMany({ where: { orderId: order.id }, select: { id: true, transactionType: true, amount: true } });
      const changed = { transactionType: next.transactionType, amount: next.amount };
      checkMoney(order, moneyOf(rows), [...moneyOf(rows, id), changed], changed);
    }
    // the received amount follows the booked one unless it was entered on its own (another currency)
    if (input.transferredAmount === null || (data.amount !== undefined && input.transferredAmount === undefined
      && (current.transferredAmount === null || current.transferredAmount.eq(current.amount)))) {
      data.transferredAmount = next.amount;
    }
    const files = [current.chequeFileId, current.illustratedFileId].filter((f): f is number => f !== null);
    const dropCheque = files.length > 0 && CHEQUE_FIELDS.some((k) => data[k] !== undefined);
    if (dropCheque) Object.assign(data, { chequeFileId: null, illustratedFileId: null });
    await tx.auctionTransaction.update({ where: { id }, data });
    await recalcOrder(tx, order.id);
    return dropCheque ? files : [];
  });
  await removeFiles(ctx, stale);
}

/** Deletes a transaction (not of a locked order), updates the order's totals and removes its generated cheque. */
export async function deleteTransaction(ctx: Context, rawId: string): Promise<number> {
  const id = idOf(rawId, "Transaction");
  const files = await ctx.db.$transaction(async (tx) => {
    const { order, current } = await lockedTransaction(tx, id, rawId);
    const rows = await tx.auctionTransaction.findMany({ where: { orderId: order.id }, select: { id: true, transactionType: true, amount: true } });
    checkMoney(order, moneyOf(rows), moneyOf(rows, id), null);
    await tx.auctionTransaction.delete({ where: { id } });
    await recalcOrder(tx, order.id);
    return [current.chequeFileId, current.illustratedFileId].filter((f): f is number => f !== null);
  });
  await removeFiles(ctx, files);
  return id;
}
