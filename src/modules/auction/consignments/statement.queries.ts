import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { listQuery, type ListArgs } from "../../../kernel/list/where.ts";
import { STAFF } from "../roles.ts";
import { AuctionConsignmentStatementPage } from "./statement.type.ts";
import { statementGrammar } from "./statement.grammar.ts";

const statementListArgs = listArgs(statementGrammar);
const STATEMENTS = { type: "consignor" as const };

builder.queryFields((t) => ({
  auctionConsignmentStatements: t.field({
    description: "Consignment Statements (datatable): consignor orders with their consignment; also recordsTotal (all statements) and recordsFiltered (= count).",
    type: AuctionConsignmentStatementPage,
    authScopes: { role: STAFF },
    args: statementListArgs(t),
    resolve: async (_root, args, ctx, info) => {
      const { where, orderBy, skip, take } = await listQuery(ctx.db, statementGrammar, args as ListArgs, STATEMENTS);
      const selection = queryFromInfo({ context: ctx, info, path: ["data"] });
      const [data, count, recordsTotal] = await Promise.all([
        ctx.db.auctionOrder.findMany({ ...selection, where, orderBy, skip, take }),
        ctx.db.auctionOrder.count({ where }),
        ctx.db.auctionOrder.count({ where: STATEMENTS }),
      ]);
      return { data, count, recordsTotal };
    },
  }),
}));
