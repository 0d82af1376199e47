import { builder } from "../../../builder.ts";

export const PosSaleStatus = builder.enumType("PosSaleStatus", {
  description: "COMPLETED: sold; PARTIALLY_RETURNED / RETURNED: some or all units came back; VOIDED: cancelled (stock, payments, due and points reversed).",
  values: ["COMPLETED", "PARTIALLY_RETURNED", "RETURNED", "VOIDED"] as const,
});

export const PosPaymentMethod = builder.enumType("PosPaymentMethod", {
  description: "CREDIT: on the customer's account (becomes due); the others are money received or paid out.",
  values: ["CASH", "CARD", "CREDIT", "BANK_TRANSFER", "MOBILE"] as const,
});

export const PosPaymentKind = builder.enumType("PosPaymentKind", {
  description: "SALE: tendered at checkout; DUE_COLLECTION: a customer paying what it owes; REFUND: paid out for a return (negative); VOID_REVERSAL: a sale payment cancelled by a void (negative).",
  values: ["SALE", "DUE_COLLECTION", "REFUND", "VOID_REVERSAL"] as const,
});

export type PaymentMethod = "CASH" | "CARD" | "CREDIT" | "BANK_TRANSFER" | "MOBILE";
