import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { flagFilter } from "./flag-filter.ts";

/** The reference lists: small datatables with id/label filters, label search and a natural default order. */

export const categoryGrammar = defineGrammar({
  name: "AuctionCategory",
  table: "auction_categories",
  filters: {
    id: { kind: "id" },
    label: { kind: "text" },
    parent: { kind: "id", column: "parentId", description: "Children of this category." },
    root: flagFilter((yes) => (yes ? { parentId: null } : { parentId: { not: null } }), "Only top-level terms (1) or only child terms (0)."),
  },
  sorts: { id: "id", label: "label", weight: "weight", parent: "parentId" },
  search: ["label"],
  defaultSort: "weight,label",
});

export const chargeTermGrammar = defineGrammar({
  name: "AuctionChargeTerm",
  table: "auction_charge_terms",
  filters: {
    id: { kind: "id" },
    label: { kind: "text" },
    default_amount: { kind: "number" },
  },
  sorts: { id: "id", label: "label", default_amount: "defaultAmount", default_vat: "defaultVat" },
  search: ["label"],
  defaultSort: "label",
});

export const bankAccountGrammar = defineGrammar({
  name: "AuctionBankAccount",
  table: "auction_bank_accounts",
  filters: {
    id: { kind: "id" },
    name: { kind: "text" },
    branch: { kind: "text" },
    currency: { kind: "exact" },
  },
  sorts: { id: "id", name: "name", branch: "branch", currency: "currency" },
  // never the account number: a search on it would reveal the masked digits
  search: ["name", "branch"],
  defaultSort: "name",
});

export const paymentTypeGrammar = defineGrammar({
  name: "AuctionPaymentType",
  table: "auction_payment_types",
  filters: {
    id: { kind: "id" },
    label: { kind: "text" },
    letter: { kind: "exact" },
  },
  sorts: { id: "id", label: "label", letter: "letter" },
  search: ["label", "letter"],
  defaultSort: "label",
});

export const bidStepGrammar = defineGrammar({
  name: "AuctionBidStep",
  table: "auction_bid_steps",
  filters: {
    id: { kind: "id" },
    from: { kind: "number", column: "priceFrom" },
    step: { kind: "number" },
  },
  sorts: { id: "id", from: "priceFrom", step: "step" },
  defaultSort: "from",
});

export const catalogGrammar = defineGrammar({
  name: "AuctionCatalog",
  table: "auction_catalogs",
  filters: {
    id: { kind: "id" },
    label: { kind: "text" },
  },
  sorts: { id: "id", label: "label" },
  search: ["label"],
  defaultSort: "label",
});
