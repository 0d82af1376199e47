import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { clientGrammar } from "./client.grammar.ts";

const LIST_FIELDS = `id uuid firstName lastName email phone philaworksplaceId status { id label }
  address { country city state postalCode street } balance { value formatted }
  defaultPaymentMethod { id label } source { id label } updated`;
export const CLIENT = `{ ${LIST_FIELDS} mobile taxId subscriptionType categories { id label } additionalCharges
  consignorCommissions { consignorCommission stepFrom } connectedTo { id label } created }`;

export const clientRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/datatable-clients", operation: "Query.auctionClients", grammar: clientGrammar,
    select: `{ data { ${LIST_FIELDS} } count }`,
    summary: "List Clients (DataTable): range, page (0-based), sort, filter[...] (status, first_name, last_name_company, email, phone, country, city, state, postal_code, default_payment_method, source, updated, philaworksplace_id, uuid, id), fields, global_search." },
  { method: "GET", path: "/api/v1.0/datatable-clients/:id", operation: "Query.auctionClient", envelope: "record", select: CLIENT,
    summary: "Get Single Client → {data: [client]}; 404 when it does not exist." },
  { method: "POST", path: "/api/v1.0/datatable-clients", operation: "Mutation.createAuctionClient", status: 201, bodyArg: "input", envelope: "record", select: CLIENT,
    summary: "Create Client (email required: 400; malformed values: 422) → 201 {data: [client]} with its customer number." },
  { method: "PATCH", path: "/api/v1.0/datatable-clients/:id", operation: "Mutation.updateAuctionClient", bodyArg: "input", envelope: "record", select: CLIENT,
    summary: "Update Client / Update Client Status: only the given fields change." },
  { method: "POST", path: "/api/v1.0/client-connect", operation: "Mutation.connectAuctionClients", bodyArg: "input", envelope: "object",
    select: "{ primaryClient connectedClients }",
    summary: "Client Connect {clients, primary_client} → {data: {primary_client, connected_clients}}: the other records point at the primary (no chains or cycles; deleted or unknown clients 422)." },
  { method: "POST", path: "/api/v1.0/client-merge", operation: "Mutation.mergeAuctionClients", bodyArg: "input", envelope: "object",
    select: "{ mergedClientId mergedCount deletedClients }",
    summary: "Client Merge (administrators) → {data: {merged_client_id, merged_count, deleted_clients}}: one transaction; the sources keep their rows with status deleted." },
  { method: "GET", path: "/api/v1.0/client-stat", operation: "Query.auctionClientStat", envelope: "record",
    select: "{ totalOrders totalSpent totalItemsWon averageOrderValue lastPurchaseDate }",
    summary: "Client Statistics: filter[client] (required, 400), filter[sale] → {data: [{total_orders, total_spent, total_items_won, average_order_value, last_purchase_date}]}." },
  { method: "GET", path: "/api/v1.0/connected-entities", operation: "Query.auctionConnectedEntities", envelope: "record",
    select: `{ client { id label uuid } primary { id label uuid } isPrimary connectedClients { id label uuid }
      counts { orders consignments transactions itemsWon addresses calls bidderRegistrations notes tasks } }`,
    summary: "Connected Entities ?uuid= → {data: [{client, primary, is_primary, connected_clients, counts}]}; 400 malformed uuid, 404 unknown." },
];
