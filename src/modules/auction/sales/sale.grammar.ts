import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { SALE_STATUSES } from "./sale.type.ts";

/** datatable-sales: the spec's filters (status, sale_date range, catalog) plus id; newest sale first. */
export const saleGrammar = defineGrammar({
  name: "AuctionSale",
  table: "auction_sales",
  filters: {
    id: { kind: "id" },
    status: { kind: "enum", values: SALE_STATUSES },
    sale_date: { kind: "date", column: "saleDate" },
    catalog: { kind: "id", column: "catalogId" },
    label: { kind: "text" },
  },
  sorts: { sale_date: "saleDate", created: "createdAt", label: "label", id: "id" },
  search: ["label", "venue"],
  defaultSort: "-sale_date",
});

/** sales-public: published and closed sales only (the resolver's base condition); draft filters match nothing. */
export const publicSaleGrammar = defineGrammar({
  name: "AuctionPublicSale",
  table: "auction_sales",
  filters: {
    id: { kind: "id" },
    status: { kind: "enum", values: SALE_STATUSES },
    sale_date: { kind: "date", column: "saleDate" },
    catalog: { kind: "id", column: "catalogId" },
  },
  sorts: { sale_date: "saleDate", label: "label", id: "id" },
  search: ["label", "venue"],
  defaultSort: "-sale_date",
  maxRange: 100,
});
