import { builder } from "../../../builder.ts";
import { can, ROLES } from "../permissions.ts";
import { forbidden } from "../../../kernel/errors.ts";
import { PosCustomer, PosCustomerGroup, PosLoyaltyAdjustment } from "./customer.type.ts";
import {
  CreditLimit, CustomerAddress, CustomerEmail, CustomerName, CustomerPhone, DiscountPercent, GroupName, LoyaltyPointsDelta, LoyaltyReason,
} from "./customer.validation.ts";
import * as groups from "./customer-group.service.ts";
import * as customers from "./customer.service.ts";
import { adjustLoyalty } from "./customer-ledger.service.ts";

const CreatePosCustomerGroupInput = builder.inputType("CreatePosCustomerGroupInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "Unique per tenant (case-insensitive).", validate: GroupName }),
    discountPercent: t.float({ description: "0..100 with up to 2 decimals (default 0).", validate: DiscountPercent.nullish() }),
  }),
});
const UpdatePosCustomerGroupInput = builder.inputType("UpdatePosCustomerGroupInput", {
  fields: (t) => ({
    name: t.string({ validate: GroupName.optional() }),
    discountPercent: t.float({ validate: DiscountPercent.optional() }),
  }),
});

const contactFields = (t: any) => ({
  email: t.string({ description: "Unique among live customers; stored lower-cased.", validate: CustomerEmail.nullish() }),
  phone: t.string({ description: "Unique among live customers; stored without spaces, dots, dashes and parentheses.", validate: CustomerPhone.nullish() }),
  address: t.string({ validate: CustomerAddress.nullish() }),
  groupId: t.id({ description: "One of the tenant's customer groups (null: none)." }),
});
const CreatePosCustomerInput = builder.inputType("CreatePosCustomerInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: CustomerName }),
    ...contactFields(t),
    creditLimit: t.field({ type: "Amount", description: "The most the customer may owe (default 0: no credit).", validate: CreditLimit.nullish() }),
  }),
});
const UpdatePosCustomerInput = builder.inputType("UpdatePosCustomerInput", {
  fields: (t) => ({
    name: t.string({ validate: CustomerName.optional() }),
    ...contactFields(t),
    creditLimit: t.field({ type: "Amount", validate: CreditLimit.optional() }),
  }),
});
const AdjustPosLoyaltyInput = builder.inputType("AdjustPosLoyaltyInput", {
  fields: (t) => ({
    points: t.int({ required: true, description: "Signed points to add (> 0) or remove (< 0); never 0.", validate: LoyaltyPointsDelta }),
    reason: t.string({ required: true, description: "Why (kept in the history and the audit log).", validate: LoyaltyReason }),
  }),
});

const write = { role: can("customer:write") };
/**
 * Cashiers hold customer:write to register and edit customers at the till; what amounts to handing out money (group
 * discounts, credit limits, manual loyalty points) and deleting customers is for managers and admins.
 */
const manage = { role: ROLES("ADMIN", "MANAGER") };
const noCashierCredit = (ctx: { principal: { role: string } | null }, input: { creditLimit?: number | null }) => {
  if (ctx.principal?.role === "CASHIER" && input.creditLimit !== undefined && input.creditLimit !== null) {
    throw forbidden("Only a manager or an admin can set a credit limit");
  }
};

builder.mutationFields((t) => ({
  createPosCustomerGroup: t.prismaField({
    description: "Create a customer group (409 when the name exists).",
    type: PosCustomerGroup,
    authScopes: manage,
    args: { input: t.arg({ type: CreatePosCustomerGroupInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await groups.createGroup(ctx, input);
      return groups.findGroup(ctx, created.id, query);
    },
  }),
  updatePosCustomerGroup: t.prismaField({
    description: "Rename a group or change its discount.",
    type: PosCustomerGroup,
    authScopes: manage,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePosCustomerGroupInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await groups.updateGroup(ctx, String(id), input);
      return groups.findGroup(ctx, String(id), query);
    },
  }),
  deletePosCustomerGroup: t.field({
    description: "Delete a group; its customers stay, without a group. Returns the deleted group.",
    type: PosCustomerGroup,
    authScopes: manage,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => groups.deleteGroup(ctx, String(id)),
  }),
  createPosCustomer: t.prismaField({
    description: "Create a customer (409 when the e-mail or phone belongs to another live customer).",
    type: PosCustomer,
    authScopes: write,
    args: { input: t.arg({ type: CreatePosCustomerInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      noCashierCredit(ctx, input);
      const created = await customers.createCustomer(ctx, input as customers.CustomerInput & { name: string });
      return customers.findCustomer(ctx, created.id, query);
    },
  }),
  updatePosCustomer: t.prismaField({
    description: "Update a customer: only the given fields change (balance and points change through sales, payments and adjustments).",
    type: PosCustomer,
    authScopes: write,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePosCustomerInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      noCashierCredit(ctx, input);
      await customers.updateCustomer(ctx, String(id), input as customers.CustomerInput);
      return customers.findCustomer(ctx, String(id), query);
    },
  }),
  deletePosCustomer: t.field({
    description: "Soft-delete a customer; refused (422) while their balance is not 0. Returns the deleted customer.",
    type: PosCustomer,
    authScopes: manage,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => customers.deleteCustomer(ctx, String(id)),
  }),
  adjustPosCustomerLoyalty: t.field({
    description: "Add or remove loyalty points by hand (type ADJUST, with a reason); points never go below zero (422).",
    type: PosLoyaltyAdjustment,
    authScopes: manage,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: AdjustPosLoyaltyInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => adjustLoyalty(ctx, String(id), input),
  }),
}));
