import { z } from "zod";
import { builder } from "../../../builder.ts";
import { STAFF } from "../roles.ts";
import { AuctionStaff, AuctionStaffStatus } from "./staff.type.ts";
import { StaffEmail, StaffName, StaffPassword, StaffRoles, StaffUsername } from "./staff.validation.ts";
import { findStaff, updateStaff, type StaffInput } from "./staff.service.ts";

const UpdateAuctionStaffInput = builder.inputType("UpdateAuctionStaffInput", {
  description: "Only the given fields change. `roles` and `status` are for administrators; `currentPassword` is needed to change your own password.",
  fields: (t) => ({
    name: t.string({ validate: StaffName.nullish() }),
    email: t.string({ validate: StaffEmail.nullish() }),
    username: t.string({ validate: StaffUsername.nullish() }),
    roles: t.stringList({ description: "Replaces the roles (administrators only).", validate: StaffRoles.nullish() }),
    status: t.field({ type: AuctionStaffStatus, description: "active or blocked (administrators only)." }),
    password: t.string({ description: "A new password, at least 8 characters.", validate: StaffPassword.nullish() }),
    currentPassword: t.string({ description: "Your current password, when changing your own.", validate: z.string().max(200).nullish() }),
  }),
});

builder.mutationFields((t) => ({
  updateAuctionStaff: t.prismaField({
    description: "Update a staff member (administrators: anyone and anything; members: their own name, e-mail, username and password).",
    type: AuctionStaff,
    // members may edit themselves: the service decides what each caller may change
    authScopes: { role: STAFF },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionStaffInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateStaff(ctx, String(id), input as StaffInput);
      return findStaff(ctx, String(id), query);
    },
  }),
}));
