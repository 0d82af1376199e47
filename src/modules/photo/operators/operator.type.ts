import { builder } from "../../../builder.ts";

export const PhotoOperator = builder.prismaObject("PhotoOperator", {
  description: "An operator account: owns photographers, projects, pricing and discounts. The password hash is never exposed.",
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    name: t.exposeString("name"),
    email: t.exposeString("email"),
    address: t.exposeString("address", { nullable: true }),
    billingAddress: t.exposeString("billingAddress", { nullable: true }),
    currency: t.exposeString("currency", { description: "ISO 4217 code, e.g. EUR." }),
    locale: t.exposeString("locale", { description: "BCP 47 tag, e.g. en or en-US." }),
    timezone: t.exposeString("timezone", { nullable: true, description: "IANA time zone, e.g. Europe/Berlin." }),
    profilePictureUrl: t.exposeString("profilePictureUrl", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
