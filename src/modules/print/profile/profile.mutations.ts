import { builder } from "../../../builder.ts";
import { ANY_PRINT_USER } from "../roles.ts";
import { PrintUser } from "../users/user.type.ts";
import { PrintAccountMessagePayload } from "../auth/auth.type.ts";
import { updateProfile } from "./profile.service.ts";
import { deleteAccount } from "./profile-delete.service.ts";

// Input fields are camelCase; REST maps the documented snake_case body keys (full_name → fullName) onto them.
export const UpdatePrintProfileInput = builder.inputType("UpdatePrintProfileInput", {
  description: "Only the fields present change. Shop fields are for shopkeepers.",
  fields: (t) => ({
    username: t.string(),
    fullName: t.string(),
    email: t.string(),
    phone: t.string({ description: "null or \"\" removes it." }),
    address: t.string(),
    shopName: t.string(),
    lat: t.float(),
    long: t.float(),
    password: t.string({ description: "A new password, at least 8 characters." }),
  }),
});

export const DeletePrintProfileInput = builder.inputType("DeletePrintProfileInput", {
  fields: (t) => ({ password: t.string({ required: true, description: "The current password, as confirmation." }) }),
});

builder.mutationFields((t) => ({
  updatePrintProfile: t.prismaField({
    description: "Update the calling account's profile.",
    type: PrintUser,
    authScopes: { role: ANY_PRINT_USER },
    args: { input: t.arg({ type: UpdatePrintProfileInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await updateProfile(ctx, input);
      return ctx.db.printUser.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deletePrintProfile: t.field({
    description: "Delete the calling account (not admins). REST also clears the session cookie.",
    type: PrintAccountMessagePayload,
    authScopes: { role: ANY_PRINT_USER },
    args: { input: t.arg({ type: DeletePrintProfileInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteAccount(ctx, input),
  }),
}));
