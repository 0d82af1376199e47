import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { publicSaleGrammar, saleGrammar } from "./sale.grammar.ts";
import { sessionGrammar } from "./session.grammar.ts";
import { phoneBidderGrammar } from "./phone-bidders.ts";

const SALE_LIST = `id label saleDate status catalog { id label } itemCount consignmentCount totalEstimates totalHammerPrice lotsLocked venue created`;
export const SALE = `{ ${SALE_LIST} premiumRate taxRate updated }`;
const SESSION = `{ id sale sessionDate sessionNumber itemRangeStart itemRangeEnd auctioneer { id name } }`;
const STATS = `{ saleId totalItems soldItems unsoldItems sellThroughRate totalHammerPrice totalEstimatesLow totalEstimatesHigh
  performanceVsEstimate totalBuyers totalBidders onlineBidders phoneBidders floorBidders averageLotPrice topLot { id lot hammerPrice } }`;

export const saleRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/datatable-sales", operation: "Query.auctionSales", grammar: saleGrammar,
    select: `{ data { ${SALE_LIST} } count }`,
    summary: "List Sales (DataTable): filter[status] (draft, published, closed), filter[sale_date] range, filter[catalog], filter[id]; sort sale_date (default -sale_date), created, label, id. total_estimates = sum of low estimates, total_hammer_price = sold items; withdrawn items do not count." },
  { method: "GET", path: "/api/v1.0/datatable-sales/:id", operation: "Query.auctionSale", envelope: "record", select: SALE,
    summary: "Get Single Sale → {data: [sale]}; 404 when it does not exist." },
  { method: "PATCH", path: "/api/v1.0/datatable-sales/:id", operation: "Mutation.updateAuctionSale", bodyArg: "input", envelope: "record", select: SALE,
    summary: "Update Sale (administrators): label, sale_date, status (draft → published → closed, one step at a time; backwards or from closed 422), venue, lots_locked, catalog, premium_rate, tax_rate." },
  { method: "GET", path: "/api/v1.0/sales-public", operation: "Query.auctionPublicSales", grammar: publicSaleGrammar,
    select: `{ data { id label saleDate status catalog { id label } itemCount venue } count }`,
    summary: "Sales Public (no token): published and closed sales only (filter[status]=draft matches nothing), public fields only." },
  { method: "GET", path: "/api/v1.0/sale-stats/:saleId", operation: "Query.auctionSaleStats", envelope: "record", select: STATS,
    summary: "Sale Statistics, computed live by the database (refresh=0|1 accepted; nothing is cached). Withdrawn items do not count; performance_vs_estimate = hammer / low estimates of sold items × 100 (null without estimates); bidders by registration kind. 404 unknown sale." },
  { method: "GET", path: "/api/v1.0/sale-sessions", operation: "Query.auctionSaleSessions", grammar: sessionGrammar,
    select: `{ data ${SESSION} count }`,
    summary: "Sale Sessions: filter[sale]; sort session_date, session_number (default session_date,session_number)." },
  { method: "POST", path: "/api/v1.0/sale-sessions", operation: "Mutation.saveAuctionSaleSession", status: 201, bodyArg: "input", envelope: "record", select: SESSION,
    summary: "Create/Update Sale Session: {sale, session_date, session_number, auctioneer, item_range_start?, item_range_end?}. When (sale, session_number) exists its given fields are updated, else it is created (session_date required); 201 with the record either way. Unknown sale or inactive auctioneer 422." },
  { method: "PATCH", path: "/api/v1.0/sale-sessions/:sessionId", operation: "Mutation.updateAuctionSaleSession", bodyArg: "input", envelope: "record", select: SESSION,
    summary: "Update Sale Session: only the given fields change; a session number already used in the sale is 409." },
  { method: "GET", path: "/api/v1.0/sale-session-phone-bidders-card", operation: "Query.auctionPhoneBidderCards", grammar: phoneBidderGrammar,
    select: `{ data { id bidderNumber session client { id label } phone lots lotDescriptions { lot description } } count }`,
    summary: "Sale Session Phone Bidders Card: filter[session] (required, 400; unknown 404) → the session's phone bidders and those registered for the whole sale, with phone and lots to call." },
];
