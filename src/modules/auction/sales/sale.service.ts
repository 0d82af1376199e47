import type { Context } from "../../../kernel/context.ts";
import { conflict, DomainError, invalid } from "../../../kernel/errors.ts";
import { idOf, missing } from "../shared/ids.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { SaleStatus } from "./sale.type.ts";

export type SaleInput = {
  label?: string | null; saleDate?: Date | null; status?: SaleStatus | null; venue?: string | null; lotsLocked?: boolean | null;
  catalog?: string | null; premiumRate?: string | null; taxRate?: string | null;
};

const ORDER: SaleStatus[] = ["draft", "published", "closed"];

/** Sales only move forward, one step at a time: draft → published → closed; closed is final. */
export function checkTransition(from: SaleStatus, to: SaleStatus): void {
  if (from === to) return;
  if (from === "closed") throw new DomainError("UNPROCESSABLE", "A closed sale cannot change its status", { fields: [{ path: "status", message: "closed is final" }] });
  if (ORDER.indexOf(to) < ORDER.indexOf(from)) {
    throw new DomainError("UNPROCESSABLE", `A ${from} sale cannot go back to ${to}`, { fields: [{ path: "status", message: `cannot go back from ${from} to ${to}` }] });
  }
  if (ORDER.indexOf(to) - ORDER.indexOf(from) > 1) {
    throw new DomainError("UNPROCESSABLE", "A draft sale must be published before it is closed", { fields: [{ path: "status", message: "publish the sale first" }] });
  }
}

export async function findSale(ctx: Context, rawId: string, query: object = {}) {
  const sale = await ctx.db.auctionSale.findUnique({ ...query, where: { id: idOf(rawId, "Sale") } });
  if (!sale) throw missing("Sale", rawId);
  return sale;
}

/** Update Sale: only the given fields change; a status change is checked against the stored one atomically. */
export async function updateSale(ctx: Context, rawId: string, input: SaleInput) {
  const id = idOf(rawId, "Sale");
  for (const key of ["label", "saleDate", "status", "lotsLocked", "premiumRate", "taxRate"] as const) {
    if (input[key] === null) throw invalid("Validation failed", { fields: [{ path: key, message: "must not be null" }] });
  }
  const data: Prisma.AuctionSaleUncheckedUpdateInput = {};
  for (const key of ["label", "saleDate", "venue", "lotsLocked", "premiumRate", "taxRate"] as const) {
    if (input[key] !== undefined && input[key] !== null) (data as Record<string, unknown>)[key] = input[key];
  }
  if (input.catalog !== undefined) {
    // a body reference that names no catalog (unknown or not an id) is a 422 on the field, not a 404
    const raw = input.catalog?.trim() || null;
    const catalogId = raw === null ? null : /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
    data.catalogId = catalogId;
    if (catalogId !== null && (!catalogId || !(await ctx.db.auctionCatalog.count({ where: { id: catalogId } })))) {
      throw invalid("Unknown catalog", { fields: [{ path: "catalog", message: "This catalog does not exist" }] });
    }
  }
  const current = await ctx.db.auctionSale.findUnique({ where: { id }, select: { status: true } });
  if (!current) throw missing("Sale", rawId);
  if (input.status) {
    checkTransition(current.status, input.status);
    data.status = input.status;
  }
  if (Object.keys(data).length === 0) return;
  // the status read above must still hold when writing: two concurrent transitions cannot both pass the check
  const { count } = await ctx.db.auctionSale.updateMany({ where: { id, status: current.status }, data });
  if (count === 0) throw conflict("The sale changed meanwhile; reload it and try again");
}
