import { builder } from "../../../builder.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import { OPERATOR, operatorIdOf } from "../roles.ts";
import { PhotoPricingRule } from "./pricing-rule.type.ts";

builder.queryFields((t) => ({
  photoPricingRules: t.prismaField({
    description: "The calling operator's pricing rules (default and project overrides), newest first.",
    type: [PhotoPricingRule],
    authScopes: { role: OPERATOR },
    resolve: (query, _root, _args, ctx) => ctx.db.photoPricingRule.findMany({
      ...query,
      where: scoped("operatorId", operatorIdOf(ctx), {}),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  }),
}));
