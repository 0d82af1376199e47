import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";
import type { DataPage } from "../../../kernel/list/page.ts";
import { listQuery, type ListArgs } from "../../../kernel/list/where.ts";
import { idOf, missing } from "../shared/ids.ts";
import { percentOf, ZERO, type Decimal } from "../shared/money.ts";
import { clientLabel, consignmentLabel } from "./labels.ts";
import { controlListGrammar } from "./control-list.grammar.ts";

export type ControlRow = {
  consignor: { id: number; label: string }; customerNumber: string; email: string | null;
  consignments: { id: number; label: string; symbol: string; subSymbol: string }[];
  totalItems: number; soldItems: number; unsoldItems: number; availableItems: number; withdrawnItems: number;
  totalHammerPrice: Decimal; commissionAmount: Decimal; netDue: Decimal;
};

/** The sale ids the control list covers: filter.sale as one id or an IN list (required). */
async function saleIdsOf(ctx: Context, args: ListArgs): Promise<number[]> {
  const c = args.filter?.sale;
  if (c?.eq) {
    const id = idOf(String(c.eq), "Sale");
    if (!(await ctx.db.auctionSale.count({ where: { id } }))) throw missing("Sale", String(c.eq));
    return [id];
  }
  if (c?.in?.length) return c.in.map((raw) => idOf(raw, "Sale"));
  throw badRequest("The filter 'sale' is required", { title: "The field 'filter[sale]' is required", fields: [{ path: "filter[sale]", message: "This field is required" }] });
}

/**
 * Control List Consigner: one row per consignor with consignments in the sale(s), their items by status, hammer
 * total of the sold items, the house commission (each consignment's percentage of its hammer total) and what is
 * due to the consignor before VAT and charges (hammer − commission). A page costs four queries, whatever its size.
 */
export async function controlList(ctx: Context, args: ListArgs): Promise<DataPage<ControlRow>> {
  const saleIds = await saleIdsOf(ctx, args);
  const { where, orderBy, skip, take } = await listQuery(ctx.db, controlListGrammar, args);
  const [clients, count] = await Promise.all([
    ctx.db.auctionClient.findMany({ where, orderBy, skip, take, select: { id: true, firstName: true, lastName: true, customerNumber: true, email: true } }),
    ctx.db.auctionClient.count({ where }),
  ]);
  const consignments = await ctx.db.auctionConsignment.findMany({
    where: { ownerId: { in: clients.map((c) => c.id) }, saleId: { in: saleIds } },
    select: { id: true, ownerId: true, number: true, symbol: true, subSymbol: true, consignorCommission: true },
    orderBy: [{ symbol: "asc" }, { subSymbol: "asc" }, { id: "asc" }],
  });
  const groups = consignments.length ? await ctx.db.auctionItem.groupBy({
    by: ["consignmentId", "status"],
    where: { consignmentId: { in: consignments.map((c) => c.id) } },
    _count: { _all: true },
    _sum: { hammerPrice: true },
  }) : [];
  const data = clients.map((client): ControlRow => {
    const row: ControlRow = {
      consignor: { id: client.id, label: clientLabel(client) }, customerNumber: client.customerNumber, email: client.email,
      consignments: [], totalItems: 0, soldItems: 0, unsoldItems: 0, availableItems: 0, withdrawnItems: 0,
      totalHammerPrice: ZERO, commissionAmount: ZERO, netDue: ZERO,
    };
    for (const c of consignments.filter((c) => c.ownerId === client.id)) {
      row.consignments.push({ id: c.id, label: consignmentLabel(c.number), symbol: c.symbol, subSymbol: c.subSymbol });
      let hammer = ZERO;
      for (const g of groups.filter((g) => g.consignmentId === c.id)) {
        const n = g._count._all;
        if (g.status === "withdrawn") { row.withdrawnItems += n; continue; }
        row.totalItems += n;
        if (g.status === "sold") { row.soldItems += n; hammer = hammer.plus(g._sum.hammerPrice ?? ZERO); }
        else if (g.status === "available") row.availableItems += n;
        else row.unsoldItems += n;
      }
      row.totalHammerPrice = row.totalHammerPrice.plus(hammer);
      row.commissionAmount = row.commissionAmount.plus(percentOf(hammer, c.consignorCommission));
    }
    row.netDue = row.totalHammerPrice.minus(row.commissionAmount);
    return row;
  });
  return { data, count };
}
