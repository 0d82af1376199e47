import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { PosPaymentKind, PosPaymentMethod } from "../sales/enums.ts";
import { customerField, storeField, userField } from "../sales/sale.refs.ts";

export const PosPayment = builder.prismaObject("PosPayment", {
  description: "Money received or paid out: tendered at checkout (SALE), a due collection, a refund or a void reversal "
    + "(the last two negative). Cash tendered at checkout is recorded net of the change given back.",
  fields: (t) => ({
    id: t.exposeID("id"),
    saleId: t.exposeID("saleId", { nullable: true }),
    saleNumber: t.string({
      nullable: true, description: "The receipt number of the sale.",
      select: { sale: { select: { number: true } } },
      resolve: (p) => p.sale?.number ?? null,
    }),
    storeId: t.exposeID("storeId", { nullable: true }),
    store: storeField(t),
    customerId: t.exposeID("customerId", { nullable: true }),
    customer: customerField(t),
    method: t.expose("method", { type: PosPaymentMethod }),
    kind: t.expose("kind", { type: PosPaymentKind }),
    amount: t.field({ type: "Amount", description: "Signed: refunds and reversals are negative.", select: { amount: true }, resolve: (p) => p.amount }),
    reference: t.exposeString("reference", { nullable: true }),
    userId: t.exposeID("userId", { nullable: true }),
    user: userField(t, "userId", "Who recorded it."),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const PosPaymentPage = offsetPageType("PosPaymentPage", PosPayment, "A page of payments, newest first.");
