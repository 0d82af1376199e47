import { defineGrammar } from "../../../kernel/list/grammar.ts";

const STATUSES = ["new", "pending", "approved", "unapproved", "deleted"] as const;
/** the default address's columns, matched by the database (regex through SQL where Prisma has no operator) */
const onAddress = (column: string) => ({
  kind: "text" as const,
  where: (c: Record<string, unknown>) => ({ addresses: { some: { isDefault: true, [column]: c } } }),
  regexSql: `SELECT "clientId" AS id FROM auction_client_addresses WHERE "isDefault" AND "${column}" ~* $1`,
});

/** datatable-clients: the spec's "Available Filters", plus uuid/id (its IN example) and created/category. */
export const clientGrammar = defineGrammar({
  name: "AuctionClient",
  table: "auction_clients",
  filters: {
    id: { kind: "id" },
    uuid: { kind: "exact", uuid: true },
    status: { kind: "enum", values: STATUSES },
    first_name: { kind: "text" },
    last_name_company: { kind: "text", column: "lastName" },
    last_name: { kind: "text" },
    email: { kind: "text" },
    phone: { kind: "text" },
    country: { kind: "exact", where: (c) => ({ addresses: { some: { isDefault: true, country: c } } }) },
    city: onAddress("locality"),
    state: onAddress("administrativeArea"),
    postal_code: onAddress("postalCode"),
    default_payment_method: { kind: "id", column: "defaultPaymentMethodId" },
    source: { kind: "id", column: "sourceId" },
    category: { kind: "id", where: (c) => ({ categories: { some: { id: c } } }) },
    updated: { kind: "date", column: "updatedAt" },
    created: { kind: "date", column: "createdAt" },
    philaworksplace_id: { kind: "text", column: "customerNumber" },
  },
  sorts: {
    id: "id", updated: "updatedAt", created: "createdAt", first_name: "firstName", last_name: "lastName",
    last_name_company: "lastName", email: "email", status: "status", philaworksplace_id: "customerNumber",
  },
  search: ["firstName", "lastName", "email", "phone", "mobile", "customerNumber"],
  defaultSort: "-updated",
});
