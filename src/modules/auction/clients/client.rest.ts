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
];
