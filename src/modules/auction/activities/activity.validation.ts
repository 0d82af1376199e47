import { z } from "zod";
import { CONTENT_TYPES } from "./content.ts";

/** Activity and task types are machine names (`status_change`, `photography`), shown with a derived label. */
export const MachineName = z.string().trim().max(64, "must be at most 64 characters")
  .regex(/^[a-z][a-z0-9_]*$/, "must be a machine name (lowercase letters, digits and underscores)");
export const ContentTypeName = z.enum(CONTENT_TYPES, { message: `must be one of ${CONTENT_TYPES.join(", ")}` });
export const ActivityMessage = z.string().trim().max(2000, "must be at most 2000 characters");
/** details: a JSON object, kept small (it is shown in lists) */
export const MAX_DETAILS_CHARS = 20_000;
