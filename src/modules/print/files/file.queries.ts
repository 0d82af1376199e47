import { builder } from "../../../builder.ts";
import { badRequest, notFound } from "../../../kernel/errors.ts";
import { ANY_PRINT_USER, CUSTOMER, userIdOf } from "../roles.ts";
import { PrintFile } from "./file.type.ts";
import { limitCodeLookups, visibleByCode } from "./file-access.service.ts";

const MAX_LIMIT = 100;

type QueryFieldBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0];

const byCode = (t: QueryFieldBuilder, description: string) => t.prismaField({
  description,
  type: PrintFile,
  authScopes: { role: ANY_PRINT_USER },
  args: { code: t.arg.string({ required: true }) },
  resolve: async (query, _root, { code }, ctx) => {
    await limitCodeLookups(ctx);
    const file = await ctx.db.printFile.findFirst({ ...query, where: visibleByCode(ctx, code) });
    if (!file) throw notFound("File");
    return file;
  },
});

builder.queryFields((t) => ({
  printMyFiles: t.prismaField({
    description: "The calling customer's uploaded files, newest first (limit 1–100, default 100; offset default 0).",
    type: [PrintFile],
    authScopes: { role: CUSTOMER },
    args: { limit: t.arg.int(), offset: t.arg.int() },
    resolve: (query, _root, { limit, offset }, ctx) => {
      const take = limit ?? MAX_LIMIT;
      if (!Number.isInteger(take) || take < 1 || take > MAX_LIMIT) throw badRequest(`limit must be from 1 to ${MAX_LIMIT}`);
      const skip = offset ?? 0;
      if (skip < 0) throw badRequest("offset must not be negative");
      return ctx.db.printFile.findMany({ ...query, where: { userId: userIdOf(ctx) }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, skip });
    },
  }),
  // two root fields because REST routes map one operation each (GET /file/:code and GET /file/:code/status)
  printFile: byCode(t, "One file by its 6-character code: for its customer, any shop (private prints), its shop (queue prints) or an admin."),
  printFileStatus: byCode(t, "A file's status by code (uploaded, printing, downloaded, withdrawn, cancelled); same access as printFile."),
}));
