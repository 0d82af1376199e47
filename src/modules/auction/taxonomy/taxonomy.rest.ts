import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { bankAccountGrammar, bidStepGrammar, catalogGrammar, categoryGrammar, chargeTermGrammar, paymentTypeGrammar } from "./taxonomy.grammar.ts";

const CATEGORY = "{ id label parent weight }";

export const taxonomyRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/categories", operation: "Query.auctionCategories", grammar: categoryGrammar,
    select: `{ data ${CATEGORY} count }`,
    summary: "Categories: {data: [{id, label, parent (id or null), weight}], count}; filter[label|parent|root|id], sort (default weight,label)." },
  { method: "PATCH", path: "/api/v1.0/categories/:id", operation: "Mutation.updateAuctionCategory", bodyArg: "input", envelope: "record", select: CATEGORY,
    summary: "Update Category {label, weight, parent}: administrators only; an unknown parent or a cycle is a 422." },
  { method: "GET", path: "/api/v1.0/additional_charges", operation: "Query.auctionChargeTerms", grammar: chargeTermGrammar,
    select: "{ data { id label defaultAmount defaultVat } count }",
    summary: "Additional Charges Terms: {data: [{id, label, default_amount, default_vat}], count}." },
  { method: "GET", path: "/api/v1.0/bank_accounts", operation: "Query.auctionBankAccounts", grammar: bankAccountGrammar,
    select: "{ data { id name accountNumber branch currency } count }",
    summary: "Bank Accounts: {data: [{id, name, account_number (masked ****1234), branch, currency}], count}." },
  { method: "GET", path: "/api/v1.0/payment_types", operation: "Query.auctionPaymentTypes", grammar: paymentTypeGrammar,
    select: "{ data { id label letter } count }",
    summary: "Payment Types: {data: [{id, label, letter}], count}." },
  { method: "GET", path: "/api/v1.0/bid_steps", operation: "Query.auctionBidSteps", grammar: bidStepGrammar,
    select: "{ data { id from step } count }",
    summary: "Bid Steps: {data: [{id, from, step}], count}, ordered by the price they start from." },
  { method: "GET", path: "/api/v1.0/catalogs", operation: "Query.auctionCatalogs", grammar: catalogGrammar,
    select: "{ data { id label partCount saleCount } count }",
    summary: "Catalogues: {data: [{id, label, part_count, sale_count}], count}." },
];
