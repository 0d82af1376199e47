import { builder } from "../../../builder.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import { OPERATOR, operatorIdOf } from "../roles.ts";
import { PhotoDiscount } from "./discount.type.ts";
import { projectDiscountsWhere } from "./discount.service.ts";

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

builder.queryFields((t) => ({
  photoDiscounts: t.prismaField({
    description: "The calling operator's discounts, newest first.",
    type: [PhotoDiscount],
    authScopes: { role: OPERATOR },
    resolve: (query, _root, _args, ctx) => ctx.db.photoDiscount.findMany({
      ...query,
      where: scoped("operatorId", operatorIdOf(ctx), {}),
      orderBy: newestFirst,
    }),
  }),
  photoProjectDiscounts: t.prismaField({
    description: "Discounts linked to one of the calling operator's projects, newest first.",
    type: [PhotoDiscount],
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true, description: "The project's id." }) },
    resolve: async (query, _root, { id }, ctx) => ctx.db.photoDiscount.findMany({
      ...query,
      where: await projectDiscountsWhere(ctx, id),
      orderBy: newestFirst,
    }),
  }),
}));
