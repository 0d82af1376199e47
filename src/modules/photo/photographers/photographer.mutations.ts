import { builder } from "../../../builder.ts";
import { requiredOnUpdate } from "../../../kernel/validation.ts";
import { OPERATOR } from "../roles.ts";
import { PhotoPhotographer } from "./photographer.type.ts";
import { EmailModel, NameModel } from "../validation.ts";
import * as photographers from "./photographer.service.ts";

export const UpdatePhotoPhotographerInput = builder.inputType("UpdatePhotoPhotographerInput", {
  validate: requiredOnUpdate("name", "email"),
  description: "Only the fields present change.",
  fields: (t) => ({
    name: t.string({ validate: NameModel.optional() }),
    email: t.string({ description: "Must be free among all operators and photographers.", validate: EmailModel.optional() }),
  }),
});

builder.mutationFields((t) => ({
  updatePhotoPhotographer: t.prismaField({
    description: "Rename a photographer or change its login e-mail.",
    type: PhotoPhotographer,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), input: t.arg({ type: UpdatePhotoPhotographerInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await photographers.updatePhotographer(ctx, id, { name: input.name ?? undefined, email: input.email ?? undefined });
      return ctx.db.photoPhotographer.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deletePhotoPhotographer: t.field({
    description: "Delete a photographer that is assigned to no project. Returns the deleted id.",
    type: "UUID",
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }) },
    resolve: async (_root, { id }, ctx) => { await photographers.deletePhotographer(ctx, id); return id; },
  }),
}));
