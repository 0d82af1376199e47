import { readFileSync } from "node:fs";
import { printSchema } from "graphql";
import { expect, test } from "vitest";
import { schema } from "../../src/schema.ts";

test("schema.graphql is the printed schema (run `npm run schema:print` after changing types)", () => {
  const file = readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8");
  expect(file).toBe(printSchema(schema) + "\n");
});

test("every root field carries its system prefix", () => {
  // names are global in one schema: every root field names its system (photoProjects, bulkUpdatePrintPayouts)
  const prefixes = /^(photo|print|erp|auction|pos)[A-Z]|[a-z](Photo|Print|Erp|Auction|Pos)([A-Z]|$)/;
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  const fields = roots.flatMap((root) => Object.keys(root?.getFields() ?? {}));
  expect(fields.filter((f) => !prefixes.test(f))).toEqual([]);
});
