import { z } from "zod";
import { builder } from "../../../builder.ts";
import { CLIENT_DESK } from "../roles.ts";
import { AuctionClient, AuctionClientStatus } from "./client.type.ts";
import { ClientEmail, ClientName, ClientPhone, SUBSCRIPTION_TYPES } from "./client.validation.ts";
import * as clients from "./client.service.ts";
// client-connect and client-merge register themselves
import "./client-relations.mutations.ts";

const CommissionStepInput = builder.inputType("AuctionCommissionStepInput", {
  fields: (t) => ({
    consignorCommission: t.field({ type: "Money", required: true }),
    stepFrom: t.field({ type: "Money", required: true }),
  }),
});

const fields = (t: any) => ({
  firstName: t.string({ validate: ClientName.nullish() }),
  lastName: t.string({ description: "Last name or company name.", validate: ClientName.nullish() }),
  email: t.string({ validate: ClientEmail.nullish() }),
  phone: t.string({ validate: ClientPhone.nullish() }),
  mobile: t.string({ validate: ClientPhone.nullish() }),
  taxId: t.string({ validate: z.string().trim().max(40).nullish() }),
  status: t.field({ type: AuctionClientStatus }),
  categories: t.idList({ description: "Category ids (replaces the list)." }),
  subscriptionType: t.string({ validate: z.enum(SUBSCRIPTION_TYPES, { message: `must be one of ${SUBSCRIPTION_TYPES.join(", ")}` }).nullish() }),
  defaultPaymentMethod: t.id({ description: "Payment type id." }),
  source: t.id({ description: "Client source id." }),
  consignorCommissions: t.field({ type: [CommissionStepInput], validate: z.array(z.any()).max(20).nullish() }),
});

const CreateAuctionClientInput = builder.inputType("CreateAuctionClientInput", { fields });
const UpdateAuctionClientInput = builder.inputType("UpdateAuctionClientInput", { fields });

builder.mutationFields((t) => ({
  createAuctionClient: t.prismaField({
    description: "Create a client (e-mail required); addresses are added through client addresses.",
    type: AuctionClient,
    authScopes: { role: CLIENT_DESK },
    args: { input: t.arg({ type: CreateAuctionClientInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await clients.createClient(ctx, input as clients.ClientInput);
      return clients.findClient(ctx, String(created.id), query);
    },
  }),
  updateAuctionClient: t.prismaField({
    description: "Update a client: only the given fields change (status, phone, categories, ...).",
    type: AuctionClient,
    authScopes: { role: CLIENT_DESK },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionClientInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await clients.updateClient(ctx, String(id), input as clients.ClientInput);
      return clients.findClient(ctx, String(id), query);
    },
  }),
}));
