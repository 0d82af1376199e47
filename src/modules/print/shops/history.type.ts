import { builder } from "../../../builder.ts";
import { PrintQueueFile } from "./queue.type.ts";

export type HistoryPage = { items: unknown[]; total: number; limit: number; offset: number };

export const PrintShopHistoryPage = builder.objectRef<HistoryPage>("PrintShopHistoryPage").implement({
  description: "One page of the shop's finished files (printed or cancelled), newest first.",
  fields: (t) => ({
    items: t.field({ type: [PrintQueueFile], resolve: (p) => p.items as never }),
    total: t.exposeInt("total", { description: "Finished files over all pages." }),
    limit: t.exposeInt("limit"),
    offset: t.exposeInt("offset"),
  }),
});
