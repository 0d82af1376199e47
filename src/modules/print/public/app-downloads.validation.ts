import { z } from "zod";

const isHttpUrl = (value: string) => {
  try { const url = new URL(value); return url.protocol === "http:" || url.protocol === "https:"; } catch { return false; }
};

/** A store/download link, or empty for "not published". */
export const AppUrlModel = z.string().trim().max(2000, "must be at most 2000 characters")
  .refine((v) => v === "" || isHttpUrl(v), "must be an http(s) URL or empty");
