import { z } from "zod";
import { builder } from "../../../builder.ts";
import { requiredOnUpdate } from "../../../kernel/validation.ts";
import { can } from "../permissions.ts";
import { PosTenantDashboard, PosTenantProfile, PosTenantSettings } from "./tenant.type.ts";
import * as tenants from "./tenant.service.ts";

const UpdatePosTenantInput = builder.inputType("UpdatePosTenantInput", {
  description: "Only the given fields change; null clears email, phone or address.",
  validate: requiredOnUpdate("name"),
  fields: (t) => ({
    name: t.string({ validate: z.string().trim().min(1).max(120).nullish() }),
    slug: t.string({ description: "Immutable: only the current slug is accepted (400 otherwise)." }),
    email: t.string({ validate: z.union([z.literal(""), z.string().trim().email().max(254)]).nullish() }),
    phone: t.string({ validate: z.string().trim().max(40).nullish() }),
    address: t.string({ validate: z.string().trim().max(500).nullish() }),
  }),
});

const PosLoyaltySettingsInput = builder.inputType("PosLoyaltySettingsInput", {
  fields: (t) => ({
    enabled: t.boolean(),
    pointsPerUnit: t.int(),
    redeemValueCents: t.int(),
    minRedeemPoints: t.int(),
  }),
});

const PosTenantSettingsInput = builder.inputType("PosTenantSettingsInput", {
  description: "A partial settings object, deep-merged over the current one and validated as a whole; null restores a default.",
  fields: (t) => ({
    currency: t.string(),
    defaultTaxRate: t.int({ description: "Basis points, 0..10000." }),
    taxInclusive: t.boolean(),
    allowNegativeStock: t.boolean(),
    voidWindowHours: t.int({ description: "0..720." }),
    loyalty: t.field({ type: PosLoyaltySettingsInput }),
    receiptPrefix: t.string({ description: "At most 10 characters." }),
  }),
});

builder.queryFields((t) => ({
  posTenant: t.field({
    description: "The caller's own tenant.",
    type: PosTenantProfile,
    authScopes: { role: can("tenant:manage") },
    resolve: (_root, _args, ctx) => tenants.tenantProfile(ctx),
  }),
  posTenantSettings: t.field({
    description: "The caller's tenant settings, defaults filled in.",
    type: PosTenantSettings,
    authScopes: { role: can("tenant:manage") },
    resolve: (_root, _args, ctx) => tenants.tenantSettings(ctx),
  }),
  posTenantDashboard: t.field({
    description: "Dashboard statistics of the caller's tenant (today and this month, UTC).",
    type: PosTenantDashboard,
    authScopes: { role: can("tenant:manage") },
    resolve: (_root, _args, ctx) => tenants.tenantDashboard(ctx),
  }),
}));

builder.mutationFields((t) => ({
  updatePosTenant: t.field({
    description: "Update the caller's tenant: name, email, phone, address (the slug is immutable). Audited.",
    type: PosTenantProfile,
    authScopes: { role: can("tenant:manage") },
    args: { input: t.arg({ type: UpdatePosTenantInput, required: true }) },
    resolve: (_root, { input }, ctx) => tenants.updateTenant(ctx, input),
  }),
  updatePosTenantSettings: t.field({
    description: "Deep-merge a partial settings object into the caller's tenant settings (400 with details when the result is invalid). Audited with before/after.",
    type: PosTenantSettings,
    authScopes: { role: can("tenant:manage") },
    args: { input: t.arg({ type: PosTenantSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => tenants.updateTenantSettings(ctx, input as Record<string, unknown>),
  }),
}));
