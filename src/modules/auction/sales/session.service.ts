import type { Context } from "../../../kernel/context.ts";
import { conflict, invalid } from "../../../kernel/errors.ts";
import { idOf, missing } from "../shared/ids.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;
export type SessionInput = {
  sale?: string | null; sessionDate?: Date | null; sessionNumber?: number | null; auctioneer?: string | null;
  itemRangeStart?: string | null; itemRangeEnd?: string | null;
};

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
const refused = (field: string, message: string) => invalid(message, { fields: [{ path: field, message }] });

/** The auctioneer must be an active staff member (422 on the field otherwise). */
async function auctioneerId(tx: Tx, raw: string | null | undefined): Promise<number | null | undefined> {
  if (raw === undefined) return undefined;
  const id = raw === null || String(raw).trim() === "" ? null : Number(String(raw).trim());
  if (id === null) return null;
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) throw refused("auctioneer", "This staff member does not exist");
  const staff = await tx.auctionStaff.findUnique({ where: { id }, select: { status: true } });
  if (!staff) throw refused("auctioneer", "This staff member does not exist");
  if (staff.status !== "active") throw refused("auctioneer", "This staff member is blocked");
  return id;
}

/** A numeric lot range must not run backwards (lots like "12A" are taken as they are). */
function checkRange(start: string, end: string) {
  if (/^\d+$/.test(start) && /^\d+$/.test(end) && Number(start) > Number(end)) {
    throw refused("itemRangeEnd", "The range must not end before it starts");
  }
}

function fields(input: SessionInput) {
  const data: Record<string, unknown> = {};
  for (const key of ["sessionDate", "sessionNumber", "itemRangeStart", "itemRangeEnd"] as const) {
    if (input[key] !== undefined && input[key] !== null) data[key] = input[key];
  }
  return data;
}

/**
 * Create/Update Sale Session: a session is identified by (sale, session_number); when that session exists the given
 * fields update it, otherwise a new one is created (then session_date is required).
 */
export async function saveSession(ctx: Context, input: SessionInput): Promise<number> {
  if (input.sale === undefined || input.sale === null || input.sale === "") throw required("sale");
  if (input.sessionNumber === undefined || input.sessionNumber === null) throw required("session_number");
  if (input.sessionDate === null) throw required("session_date");
  let saleId: number;
  try { saleId = idOf(input.sale, "Sale"); } catch { throw refused("sale", "This sale does not exist"); }
  return ctx.db.$transaction(async (tx) => {
    if (!(await tx.auctionSale.count({ where: { id: saleId } }))) throw refused("sale", "This sale does not exist");
    const auctioneer = await auctioneerId(tx, input.auctioneer);
    const data = { ...fields(input), ...(auctioneer !== undefined ? { auctioneerId: auctioneer } : {}) };
    const existing = await tx.auctionSaleSession.findUnique({ where: { saleId_sessionNumber: { saleId, sessionNumber: input.sessionNumber! } } });
    if (existing) {
      checkRange(input.itemRangeStart ?? existing.itemRangeStart, input.itemRangeEnd ?? existing.itemRangeEnd);
      await tx.auctionSaleSession.update({ where: { id: existing.id }, data });
      return existing.id;
    }
    if (!input.sessionDate) throw required("session_date");
    checkRange(input.itemRangeStart ?? "", input.itemRangeEnd ?? "");
    const created = await tx.auctionSaleSession.create({ data: { ...data, saleId } as Prisma.AuctionSaleSessionUncheckedCreateInput });
    return created.id;
  });
}

/** PATCH a session: only the given fields change; a session number already used in the sale is a 409. */
export async function updateSession(ctx: Context, rawId: string, input: SessionInput): Promise<void> {
  const id = idOf(rawId, "Session");
  for (const key of ["sessionDate", "sessionNumber"] as const) {
    if (input[key] === null) throw invalid("Validation failed", { fields: [{ path: key, message: "must not be null" }] });
  }
  await ctx.db.$transaction(async (tx) => {
    const session = await tx.auctionSaleSession.findUnique({ where: { id } });
    if (!session) throw missing("Session", rawId);
    if (input.sessionNumber !== undefined && input.sessionNumber !== session.sessionNumber) {
      const taken = await tx.auctionSaleSession.count({ where: { saleId: session.saleId, sessionNumber: input.sessionNumber! } });
      if (taken) throw conflict(`Session number ${input.sessionNumber} already exists in this sale`, { fields: [{ path: "sessionNumber", message: "already used in this sale" }] });
    }
    const auctioneer = await auctioneerId(tx, input.auctioneer);
    checkRange(input.itemRangeStart ?? session.itemRangeStart, input.itemRangeEnd ?? session.itemRangeEnd);
    await tx.auctionSaleSession.update({
      where: { id },
      data: { ...fields(input), ...(auctioneer !== undefined ? { auctioneerId: auctioneer } : {}) },
    });
  });
}

export async function findSession(ctx: Context, id: number, query: object = {}) {
  const session = await ctx.db.auctionSaleSession.findUnique({ ...query, where: { id } });
  if (!session) throw missing("Session", id);
  return session;
}

