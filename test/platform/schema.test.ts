import { readFileSync } from "node:fs";
import { printSchema } from "graphql";
import { expect, test } from "vitest";
import { schema } from "../../src/schema.ts";

test("schema.graphql is the printed schema (run `npm run schema:print` after changing types)", () => {
  const file = readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8");
  expect(file).toBe(printSchema(schema) + "\n");
});

test("every root field carries its system prefix", () => {
  const prefixes = /^(photo|print|erp|auction|pos)|^(create|update|delete|register|login|assign|unassign|link|unlink|send)(Photo|Print|Erp|Auction|Pos)/;
  const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
  expect(fields.filter((f) => !prefixes.test(f))).toEqual([]);
});
