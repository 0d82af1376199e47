import { z } from "zod";

const MAX_IDS = 100;

/**
 * A comma-separated list of UUIDs (query-string style `a,b`) → distinct lower-case ids. Blank entries are ignored,
 * so an empty parameter means "no filter".
 */
export const UuidListModel = z.string()
  .max(MAX_IDS * 40)
  .transform((s) => [...new Set(s.split(",").map((p) => p.trim().toLowerCase()).filter(Boolean))])
  .pipe(z.array(z.guid("must be a comma-separated list of UUIDs")).max(MAX_IDS, `at most ${MAX_IDS} ids`));
