import { builder } from "../../../builder.ts";
import { notFound } from "../../../kernel/errors.ts";
import { OPERATOR, operatorIdOf } from "../roles.ts";
import { PhotoOperator } from "./operator.type.ts";

builder.queryFields((t) => ({
  photoCurrentOperator: t.prismaField({
    description: "The calling operator's profile.",
    type: PhotoOperator,
    authScopes: { role: OPERATOR },
    resolve: async (query, _root, _args, ctx) => {
      const operator = await ctx.db.photoOperator.findUnique({ ...query, where: { id: operatorIdOf(ctx) } });
      if (!operator) throw notFound("Operator"); // a token outliving its (deleted) account
      return operator;
    },
  }),
}));
