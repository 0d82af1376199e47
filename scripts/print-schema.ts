// npm run schema:print: rewrites schema.graphql from the code-first schema (a test fails when it is stale).
import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "../src/schema.ts";

writeFileSync(new URL("../schema.graphql", import.meta.url), printSchema(schema) + "\n");
console.log("schema.graphql written");
