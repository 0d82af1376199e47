import { builder } from "../../../builder.ts";
import { uuidOf } from "../shared/tenancy.ts";
// the PosCategory type the category relation resolves to
import "../categories/category.type.ts";
import { productStock, STOCK_STORE, type StockStamped } from "./product-stock.ts";

export const PosVariant = builder.prismaObject("PosVariant", {
  description: "A variant of a product (size, colour...) with its own SKU/barcode; price and cost null: the product's.",
  fields: (t) => ({
    id: t.exposeID("id"),
    productId: t.exposeID("productId"),
    name: t.exposeString("name"),
    sku: t.exposeString("sku"),
    barcode: t.exposeString("barcode", { nullable: true }),
    price: t.expose("price", { type: "Amount", nullable: true, description: "null: the product's price." }),
    cost: t.expose("cost", { type: "Amount", nullable: true, description: "null: the product's cost." }),
    attributes: t.expose("attributes", { type: "JSON", description: "e.g. {\"size\": \"L\", \"color\": \"red\"}" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    deletedAt: t.expose("deletedAt", { type: "DateTime", nullable: true }),
  }),
});

export const PosProduct = builder.prismaObject("PosProduct", {
  description: "A product of the tenant's catalog (money in major units; taxRate in percent).",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    sku: t.exposeString("sku"),
    barcode: t.exposeString("barcode", { nullable: true }),
    unit: t.exposeString("unit"),
    price: t.expose("price", { type: "Amount" }),
    cost: t.expose("cost", { type: "Amount", description: "Cost of goods (weighted average of purchases)." }),
    taxRate: t.float({
      nullable: true,
      description: "Percent (12.5 = 12.5%); null: the tenant's default rate.",
      select: { taxRate: true },
      resolve: (p) => (p.taxRate === null ? null : p.taxRate / 100),
    }),
    isActive: t.exposeBoolean("isActive"),
    trackStock: t.exposeBoolean("trackStock"),
    category: t.relation("category", { nullable: true }),
    variants: t.relation("variants", {
      description: "Live variants, oldest first.",
      query: { where: { deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    }),
    stock: t.int({
      nullable: true,
      description: "Units in the store given to the list (`storeId`) or here, product and variants together; null without a store.",
      args: { storeId: t.arg.id({ required: false }) },
      select: { id: true },
      resolve: (p, args, ctx) => {
        const store = args.storeId ? uuidOf(String(args.storeId), "Store") : (p as StockStamped)[STOCK_STORE];
        return store ? productStock(ctx).load(`${store}:${p.id}`) : null;
      },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    deletedAt: t.expose("deletedAt", { type: "DateTime", nullable: true }),
  }),
});
