import { builder } from "../../../builder.ts";

/** The public "Download apps" page's links and coming-soon flags (one row, id 1). */
export const PrintAppDownloads = builder.prismaObject("PrintAppDownloads", {
  select: { id: true },
  fields: (t) => ({
    windowsShopkeeperUrl: t.exposeString("windowsShopkeeperUrl", { description: "Shopkeeper Windows app; empty when not published." }),
    androidCustomerUrl: t.exposeString("androidCustomerUrl", { description: "Customer Android app; empty when not published." }),
    iosCustomerUrl: t.exposeString("iosCustomerUrl", { description: "Customer iOS app; empty when not published." }),
    windowsComingSoon: t.exposeBoolean("windowsComingSoon"),
    androidComingSoon: t.exposeBoolean("androidComingSoon"),
    iosComingSoon: t.exposeBoolean("iosComingSoon"),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
