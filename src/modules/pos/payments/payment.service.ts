import type { Context } from "../../../kernel/context.ts";
import { DomainError } from "../../../kernel/errors.ts";
import { audit } from "../shared/audit.ts";
import { tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import { lockCustomer, postLedger } from "../sales/customer-account.ts";
import type { PaymentMethod } from "../sales/enums.ts";
import { TX_OPTIONS, workingStore } from "../sales/sale-access.ts";

export type CollectDueInput = { customerId: string; amount: number; method: PaymentMethod; reference?: string | null; storeId?: string | null; note?: string | null };

/**
 * A customer pays (part of) what it owes: the customer row is locked, the amount may not exceed the balance (422),
 * a DUE_COLLECTION payment and a DUE_COLLECTION ledger entry (negative) are written in one transaction.
 */
export async function collectDue(ctx: Context, input: CollectDueInput): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const customerId = uuidOf(input.customerId, "Customer");
  if (input.method === "CREDIT") throw new DomainError("UNPROCESSABLE", "A due cannot be paid on credit", { code: "INVALID_METHOD" });
  const store = input.storeId ? await workingStore(ctx, input.storeId) : null;
  return ctx.db.$transaction(async (tx) => {
    const customer = await lockCustomer(tx, tenantId, customerId);
    if (input.amount > customer.balance) {
      throw new DomainError("UNPROCESSABLE", "The amount exceeds what the customer owes", {
        code: "AMOUNT_EXCEEDS_BALANCE", balance: Math.max(0, customer.balance) / 100, amount: input.amount / 100,
      });
    }
    const payment = await tx.posPayment.create({
      data: {
        tenantId, storeId: store?.id ?? null, customerId, method: input.method, kind: "DUE_COLLECTION", amount: input.amount,
        reference: input.reference ?? null, userId,
      },
    });
    const before = customer.balance;
    await postLedger(tx, customer, "DUE_COLLECTION", -input.amount, { referenceType: "payment", referenceId: payment.id, userId, note: input.note ?? null });
    await audit(tx, ctx, {
      action: "payment.collectDue", entityType: "PosPayment", entityId: payment.id,
      before: { customerId, balance: before }, after: { payment, balance: customer.balance },
    });
    return payment.id;
  }, TX_OPTIONS);
}
