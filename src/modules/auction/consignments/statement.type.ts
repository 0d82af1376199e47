import { builder } from "../../../builder.ts";
import type { DataPage } from "../../../kernel/list/page.ts";
import { AuctionLabel } from "../shared/types.ts";
import { clientLabel } from "./labels.ts";
import { receivedFromBuyers, statementConsignments } from "./statement-figures.ts";

const OWNER = { select: { owner: { select: { firstName: true, lastName: true, email: true, customerNumber: true } } } } as const;

/** A consignment statement: a consignor order (what the house owes a consignor for a sale) with its consignment. */
export const AuctionConsignmentStatement = builder.prismaObject("AuctionOrder", {
  variant: "AuctionConsignmentStatement",
  description: "A consignor statement (consignor order) of a sale, with what buyers paid for its items.",
  fields: (t) => ({
    id: t.exposeID("id"),
    consignmentId: t.id({
      nullable: true, description: "The consignor's consignment in the statement's sale.",
      resolve: async (o, _a, ctx) => {
        if (!o.saleId) return null;
        const id = await statementConsignments(ctx).load(`${o.ownerId}:${o.saleId}`);
        return id === null ? null : String(id);
      },
    }),
    customerNumber: t.string({ ...OWNER, resolve: (o) => o.owner.customerNumber }),
    consignorLabel: t.string({ ...OWNER, resolve: (o) => clientLabel(o.owner) }),
    ownerEmail: t.string({ nullable: true, ...OWNER, resolve: (o) => o.owner.email }),
    orderId: t.id({ description: "The statement (order) number.", resolve: (o) => String(o.orderNumber) }),
    sale: t.field({ type: AuctionLabel, nullable: true, select: { sale: { select: { id: true, label: true } } }, resolve: (o) => o.sale }),
    status: t.string({ description: "new, in_process, finished, locked or canceled.", resolve: (o) => o.status }),
    total: t.expose("grandTotal", { type: "Money", description: "What the house owes the consignor (hammer less commission, VAT and charges)." }),
    actuallyPaid: t.expose("paymentReceived", { type: "Money", description: "What the house has paid out on the statement." }),
    receivedFromBuyers: t.field({
      type: "Money",
      description: "Hammer prices of the statement's items whose bidder invoice is paid in full (amount due ≤ 0, not canceled).",
      resolve: (o, _a, ctx) => receivedFromBuyers(ctx).load(o.id),
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export type StatementPage = DataPage & { recordsTotal: number };
export const AuctionConsignmentStatementPage = builder.objectRef<StatementPage>("AuctionConsignmentStatementPage").implement({
  description: "A page of consignment statements, with the DataTables counters.",
  fields: (t) => ({
    data: t.field({ type: [AuctionConsignmentStatement], resolve: (p) => p.data as never }),
    count: t.exposeInt("count", { description: "Statements matching the filters, over all pages." }),
    recordsTotal: t.exposeInt("recordsTotal", { description: "All consignment statements, unfiltered." }),
    recordsFiltered: t.int({ description: "Same as count.", resolve: (p) => p.count }),
  }),
});
