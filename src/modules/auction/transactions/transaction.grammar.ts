import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { TRANSACTION_TYPES } from "./transaction.validation.ts";

/** GET /transactions: the spec's order and client filters, plus type, dates and amount ranges; newest first. */
export const transactionGrammar = defineGrammar({
  name: "AuctionTransaction",
  table: "auction_transactions",
  filters: {
    id: { kind: "id" },
    order: { kind: "id", column: "orderId" },
    client: { kind: "id", column: "clientId" },
    transaction_type: { kind: "enum", values: TRANSACTION_TYPES },
    transaction_date: { kind: "date", column: "transactionDate" },
    amount: { kind: "number" },
    bank: { kind: "id", column: "bankId" },
    cheque_number: { kind: "exact" },
    created: { kind: "date", column: "createdAt" },
  },
  sorts: {
    id: "id", created: "createdAt", transaction_date: "transactionDate", amount: "amount",
    transaction_type: "transactionType", order: "orderId",
  },
  search: ["info", "chequeNumber", "creditCardType"],
  defaultSort: "-created",
});
