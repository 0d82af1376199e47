import { builder } from "../../../builder.ts";
import { AuctionLabel } from "../shared/types.ts";
import { enumLabel } from "../shared/labels.ts";
import { addressLabel, nameLine, renderAddress } from "./address.format.ts";

type Fields = {
  country: string; administrativeArea: string; locality: string; postalCode: string; thoroughfare: string; premise: string;
  firstName: string; lastName: string;
};
const AuctionAddressFields = builder.objectRef<Fields>("AuctionAddressFields").implement({
  description: "The postal parts of an address (Drupal address field names).",
  fields: (t) => ({
    country: t.exposeString("country", { description: "ISO 3166-1 alpha-2 code." }),
    administrativeArea: t.exposeString("administrativeArea", { description: "State, province or region." }),
    locality: t.exposeString("locality", { description: "City." }),
    postalCode: t.exposeString("postalCode"),
    thoroughfare: t.exposeString("thoroughfare", { description: "Street and number." }),
    premise: t.exposeString("premise", { description: "Apartment, suite, floor." }),
    nameLine: t.string({ description: "First and last name.", resolve: nameLine }),
    firstName: t.exposeString("firstName"),
    lastName: t.exposeString("lastName"),
  }),
});

export const AuctionClientAddress = builder.prismaObject("AuctionClientAddress", {
  description: "A postal address of a client; each client with addresses has exactly one default address.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.string({ description: "\"Default address - US - 10001\".", resolve: addressLabel }),
    client: t.exposeID("clientId", { description: "The client's id." }),
    address: t.field({ type: AuctionAddressFields, resolve: (a) => a }),
    addressTypes: t.field({ type: [AuctionLabel], description: "billing and/or shipping.", resolve: (a) => a.types.map(enumLabel) }),
    defaultAddress: t.exposeBoolean("isDefault"),
    validated: t.exposeBoolean("validated", { description: "Checked by staff; reset when the postal parts change." }),
    rendered: t.string({ description: "The address as printed on labels, one part per line, with the country's name.", resolve: renderAddress }),
    created: t.expose("createdAt", { type: "DateTime" }),
    updated: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
