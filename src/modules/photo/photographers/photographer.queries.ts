import { builder } from "../../../builder.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import { OPERATOR, operatorIdOf } from "../roles.ts";
import { PhotoPhotographer } from "./photographer.type.ts";

builder.queryFields((t) => ({
  photoPhotographers: t.prismaField({
    description: "The calling operator's photographers, oldest first; `projects` loads in the same query plan (no N+1).",
    type: [PhotoPhotographer],
    authScopes: { role: OPERATOR },
    resolve: (query, _root, _args, ctx) => ctx.db.photoPhotographer.findMany({
      ...query,
      where: scoped("operatorId", operatorIdOf(ctx), {}),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  }),
}));
