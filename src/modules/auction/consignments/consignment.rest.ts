import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { consignmentGrammar } from "./consignment.grammar.ts";
import { statementGrammar } from "./statement.grammar.ts";
import { underbidGrammar } from "./underbid.grammar.ts";
import { controlListGrammar } from "./control-list.grammar.ts";

export const consignmentRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/datatable-consignments", operation: "Query.auctionConsignments", grammar: consignmentGrammar,
    select: `{ data { id label symbol subSymbol sale { id label } owner { id label } consignorCommission paymentInstructions itemCount totalHammerPrice status } count }`,
    summary: "List Consignments (DataTable): filter[sale], filter[owner], filter[symbol] (regex), filter[status] (active, closed), filter[id]; sort symbol, number, created (default -created), id. item_count excludes withdrawn items; total_hammer_price = sold items." },
  { method: "GET", path: "/api/v1.0/datatable-consignment-statements", operation: "Query.auctionConsignmentStatements", grammar: statementGrammar,
    select: `{ data { consignmentId customerNumber consignorLabel orderId status ownerEmail total actuallyPaid receivedFromBuyers } count recordsTotal: recordsTotal recordsFiltered: recordsFiltered }`,
    summary: "Consignment Statements (DataTable): consignor orders; filter[sale], filter[owner], filter[status] (IN for several), filter[customer_number] (regex), filter[consignment]. actually_paid = paid out on the statement; received_from_buyers = hammer prices of its items whose bidder invoice is paid in full. recordsTotal = all statements, recordsFiltered = count." },
  { method: "GET", path: "/api/v1.0/consignments-underbids-inquiries", operation: "Query.auctionUnderbidInquiries", grammar: underbidGrammar,
    select: `{ data { id lot description status reason sale { id label } consignment { id label } consignor { id label } reservePrice hammerPrice estimateLow estimateHigh shortfall } count }`,
    summary: "Consignments Underbids Inquiries: consigned items unsold/passed or sold below reserve; filter[sale], filter[consignment], filter[owner], filter[status]; in lot order." },
  { method: "GET", path: "/api/v1.0/control-list-consigner", operation: "Query.auctionConsignerControlList", grammar: controlListGrammar,
    select: `{ data { consignor { id label } customerNumber email consignments { id label symbol subSymbol } totalItems soldItems unsoldItems availableItems withdrawnItems totalHammerPrice commissionAmount netDue } count }`,
    summary: "Control List Consigner: filter[sale] required (400; unknown sale 404) → per consignor: consignments, item counts by status, hammer total, commission (consignment % of hammer), net due (hammer − commission)." },
];
