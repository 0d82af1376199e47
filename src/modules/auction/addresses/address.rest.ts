import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { addressGrammar } from "./address.grammar.ts";

const ADDRESS = `{ id label client address { country administrativeArea locality postalCode thoroughfare premise nameLine firstName lastName }
  addressTypes { id label } defaultAddress validated rendered created updated }`;

export const addressRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/client-address", operation: "Query.auctionClientAddresses", grammar: addressGrammar,
    select: `{ data ${ADDRESS} count }`,
    summary: "List Client Addresses / Get formatted client address: client_id or filter[client], filter[default_address], filter[types], sort (default -default_address,created); each address with its `rendered` form." },
  { method: "GET", path: "/api/v1.0/client-address/:id", operation: "Query.auctionClientAddress", envelope: "record", select: ADDRESS,
    summary: "Get Single Address → {data: [address]}; 404 when it does not exist." },
  { method: "POST", path: "/api/v1.0/client-address", operation: "Mutation.createAuctionClientAddress", status: 201, bodyArg: "input", envelope: "record", select: ADDRESS,
    summary: "Create Client Address (client and address.country required; unknown client 422). A client's first address becomes its default; default_address: true replaces the previous default." },
  { method: "PATCH", path: "/api/v1.0/client-address/:id", operation: "Mutation.updateAuctionClientAddress", bodyArg: "input", envelope: "record", select: ADDRESS,
    summary: "Update Client Address: only the given address parts change (validated resets); default_address: true makes it the default." },
  { method: "DELETE", path: "/api/v1.0/client-address/:id", operation: "Mutation.deleteAuctionClientAddress", status: 204, select: "{ id }",
    summary: "Delete Client Address → 204. The only address of a client cannot be deleted (422); deleting the default promotes the oldest other address." },
];
