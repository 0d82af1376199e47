import { builder } from "../../../builder.ts";

export const PhotoPricingRule = builder.prismaObject("PhotoPricingRule", {
  description: "A price per photo in cents: the operator default (no project) or a project override, optionally time-boxed.",
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    projectId: t.expose("projectId", { type: "UUID", nullable: true, description: "Null for the operator default." }),
    project: t.relation("project", { nullable: true }),
    pricePerPhotoCents: t.exposeInt("pricePerPhotoCents"),
    compareAtPriceCents: t.exposeInt("compareAtPriceCents", { nullable: true, description: "Shown struck through; not below the price." }),
    validFrom: t.expose("validFrom", { type: "DateTime", nullable: true }),
    validUntil: t.expose("validUntil", { type: "DateTime", nullable: true }),
    isActive: t.exposeBoolean("isActive"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
