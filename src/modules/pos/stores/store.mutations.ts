import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { PosStore } from "./store.type.ts";
import { StoreAddress, StoreCode, StoreName, StorePhone } from "./store.validation.ts";
import { createStore, deleteStore, findStore, updateStore, type StoreInput } from "./store.service.ts";

const CreatePosStoreInput = builder.inputType("CreatePosStoreInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: StoreName }),
    code: t.string({ required: true, description: "Unique per tenant; stored upper-case.", validate: StoreCode }),
    address: t.string({ validate: StoreAddress.nullish() }),
    phone: t.string({ validate: StorePhone.nullish() }),
    isActive: t.boolean({ description: "Default true." }),
  }),
});

const UpdatePosStoreInput = builder.inputType("UpdatePosStoreInput", {
  fields: (t) => ({
    name: t.string({ validate: StoreName.nullish() }),
    code: t.string({ description: "Unique per tenant; stored upper-case.", validate: StoreCode.nullish() }),
    address: t.string({ description: "null or \"\" clears it.", validate: StoreAddress.nullish() }),
    phone: t.string({ description: "null or \"\" clears it.", validate: StorePhone.nullish() }),
    isActive: t.boolean(),
  }),
});

builder.mutationFields((t) => ({
  createPosStore: t.prismaField({
    description: "Create a store (code unique per tenant: 409).",
    type: PosStore,
    authScopes: { role: can("store:manage") },
    args: { input: t.arg({ type: CreatePosStoreInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const store = await createStore(ctx, input as StoreInput & { name: string; code: string });
      return findStore(ctx, store.id, query);
    },
  }),
  updatePosStore: t.prismaField({
    description: "Update a store: only the given fields change (code unique per tenant: 409).",
    type: PosStore,
    authScopes: { role: can("store:manage") },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePosStoreInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateStore(ctx, String(id), input as StoreInput);
      return findStore(ctx, String(id), query);
    },
  }),
  deletePosStore: t.prismaField({
    description: "Soft-delete a store. 422 when it is the tenant's last store, holds stock on hand or has pending/in-transit transfers.",
    type: PosStore,
    authScopes: { role: can("store:manage") },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const deleted = await deleteStore(ctx, String(id));
      return ctx.db.posStore.findUniqueOrThrow({ ...query, where: { id: deleted.id } });
    },
  }),
}));
