import { z } from "zod";
import { builder } from "../../../builder.ts";
import type { Context } from "../../../kernel/context.ts";
import { can } from "../permissions.ts";
import { audit } from "../shared/audit.ts";
import { tenantIdOf } from "../shared/tenancy.ts";

export type Template = {
  header: string; footer: string; showLogo: boolean; logoUrl: string | null; showTax: boolean; showCashier: boolean;
  paperWidth: number; updatedAt: Date | null; isDefault: boolean;
};

export const DEFAULT_TEMPLATE: Template = {
  header: "", footer: "", showLogo: false, logoUrl: null, showTax: true, showCashier: true, paperWidth: 80, updatedAt: null, isDefault: true,
};

/** The tenant's receipt template, or the defaults while it has none. */
export async function templateOf(ctx: Context, tenantId = tenantIdOf(ctx)): Promise<Template> {
  const row = await ctx.db.posReceiptTemplate.findUnique({ where: { tenantId } });
  if (!row) return DEFAULT_TEMPLATE;
  const { header, footer, showLogo, logoUrl, showTax, showCashier, paperWidth, updatedAt } = row;
  return { header, footer, showLogo, logoUrl, showTax, showCashier, paperWidth, updatedAt, isDefault: false };
}

export const PosReceiptTemplate = builder.objectRef<Template>("PosReceiptTemplate").implement({
  description: "How the tenant's receipts look. isDefault: the tenant saved none yet (these are the defaults).",
  fields: (t) => ({
    header: t.exposeString("header", { description: "Text under the store name (plain text; line breaks kept)." }),
    footer: t.exposeString("footer"),
    showLogo: t.exposeBoolean("showLogo"),
    logoUrl: t.exposeString("logoUrl", { nullable: true }),
    showTax: t.exposeBoolean("showTax"),
    showCashier: t.exposeBoolean("showCashier"),
    paperWidth: t.exposeInt("paperWidth", { description: "Millimetres: 58 or 80." }),
    isDefault: t.exposeBoolean("isDefault"),
    updatedAt: t.expose("updatedAt", { type: "DateTime", nullable: true }),
  }),
});

const PosReceiptTemplateInput = builder.inputType("PosReceiptTemplateInput", {
  description: "Fields left out keep their current value (or the default).",
  fields: (t) => ({
    header: t.string({ required: false, validate: z.string().max(2000, "must be at most 2000 characters").nullish() }),
    footer: t.string({ required: false, validate: z.string().max(2000, "must be at most 2000 characters").nullish() }),
    showLogo: t.boolean({ required: false }),
    logoUrl: t.string({
      required: false,
      validate: z.string().trim().max(500).url("must be a URL").refine((u) => /^https?:\/\//i.test(u), "must be an http(s) URL").nullish(),
    }),
    showTax: t.boolean({ required: false }),
    showCashier: t.boolean({ required: false }),
    paperWidth: t.int({ required: false, validate: z.union([z.literal(58), z.literal(80)], { message: "must be 58 or 80" }).nullish() }),
  }),
});

type TemplateInput = Partial<Record<"header" | "footer" | "logoUrl", string | null> & Record<"showLogo" | "showTax" | "showCashier", boolean | null> & { paperWidth: number | null }>;

builder.queryFields((t) => ({
  posReceiptTemplate: t.field({
    description: "The tenant's receipt template (defaults while none was saved).",
    type: PosReceiptTemplate,
    authScopes: { role: can("receipt:read") },
    resolve: (_root, _args, ctx) => templateOf(ctx),
  }),
}));

builder.mutationFields((t) => ({
  updatePosReceiptTemplate: t.field({
    description: "Creates or updates the tenant's receipt template.",
    type: PosReceiptTemplate,
    authScopes: { role: can("receipt:write") },
    args: { input: t.arg({ type: PosReceiptTemplateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const tenantId = tenantIdOf(ctx);
      const i = input as TemplateInput;
      const data: Record<string, unknown> = {};
      for (const k of ["header", "footer", "showLogo", "showTax", "showCashier", "paperWidth"] as const) if (i[k] != null) data[k] = i[k];
      if (i.logoUrl !== undefined) data.logoUrl = i.logoUrl || null;
      await ctx.db.$transaction(async (tx) => {
        const before = await tx.posReceiptTemplate.findUnique({ where: { tenantId } });
        const after = await tx.posReceiptTemplate.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
        await audit(tx, ctx, { action: before ? "receiptTemplate.update" : "receiptTemplate.create", entityType: "PosReceiptTemplate", entityId: after.id, before, after });
      });
      return templateOf(ctx, tenantId);
    },
  }),
}));
