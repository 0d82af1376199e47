import { builder } from "../../../builder.ts";

export const PhotoPromoCode = builder.prismaObject("PhotoPromoCode", {
  description: "A code buyers enter to get a discount, optionally limited in uses and time.",
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    code: t.exposeString("code", { description: "Upper-case; unique per operator." }),
    discountId: t.expose("discountId", { type: "UUID" }),
    discount: t.relation("discount"),
    maxUses: t.exposeInt("maxUses", { nullable: true, description: "Total uses allowed; null for unlimited." }),
    maxUsesPerUser: t.exposeInt("maxUsesPerUser", { nullable: true, description: "Uses allowed per buyer; null for unlimited." }),
    // counted in the list query itself (one _count subselect), so a list of codes costs no extra queries
    usesCount: t.relationCount("purchases", {
      description: "Purchases that used the code (failed payments excluded).",
      where: { status: { not: "failed" } },
    }),
    validFrom: t.expose("validFrom", { type: "DateTime", nullable: true }),
    validUntil: t.expose("validUntil", { type: "DateTime", nullable: true }),
    isActive: t.exposeBoolean("isActive"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
