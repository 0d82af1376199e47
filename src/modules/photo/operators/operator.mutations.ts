import { builder } from "../../../builder.ts";
import { requiredOnUpdate } from "../../../kernel/validation.ts";
import { OPERATOR } from "../roles.ts";
import { PhotoOperator } from "./operator.type.ts";
import { AddressModel, CurrencyModel, LocaleModel, NameModel, ProfilePictureUrlModel, TimezoneModel } from "./operator.validation.ts";
import * as operators from "./operator.service.ts";

export const UpdatePhotoCurrentOperatorInput = builder.inputType("UpdatePhotoCurrentOperatorInput", {
  validate: requiredOnUpdate("name", "currency", "locale"),
  description: "Only the fields present change; null clears an optional field. E-mail and password are not changed here.",
  fields: (t) => ({
    name: t.string({ validate: NameModel.optional() }),
    address: t.string({ validate: AddressModel.nullish() }),
    billingAddress: t.string({ validate: AddressModel.nullish() }),
    currency: t.string({ description: "ISO 4217, e.g. EUR.", validate: CurrencyModel.optional() }),
    locale: t.string({ description: "BCP 47, e.g. en or en-US.", validate: LocaleModel.optional() }),
    timezone: t.string({ description: "IANA, e.g. Europe/Berlin.", validate: TimezoneModel.nullish() }),
    profilePictureUrl: t.string({ description: "An http(s) URL.", validate: ProfilePictureUrlModel.nullish() }),
  }),
});

builder.mutationFields((t) => ({
  updatePhotoCurrentOperator: t.prismaField({
    description: "Update the calling operator's profile fields.",
    type: PhotoOperator,
    authScopes: { role: OPERATOR },
    args: { input: t.arg({ type: UpdatePhotoCurrentOperatorInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await operators.updateProfile(ctx, {
        ...input, name: input.name ?? undefined, currency: input.currency ?? undefined, locale: input.locale ?? undefined,
      });
      return ctx.db.photoOperator.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
