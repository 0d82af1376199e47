import { z } from "zod";
import { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { builder } from "../../../builder.ts";
import { invalid, notFound } from "../../../kernel/errors.ts";
import { live, uuidOf } from "../shared/tenancy.ts";

const DAY = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** `2024-05-01` or an ISO date-time (`2024-05-01T08:00:00Z`); times without an offset are UTC. */
export const IsoBoundModel = z.string().trim().refine(
  (s) => (DATE_ONLY.test(s) || DATE_TIME.test(s)) && !Number.isNaN(parse(s).getTime()),
  { message: "must be an ISO date (YYYY-MM-DD) or date-time" },
);

function parse(s: string): Date {
  if (DATE_ONLY.test(s)) return new Date(`${s}T00:00:00.000Z`);
  return new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s}Z`);
}

export const PosReportGroupBy = builder.enumType("PosReportGroupBy", {
  description: "Bucket of a time series: UTC calendar days, ISO weeks (starting Monday) or calendar months.",
  values: ["day", "week", "month"] as const,
});
export type GroupBy = "day" | "week" | "month";

/**
 * A report's period, half-open [from, end): `from` a date means its start (00:00 UTC), `to` a date means the whole
 * day (up to 24:00 UTC), a date-time is taken as given (inclusive). Default: the last 30 days up to now.
 */
export type Period = { from: Date; end: Date };

export function periodOf(args: { from?: string | null; to?: string | null }, now = new Date()): Period {
  const end = args.to ? (DATE_ONLY.test(args.to.trim()) ? new Date(parse(args.to.trim()).getTime() + DAY) : new Date(parse(args.to.trim()).getTime() + 1)) : new Date(now.getTime() + 1);
  const from = args.from ? parse(args.from.trim()) : new Date(end.getTime() - 1 - 30 * DAY);
  if (from.getTime() >= end.getTime()) {
    throw invalid("Validation failed", { fields: [{ path: "from", message: "must not be after to" }] });
  }
  if (end.getTime() - from.getTime() > 3_660 * DAY) {
    throw invalid("Validation failed", { fields: [{ path: "to", message: "the period may span at most 10 years" }] });
  }
  return { from, end };
}

/** The period as the response shows it: inclusive bounds. */
export const periodView = (p: Period) => ({ from: p.from, to: new Date(p.end.getTime() - 1) });

/** Prisma filter of a timestamp column within the period. */
export const within = (p: Period) => ({ gte: p.from, lt: p.end });

/** Text timestamps for raw SQL against `timestamp(3)` (UTC) columns: `${ts(d)}::timestamp`. */
export const ts = (d: Date) => d.toISOString().replace("Z", "");

/** A store of the caller's tenant named by a query arg (404 for an unknown or other tenant's store). */
export async function storeFilter(ctx: Context, tenantId: string, storeId: string | null | undefined): Promise<string | null> {
  if (storeId === null || storeId === undefined || storeId === "") return null;
  const id = uuidOf(storeId, "Store");
  const store = await ctx.db.posStore.findFirst({ where: live(tenantId, { id }), select: { id: true } });
  if (!store) throw notFound("Store");
  return id;
}

/** `AND <col> = store` or nothing. */
export const andStore = (column: Prisma.Sql, storeId: string | null) =>
  storeId ? Prisma.sql`AND ${column} = ${storeId}::uuid` : Prisma.empty;

/** Report args shared by the period reports. */
export const periodArgs = (t: any) => ({
  from: t.arg.string({ required: false, description: "Start: ISO date (from its 00:00 UTC) or date-time. Default: 30 days before `to`.", validate: IsoBoundModel.nullish() }),
  to: t.arg.string({ required: false, description: "End: ISO date (through its 24:00 UTC) or date-time (inclusive). Default: now.", validate: IsoBoundModel.nullish() }),
  storeId: t.arg.string({ required: false, description: "One store of the tenant (404 when unknown); all stores by default." }),
});

/** Postgres bigint sums arrive as BigInt (or null): integer cents as numbers. */
export const int = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** Half-up integer division of cents (average basket). */
export const divRound = (a: number, b: number): number => (b === 0 ? 0 : Math.sign(a) * Math.floor((2 * Math.abs(a) + b) / (2 * b)));
