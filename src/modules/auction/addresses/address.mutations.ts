import { builder } from "../../../builder.ts";
import { CLIENT_DESK } from "../roles.ts";
import { AuctionDeleted } from "../shared/types.ts";
import { AuctionClientAddress } from "./address.type.ts";
import { AddressPart, AddressTypes, CountryCode, PostalCode } from "./address.validation.ts";
import * as addresses from "./address.service.ts";

/** The postal parts (REST bodies name them in snake_case: `administrative_area`, `postal_code`, ...). */
const AuctionAddressPartsInput = builder.inputType("AuctionAddressPartsInput", {
  fields: (t) => ({
    country: t.string({ description: "ISO 3166-1 alpha-2 code (required on create).", validate: CountryCode }),
    administrativeArea: t.string({ description: "State, province or region.", validate: AddressPart }),
    locality: t.string({ description: "City.", validate: AddressPart }),
    postalCode: t.string({ validate: PostalCode }),
    thoroughfare: t.string({ description: "Street and number.", validate: AddressPart }),
    premise: t.string({ description: "Apartment, suite, floor.", validate: AddressPart }),
    firstName: t.string({ validate: AddressPart }),
    lastName: t.string({ validate: AddressPart }),
    nameLine: t.string({ description: "Full name; used for first/last name when those are not given.", validate: AddressPart }),
  }),
});

const fields = (t: any, create: boolean) => ({
  ...(create ? { client: t.id({ description: "The client the address belongs to (required)." }) } : {}),
  address: t.field({ type: AuctionAddressPartsInput, description: create ? "The postal parts." : "Only the given parts change." }),
  addressTypes: t.stringList({ description: "billing and/or shipping (replaces the list).", validate: AddressTypes }),
  defaultAddress: t.field({ type: "Flag", description: "Make this the client's default address (the previous default stops being one)." }),
  validated: t.field({ type: "Flag", description: "Checked by staff." }),
});
const CreateInput = builder.inputType("CreateAuctionClientAddressInput", { fields: (t) => fields(t, true) });
const UpdateInput = builder.inputType("UpdateAuctionClientAddressInput", { fields: (t) => fields(t, false) });

builder.mutationFields((t) => ({
  createAuctionClientAddress: t.prismaField({
    description: "Add an address to a client; a client's first address is its default.",
    type: AuctionClientAddress,
    authScopes: { role: CLIENT_DESK },
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await addresses.createAddress(ctx, input as addresses.AddressInput);
      return addresses.findAddress(ctx, String(created.id), query);
    },
  }),
  updateAuctionClientAddress: t.prismaField({
    description: "Change an address: the given postal parts, types, or make it the default.",
    type: AuctionClientAddress,
    authScopes: { role: CLIENT_DESK },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await addresses.updateAddress(ctx, String(id), input as addresses.AddressInput);
      return addresses.findAddress(ctx, String(id), query);
    },
  }),
  deleteAuctionClientAddress: t.field({
    description: "Delete an address; the default moves to the client's oldest other address. A client's only address cannot be deleted.",
    type: AuctionDeleted,
    authScopes: { role: CLIENT_DESK },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => addresses.deleteAddress(ctx, String(id)),
  }),
}));
