import { builder } from "../../../builder.ts";

/** A client named by another answer: id, display name and uuid. */
export type ClientRef = { id: number; firstName: string; lastName: string; uuid: string };
export const clientRefSelect = { id: true, firstName: true, lastName: true, uuid: true } as const;

export const AuctionClientRef = builder.objectRef<ClientRef>("AuctionClientRef").implement({
  description: "A client as `{id, label, uuid}`.",
  fields: (t) => ({
    id: t.id({ resolve: (c) => String(c.id) }),
    label: t.string({ resolve: (c) => `${c.firstName} ${c.lastName}`.trim() }),
    uuid: t.exposeString("uuid"),
  }),
});

export type ClientStat = { totalOrders: number; totalSpent: unknown; totalItemsWon: number; averageOrderValue: unknown; lastPurchaseDate: string | null };
export const AuctionClientStat = builder.objectRef<ClientStat>("AuctionClientStat").implement({
  description: "A client's purchases as a buyer (bidder orders, canceled ones left out), overall or in one sale.",
  fields: (t) => ({
    totalOrders: t.exposeInt("totalOrders", { description: "Bidder orders (invoices) not canceled." }),
    totalSpent: t.field({ type: "Money", description: "Sum of those orders' grand totals.", resolve: (s) => s.totalSpent as string }),
    totalItemsWon: t.exposeInt("totalItemsWon", { description: "Items whose winner is the client." }),
    averageOrderValue: t.field({ type: "Money", description: "total_spent / total_orders (0.00 without orders).", resolve: (s) => s.averageOrderValue as string }),
    lastPurchaseDate: t.exposeString("lastPurchaseDate", { nullable: true, description: "Date (YYYY-MM-DD) of the latest such order." }),
  }),
});

export const AuctionClientStatFilter = builder.inputType("AuctionClientStatFilter", {
  description: "client-stat's filter[client] (required) and filter[sale].",
  fields: (t) => ({ client: t.id({ description: "The client (required)." }), sale: t.id({ description: "Only this sale." }) }),
});

export type EntityCounts = {
  orders: number; consignments: number; transactions: number; itemsWon: number; addresses: number; calls: number;
  bidderRegistrations: number; notes: number; tasks: number;
};
const AuctionClientEntityCounts = builder.objectRef<EntityCounts>("AuctionClientEntityCounts").implement({
  description: "How many records of each kind belong to a client.",
  fields: (t) => ({
    orders: t.exposeInt("orders"), consignments: t.exposeInt("consignments"), transactions: t.exposeInt("transactions"),
    itemsWon: t.exposeInt("itemsWon"), addresses: t.exposeInt("addresses"), calls: t.exposeInt("calls"),
    bidderRegistrations: t.exposeInt("bidderRegistrations"), notes: t.exposeInt("notes"), tasks: t.exposeInt("tasks"),
  }),
});

export type ConnectedEntities = { client: ClientRef; primary: ClientRef; connectedClients: ClientRef[]; counts: EntityCounts };
export const AuctionConnectedEntities = builder.objectRef<ConnectedEntities>("AuctionConnectedEntities").implement({
  description: "A client's connected records (client-connect group) and the entities that belong to it.",
  fields: (t) => ({
    client: t.field({ type: AuctionClientRef, resolve: (e) => e.client }),
    primary: t.field({ type: AuctionClientRef, description: "The group's primary record (the client itself when it is not connected to another).", resolve: (e) => e.primary }),
    isPrimary: t.boolean({ resolve: (e) => e.primary.id === e.client.id }),
    connectedClients: t.field({ type: [AuctionClientRef], description: "The other records of the group, primary included.", resolve: (e) => e.connectedClients }),
    counts: t.field({ type: AuctionClientEntityCounts, description: "The client's own records.", resolve: (e) => e.counts }),
  }),
});

export const AuctionClientConnection = builder.objectRef<{ primaryClient: number; connectedClients: number[] }>("AuctionClientConnection").implement({
  description: "A client-connect group after connecting.",
  fields: (t) => ({
    primaryClient: t.id({ resolve: (c) => String(c.primaryClient) }),
    connectedClients: t.idList({ description: "Every record now connected to the primary.", resolve: (c) => c.connectedClients.map(String) }),
  }),
});

export const AuctionClientMergeResult = builder.objectRef<{ mergedClientId: number; deletedClients: number[] }>("AuctionClientMergeResult").implement({
  description: "The outcome of a client merge.",
  fields: (t) => ({
    mergedClientId: t.id({ description: "The target client, which now holds the sources' records.", resolve: (r) => String(r.mergedClientId) }),
    mergedCount: t.int({ description: "How many source clients were merged.", resolve: (r) => r.deletedClients.length }),
    deletedClients: t.idList({
      description: "The source clients, now with status `deleted` (kept as rows so history that names them stays readable).",
      resolve: (r) => r.deletedClients.map(String),
    }),
  }),
});
