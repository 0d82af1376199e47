import { z } from "zod";
import { builder } from "../../../builder.ts";
import { requiredOnUpdate } from "../../../kernel/validation.ts";
import { ADMIN } from "../roles.ts";
import { PrintAppDownloads } from "../public/app-downloads.type.ts";
import { AppUrlModel } from "../public/app-downloads.validation.ts";
import { loadAppDownloads, updateAppDownloads } from "../public/app-downloads.service.ts";
import { assertAdminAccess } from "./admin-access.ts";

const KEYS = ["windowsShopkeeperUrl", "androidCustomerUrl", "iosCustomerUrl", "windowsComingSoon", "androidComingSoon", "iosComingSoon"];

// REST maps the documented body keys (windows_shopkeeper_url, ios_coming_soon, …) onto these camelCase fields
const UpdatePrintAppDownloadsInput = builder.inputType("UpdatePrintAppDownloadsInput", {
  description: "Only the fields present change. URLs are http(s) or empty (not published); none may be null.",
  validate: requiredOnUpdate(...KEYS),
  fields: (t) => ({
    windowsShopkeeperUrl: t.string({ validate: AppUrlModel.optional() }),
    androidCustomerUrl: t.string({ validate: AppUrlModel.optional() }),
    iosCustomerUrl: t.string({ validate: AppUrlModel.optional() }),
    windowsComingSoon: t.boolean({ validate: z.boolean().optional() }),
    androidComingSoon: t.boolean({ validate: z.boolean().optional() }),
    iosComingSoon: t.boolean({ validate: z.boolean().optional() }),
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
        windowsShopkeeperUrl: input.windowsShopkeeperUrl ?? undefined,
        androidCustomerUrl: input.androidCustomerUrl ?? undefined,
        iosCustomerUrl: input.iosCustomerUrl ?? undefined,
        windowsComingSoon: input.windowsComingSoon ?? undefined,
        androidComingSoon: input.androidComingSoon ?? undefined,
        iosComingSoon: input.iosComingSoon ?? undefined,
      });
      return loadAppDownloads(ctx, query);
    },
  }),
}));
