import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import type { ListGrammar } from "../../../kernel/list/grammar.ts";
import { STAFF } from "../roles.ts";
import { AuctionBankAccount, AuctionBidStep, AuctionCatalog, AuctionCategory, AuctionChargeTerm, AuctionPaymentType } from "./taxonomy.type.ts";
import { bankAccountGrammar, bidStepGrammar, catalogGrammar, categoryGrammar, chargeTermGrammar, paymentTypeGrammar } from "./taxonomy.grammar.ts";

export const AuctionCategoryPage = dataPageType("AuctionCategoryPage", AuctionCategory, "A page of categories and how many match.");
const AuctionChargeTermPage = dataPageType("AuctionChargeTermPage", AuctionChargeTerm, "A page of additional charge terms and how many match.");
const AuctionBankAccountPage = dataPageType("AuctionBankAccountPage", AuctionBankAccount, "A page of bank accounts and how many match.");
const AuctionPaymentTypePage = dataPageType("AuctionPaymentTypePage", AuctionPaymentType, "A page of payment types and how many match.");
const AuctionBidStepPage = dataPageType("AuctionBidStepPage", AuctionBidStep, "A page of bid steps and how many match.");
const AuctionCatalogPage = dataPageType("AuctionCatalogPage", AuctionCatalog, "A page of catalogues and how many match.");

type Model = "auctionCategory" | "auctionChargeTerm" | "auctionBankAccount" | "auctionPaymentType" | "auctionBidStep" | "auctionCatalog";

/** One reference list: any staff member may read it; filters, sort and page run in the database. */
function list(t: any, type: object, grammar: ListGrammar, model: Model, description: string) {
  return t.field({
    description,
    type,
    authScopes: { role: STAFF },
    args: listArgs(grammar)(t),
    resolve: (_root: unknown, args: object, ctx: any, info: any) => resolveDataPage({ ctx, info, grammar, args, model: ctx.db[model] }),
  });
}

builder.queryFields((t) => ({
  auctionCategories: list(t, AuctionCategoryPage, categoryGrammar, "auctionCategory", "Category terms (default order: weight, then label)."),
  auctionChargeTerms: list(t, AuctionChargeTermPage, chargeTermGrammar, "auctionChargeTerm", "Additional charge terms with their default amount and VAT."),
  auctionBankAccounts: list(t, AuctionBankAccountPage, bankAccountGrammar, "auctionBankAccount", "House bank accounts (account numbers masked)."),
  auctionPaymentTypes: list(t, AuctionPaymentTypePage, paymentTypeGrammar, "auctionPaymentType", "Payment types and their one-letter codes."),
  auctionBidSteps: list(t, AuctionBidStepPage, bidStepGrammar, "auctionBidStep", "Bid increments, by the price they start from."),
  auctionCatalogs: list(t, AuctionCatalogPage, catalogGrammar, "auctionCatalog", "Catalogues with how many parts and sales each has."),
}));
