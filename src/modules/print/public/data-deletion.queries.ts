import { builder } from "../../../builder.ts";
import { printConfig } from "../config.ts";
import { PrintDataDeletionInfo } from "./data-deletion.type.ts";
import { dataDeletionInfo } from "./data-deletion.content.ts";

builder.queryFields((t) => ({
  printDataDeletionInfo: t.field({
    description: "How to delete an account and its data (the public GET /delete-data page). No authentication.",
    type: PrintDataDeletionInfo,
    resolve: (_root, _args, ctx) => dataDeletionInfo(printConfig(ctx.config).PRINT_PUBLIC_URL),
  }),
}));
