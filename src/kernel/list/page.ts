import type { GraphQLResolveInfo } from "graphql";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../builder.ts";
import type { Context } from "../context.ts";
import type { ListGrammar } from "./grammar.ts";
import { listQuery, type ListArgs } from "./where.ts";

/** A page of a datatable list: `{data: [...], count}` where count is every row matching the filters. */
export type DataPage<T = unknown> = { data: T[]; count: number };

export function dataPageType(name: string, item: object, description: string) {
  return builder.objectRef<DataPage>(name).implement({
    description,
    fields: (t) => ({
      data: t.field({ type: [item as never], resolve: (p) => p.data as never }),
      count: t.exposeInt("count", { description: "Rows matching the filters, over all pages." }),
    }),
  });
}

type Delegate = {
  findMany: (args: any) => Promise<unknown[]>;
  count: (args: any) => Promise<number>;
};

/**
 * Resolves a datatable list: the grammar's filters, sort and page run in the database, and the page's rows are
 * loaded with the nested selection GraphQL asked for (plugin-prisma), so relations cost no extra query per row.
 */
export async function resolveDataPage(opts: {
  ctx: Context; info: GraphQLResolveInfo; grammar: ListGrammar; args: object; model: Delegate; base?: Record<string, unknown>;
}): Promise<DataPage> {
  const { where, orderBy, skip, take } = await listQuery(opts.ctx.db, opts.grammar, opts.args as ListArgs, opts.base);
  const selection = queryFromInfo({ context: opts.ctx, info: opts.info, path: ["data"] });
  const wantsCount = opts.info.fieldNodes.some((n) => n.selectionSet?.selections.some((s) => s.kind === "Field" && s.name.value === "count"));
  const [data, count] = await Promise.all([
    opts.model.findMany({ ...selection, where, orderBy, skip, take }),
    wantsCount ? opts.model.count({ where }) : Promise.resolve(0),
  ]);
  return { data, count };
}
