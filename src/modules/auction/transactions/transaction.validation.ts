import { z } from "zod";
import { Decimal } from "../shared/money.ts";

/** The spec's transaction types; Refund gives money back (counts negative in the order's payment_received). */
export const TRANSACTION_TYPES = ["Payment", "Cheque", "Wire Transfer", "Cash", "Credit Card", "Refund"] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))
  && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) && !v.startsWith("0000");

export const TransactionTypeText = z.enum(TRANSACTION_TYPES, { message: `must be one of ${TRANSACTION_TYPES.join(", ")}` });
/** Money arrives already parsed by the Money scalar (two decimals at most); a payment is never zero or negative. */
export const PositiveMoney = z.string().refine((v) => new Decimal(v).gt(0), "must be greater than 0");
export const Day = z.string().trim().refine(isDay, "must be a date (YYYY-MM-DD)");
export const CurrencyCode = z.string().trim().regex(/^[A-Z]{3}$/, "must be a 3-letter currency code (e.g. USD)");
export const BankAccountNumber = z.string().trim().regex(/^[A-Za-z0-9 -]{4,34}$/, "must be 4 to 34 letters, digits, spaces or dashes");
export const ChequeNumber = z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, "must be 1 to 20 letters, digits or dashes");
export const ShortText = text(120);
export const Info = text(2000);
/** Checked by the service (its error must name `credit_card_last_4_digits`, which no camelCase path maps back to). */
export const LAST_4 = /^\d{4}$/;
