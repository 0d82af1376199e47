import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionClientAddress } from "./address.type.ts";
import { addressGrammar } from "./address.grammar.ts";
import { clientIdArg, findAddress } from "./address.service.ts";

const AuctionClientAddressPage = dataPageType("AuctionClientAddressPage", AuctionClientAddress, "A page of client addresses and how many match.");
const addressListArgs = listArgs(addressGrammar);

builder.queryFields((t) => ({
  auctionClientAddresses: t.field({
    description: "Client addresses (datatable), each with its formatted (`rendered`) form. `clientId` is the legacy `client_id` parameter, the same as filter.client.",
    type: AuctionClientAddressPage,
    authScopes: { role: STAFF },
    args: { ...addressListArgs(t), clientId: t.arg.id({ required: false, description: "Only this client's addresses." }) },
    resolve: (_root, args, ctx, info) => {
      const clientId = clientIdArg(args.clientId as string | null | undefined);
      return resolveDataPage({
        ctx, info, grammar: addressGrammar, args, model: ctx.db.auctionClientAddress, base: clientId ? { clientId } : {},
      });
    },
  }),
  auctionClientAddress: t.prismaField({
    description: "One client address.",
    type: AuctionClientAddress,
    authScopes: { role: STAFF },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findAddress(ctx, String(id), query),
  }),
}));
