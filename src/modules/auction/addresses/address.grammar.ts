import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { ADDRESS_TYPES } from "./address.validation.ts";

/**
 * Yes/no filters. Declared as an enum of the documented boolean forms rather than kind "bool": the legacy query
 * translation passes `filter[x]=1` as a string, which the Boolean `eq` of ListBoolFilter refuses (kernel gap).
 */
const FLAG_VALUES = ["true", "false", "1", "0"] as const;
const truthy = (v: unknown) => v === "true" || v === "1";
const flag = (column: string) => ({
  kind: "enum" as const,
  values: FLAG_VALUES,
  description: "true/false or 1/0",
  where: (c: Record<string, unknown>) => ({ [column]: "in" in c ? { in: (c.in as string[]).map(truthy) } : { equals: truthy(c.equals) } }),
});

/** `types` is a text[] column: equality means "has", IN means "has any of". */
const hasType = (c: Record<string, unknown>) => ({ types: "in" in c ? { hasSome: c.in } : { has: c.equals } });

/** client-address (List Client Addresses): filter[client], plus what a client's address book needs. */
export const addressGrammar = defineGrammar({
  name: "AuctionClientAddress",
  table: "auction_client_addresses",
  filters: {
    id: { kind: "id" },
    client: { kind: "id", column: "clientId", description: "Client id" },
    default_address: flag("isDefault"),
    validated: flag("validated"),
    types: { kind: "enum", values: ADDRESS_TYPES, where: hasType, description: "Address type" },
    country: { kind: "exact" },
    locality: { kind: "text" },
    postal_code: { kind: "text" },
    created: { kind: "date", column: "createdAt" },
    updated: { kind: "date", column: "updatedAt" },
  },
  sorts: {
    id: "id", created: "createdAt", updated: "updatedAt", default_address: "isDefault", country: "country",
    locality: "locality", postal_code: "postalCode",
  },
  search: ["thoroughfare", "locality", "postalCode", "firstName", "lastName"],
  // the default address first, then in the order they were added
  defaultSort: "-default_address,created",
});
