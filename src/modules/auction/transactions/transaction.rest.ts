import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { transactionGrammar } from "./transaction.grammar.ts";

/** The spec's transaction record; the digits key needs its own alias (snake_case of the field would be `last4`). */
export const TRANSACTION = `{ id order transactionType amount transferredCurrency transferredAmount bank { id name }
  bankAccountNumber creditCardType credit_card_last_4_digits: creditCardLast4Digits transactionDate chequeNumber chequeDate
  info chequeUrl illustratedChequeUrl created }`;

export const transactionRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/transactions", operation: "Query.auctionTransactions", grammar: transactionGrammar,
    select: `{ data ${TRANSACTION} count }`,
    summary: "List Transactions: filter[order], filter[client], filter[transaction_type], filter[transaction_date] / filter[amount] ranges; sort (default -created); bank account numbers masked." },
  { method: "POST", path: "/api/v1.0/transactions", operation: "Mutation.createAuctionTransaction", status: 201, bodyArg: "input", envelope: "record", select: TRANSACTION,
    summary: "Create Transaction (Payment / Cheque / Wire Transfer / Cash / Credit Card / Refund) → 201 {data: [transaction]}. "
      + "Missing order, transaction_type, amount (or a cheque's number, date, bank; a wire transfer's bank): 400. Unknown order/bank, "
      + "malformed values: 422. Payment above amount_due, refund above what was received, payment on a canceled order: 422." },
  { method: "PATCH", path: "/api/v1.0/transactions/:id", operation: "Mutation.updateAuctionTransaction", bodyArg: "input", envelope: "record", select: TRANSACTION,
    summary: "Update Transaction: only the given fields, same rules; the order's totals follow. Locked orders: 422." },
  { method: "DELETE", path: "/api/v1.0/transactions/:id", operation: "Mutation.deleteAuctionTransaction", status: 204, select: "{ id }",
    summary: "Delete Transaction → 204; the order's totals follow. Locked orders: 422." },
  { method: "POST", path: "/api/v1.0/generate-cheque", operation: "Mutation.generateAuctionCheque", bodyArg: "input", envelope: "object",
    select: "{ transactionId chequeUrl illustratedChequeUrl }",
    summary: "Generate Cheque {id} → {data: {transaction_id, cheque_url (PDF), illustrated_cheque_url (SVG picture)}}; "
      + "400 \"Transaction must be of type 'Cheque'\" for other types; regenerating replaces the files." },
];
