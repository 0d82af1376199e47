import { builder } from "../../../builder.ts";
import { ADMIN } from "../roles.ts";
import { assertAdminAccess } from "./admin-access.ts";
import { IdModel } from "./admin.validation.ts";
import { deleteUserAsAdmin } from "./admin-user.service.ts";

// field names follow the documented REST body ({ "user_id": 123 }), which is passed through as the input
const DeletePrintUserAsAdminInput = builder.inputType("DeletePrintUserAsAdminInput", {
  fields: (t) => ({ user_id: t.int({ required: true, validate: IdModel }) }),
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
      await deleteUserAsAdmin(ctx, input.user_id);
      return { message: "User deleted successfully" };
    },
  }),
}));
