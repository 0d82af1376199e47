import { builder } from "../../../builder.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import { OPERATOR, operatorIdOf } from "../roles.ts";
import { PhotoPromoCode } from "./promo-code.type.ts";

builder.queryFields((t) => ({
  photoPromoCodes: t.prismaField({
    description: "The calling operator's promo codes, newest first.",
    type: [PhotoPromoCode],
    authScopes: { role: OPERATOR },
    resolve: (query, _root, _args, ctx) => ctx.db.photoPromoCode.findMany({
      ...query,
      where: scoped("operatorId", operatorIdOf(ctx), {}),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  }),
}));
