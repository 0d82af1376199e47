import { builder } from "./builder.ts";
import "./modules/photo/schema.ts";
import "./modules/print/schema.ts";
import "./modules/auction/schema.ts";
import "./modules/pos/schema.ts";

/** The one schema of all systems (Pothos sorts it, so schema.graphql diffs stay readable). */
export const schema = builder.toSchema();
