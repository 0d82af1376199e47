import { z } from "zod";
import { builder } from "../../../builder.ts";
import { OPERATOR, operatorIdOf } from "../roles.ts";
import { EmailModel, NameModel, PasswordModel, TimezoneModel } from "../validation.ts";
import { PhotoPhotographer } from "../photographers/photographer.type.ts";
import * as auth from "./auth.service.ts";


export const PhotoAuthPayload = builder.objectRef<{ token: string }>("PhotoAuthPayload").implement({
  description: "A signed JWT (audience `backoffice`) carrying the account's role.",
  fields: (t) => ({ token: t.exposeString("token") }),
});

export const RegisterPhotoOperatorInput = builder.inputType("RegisterPhotoOperatorInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: NameModel }),
    email: t.string({ required: true, validate: EmailModel }),
    password: t.string({ required: true, validate: PasswordModel }),
    timezone: t.string({ validate: TimezoneModel.nullish() }),
  }),
});

export const LoginPhotoInput = builder.inputType("LoginPhotoInput", {
  fields: (t) => ({
    email: t.string({ required: true, validate: EmailModel }),
    password: t.string({ required: true, validate: z.string().min(1).max(200) }),
  }),
});

export const RegisterPhotoPhotographerInput = builder.inputType("RegisterPhotoPhotographerInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: NameModel }),
    email: t.string({ required: true, validate: EmailModel }),
    password: t.string({ required: true, validate: PasswordModel }),
  }),
});

builder.mutationFields((t) => ({
  registerPhotoOperator: t.field({
    description: "Register a new operator account and return its token.",
    type: PhotoAuthPayload,
    args: { input: t.arg({ type: RegisterPhotoOperatorInput, required: true }) },
    resolve: (_root, { input }, ctx) => auth.registerOperator(ctx, input),
  }),
  loginPhoto: t.field({
    description: "Log in as an operator or a photographer.",
    type: PhotoAuthPayload,
    args: { input: t.arg({ type: LoginPhotoInput, required: true }) },
    resolve: (_root, { input }, ctx) => auth.login(ctx, input),
  }),
  registerPhotoPhotographer: t.prismaField({
    description: "Register a photographer under the calling operator.",
    type: PhotoPhotographer,
    authScopes: { role: OPERATOR },
    args: { input: t.arg({ type: RegisterPhotoPhotographerInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await auth.registerPhotographer(ctx, operatorIdOf(ctx), input);
      return ctx.db.photoPhotographer.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
