import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { PosSupplier } from "./supplier.type.ts";
import { SupplierAddress, SupplierContactName, SupplierEmail, SupplierName, SupplierPhone } from "./supplier.validation.ts";
import * as suppliers from "./supplier.service.ts";

const CreatePosSupplierInput = builder.inputType("CreatePosSupplierInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "Unique among live suppliers (case-insensitive).", validate: SupplierName }),
    contactName: t.string({ validate: SupplierContactName.nullish() }),
    email: t.string({ validate: SupplierEmail.nullish() }),
    phone: t.string({ validate: SupplierPhone.nullish() }),
    address: t.string({ validate: SupplierAddress.nullish() }),
  }),
});
const UpdatePosSupplierInput = builder.inputType("UpdatePosSupplierInput", {
  fields: (t) => ({
    name: t.string({ validate: SupplierName.optional() }),
    contactName: t.string({ validate: SupplierContactName.nullish() }),
    email: t.string({ validate: SupplierEmail.nullish() }),
    phone: t.string({ validate: SupplierPhone.nullish() }),
    address: t.string({ validate: SupplierAddress.nullish() }),
  }),
});

const write = { role: can("supplier:write") };

builder.mutationFields((t) => ({
  createPosSupplier: t.prismaField({
    description: "Create a supplier (409 when a live supplier has the name).",
    type: PosSupplier,
    authScopes: write,
    args: { input: t.arg({ type: CreatePosSupplierInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await suppliers.createSupplier(ctx, input);
      return suppliers.findSupplier(ctx, created.id, query);
    },
  }),
  updatePosSupplier: t.prismaField({
    description: "Update a supplier: only the given fields change.",
    type: PosSupplier,
    authScopes: write,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePosSupplierInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await suppliers.updateSupplier(ctx, String(id), input);
      return suppliers.findSupplier(ctx, String(id), query);
    },
  }),
  deletePosSupplier: t.field({
    description: "Soft-delete a supplier; refused (422) with open purchase orders or a balance ≠ 0. Returns the deleted supplier.",
    type: PosSupplier,
    authScopes: write,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => suppliers.deleteSupplier(ctx, String(id)),
  }),
}));
