import { z } from "zod";
import { builder } from "../../../builder.ts";
import { requiredOnUpdate } from "../../../kernel/validation.ts";
import { ADMIN } from "../roles.ts";
import { PrintAppDownloads } from "../public/app-downloads.type.ts";
import { AppUrlModel } from "../public/app-downloads.validation.ts";
import { loadAppDownloads, updateAppDownloads } from "../public/app-downloads.service.ts";
import { assertAdminAccess } from "./admin-access.ts";

const KEYS = ["windows_shopkeeper_url", "android_customer_url", "ios_customer_url", "windows_coming_soon", "android_coming_soon", "ios_coming_soon"];

// field names are the documented REST body's (snake_case), which is passed through as the input
const UpdatePrintAppDownloadsInput = builder.inputType("UpdatePrintAppDownloadsInput", {
  description: "Only the fields present change. URLs are http(s) or empty (not published); none may be null.",
  validate: requiredOnUpdate(...KEYS),
  fields: (t) => ({
    windows_shopkeeper_url: t.string({ validate: AppUrlModel.optional() }),
    android_customer_url: t.string({ validate: AppUrlModel.optional() }),
    ios_customer_url: t.string({ validate: AppUrlModel.optional() }),
    windows_coming_soon: t.boolean({ validate: z.boolean().optional() }),
    android_coming_soon: t.boolean({ validate: z.boolean().optional() }),
    ios_coming_soon: t.boolean({ validate: z.boolean().optional() }),
  }),
});

builder.mutationFields((t) => ({
  updatePrintAppDownloads: t.prismaField({
    description: "Update the public Download Apps page's links and coming-soon flags; returns the new settings.",
    type: PrintAppDownloads,
    authScopes: { role: ADMIN },
    args: { input: t.arg({ type: UpdatePrintAppDownloadsInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      assertAdminAccess(ctx);
      await updateAppDownloads(ctx, {
        windowsShopkeeperUrl: input.windows_shopkeeper_url ?? undefined,
        androidCustomerUrl: input.android_customer_url ?? undefined,
        iosCustomerUrl: input.ios_customer_url ?? undefined,
        windowsComingSoon: input.windows_coming_soon ?? undefined,
        androidComingSoon: input.android_coming_soon ?? undefined,
        iosComingSoon: input.ios_coming_soon ?? undefined,
      });
      return loadAppDownloads(ctx, query);
    },
  }),
}));
