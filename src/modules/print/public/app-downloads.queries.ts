import { builder } from "../../../builder.ts";
import { PrintAppDownloads } from "./app-downloads.type.ts";
import { loadAppDownloads } from "./app-downloads.service.ts";

builder.queryFields((t) => ({
  printAppDownloads: t.prismaField({
    description: "App download links and coming-soon flags for the public Download Apps page. No authentication.",
    type: PrintAppDownloads,
    resolve: (query, _root, _args, ctx) => loadAppDownloads(ctx, query),
  }),
}));
