import { builder } from "../../../builder.ts";
import { ADMIN } from "../roles.ts";
import { assertAdminAccess } from "./admin-access.ts";
import { IdModel } from "./admin.validation.ts";
import { deleteUserAsAdmin } from "./admin-user.service.ts";

// REST maps the documented body ({ "user_id": 123 }) onto userId
const DeletePrintUserAsAdminInput = builder.inputType("DeletePrintUserAsAdminInput", {
  fields: (t) => ({ userId: t.int({ required: true, validate: IdModel }) }),
});

const PrintAdminDeleteUserPayload = builder.objectRef<{ message: string }>("PrintAdminDeleteUserPayload").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});

builder.mutationFields((t) => ({
  deletePrintUserAsAdmin: t.field({
    description: "Delete a customer or shopkeeper account (not an admin, not oneself) with the same cascade as DELETE /profile.",
    type: PrintAdminDeleteUserPayload,
    authScopes: { role: ADMIN },
    args: { input: t.arg({ type: DeletePrintUserAsAdminInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      assertAdminAccess(ctx);
      await deleteUserAsAdmin(ctx, input.userId);
      return { message: "User deleted successfully" };
    },
  }),
}));
