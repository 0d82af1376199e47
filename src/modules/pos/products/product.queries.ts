import { z } from "zod";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { can } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { PosProduct, PosVariant } from "./product.type.ts";
import { ProductSort } from "./product.validation.ts";
import { findProduct, listProducts, lookupBarcode, type ListArgs } from "./product.service.ts";

export const PosProductPage = offsetPageType("PosProductPage", PosProduct, "A page of products and how many match.");

type Lookup = { type: "product" | "variant"; product: object; variant: object | null };
const PosBarcodeLookupType = builder.enumType("PosBarcodeLookupType", { values: ["product", "variant"] as const });
const PosBarcodeLookup = builder.objectRef<Lookup>("PosBarcodeLookup").implement({
  description: "What a scanned barcode names: a product, or a variant (with its product).",
  fields: (t) => ({
    type: t.field({ type: PosBarcodeLookupType, resolve: (l) => l.type }),
    product: t.field({ type: PosProduct, resolve: (l) => l.product as never }),
    variant: t.field({ type: PosVariant, nullable: true, resolve: (l) => l.variant as never }),
  }),
});

const Price = z.number().min(0, "must be 0 or more").max(1e9);

builder.queryFields((t) => ({
  posProducts: t.field({
    description: "Live products, a page at a time: search (name, SKU, barcode, variants' SKU/barcode), categoryId, isActive, "
      + "minPrice/maxPrice (major units), sort (name | price | createdAt, prefix - for descending; default name). "
      + "With storeId every item carries its `stock` in that store.",
    type: PosProductPage,
    authScopes: { role: can("product:read") },
    args: {
      ...pageArgs(t),
      categoryId: t.arg.id({ required: false }),
      isActive: t.arg.boolean({ required: false }),
      minPrice: t.arg.float({ required: false, validate: Price.nullish() }),
      maxPrice: t.arg.float({ required: false, validate: Price.nullish() }),
      storeId: t.arg.id({ required: false, description: "A store of the tenant (404 otherwise): items carry `stock` there." }),
      sort: t.arg.string({ required: false, defaultValue: "name", validate: ProductSort.nullish() }),
    },
    resolve: (_root, args, ctx, info) =>
      listProducts(ctx, { ...args, categoryId: args.categoryId && String(args.categoryId), storeId: args.storeId && String(args.storeId) } as ListArgs,
        queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posProduct: t.prismaField({
    description: "One live product with its category and live variants (`storeId`: with its stock there).",
    type: PosProduct,
    authScopes: { role: can("product:read") },
    args: { id: t.arg.id({ required: true }), storeId: t.arg.id({ required: false }) },
    resolve: (query, _root, { id, storeId }, ctx) => findProduct(ctx, String(id), query, storeId && String(storeId)),
  }),
  posProductByBarcode: t.field({
    description: "The live product or variant carrying a barcode (404 when none).",
    type: PosBarcodeLookup,
    authScopes: { role: can("product:read") },
    args: { barcode: t.arg.string({ required: true, validate: z.string().trim().min(1).max(64) }) },
    resolve: (_root, { barcode }, ctx, info) => lookupBarcode(ctx, barcode,
      queryFromInfo({ context: ctx, info, path: ["product"] }), queryFromInfo({ context: ctx, info, path: ["variant"] })),
  }),
}));
