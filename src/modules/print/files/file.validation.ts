import { badRequest } from "../../../kernel/errors.ts";

/** Upload limits (spec): 20 MB per file, 100 MB per batch; the file count bounds the work of one request. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_BATCH_BYTES = 100 * 1024 * 1024;
export const MAX_FILES_PER_BATCH = 50;
export const MAX_COPIES = 100;
export const MAX_COMMENT_LENGTH = 500;

export const PRINT_MODES = ["single", "double"] as const;
export const COLOR_MODES = ["bw", "color"] as const;
export const PAPER_SIZES = ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal", "Tabloid"] as const;

export type PrintOptionsInput = { copies?: number | null; printMode?: string | null; colorMode?: string | null; paperSize?: string | null };
export type PrintOptions = { copies: number; printMode: (typeof PRINT_MODES)[number]; colorMode: (typeof COLOR_MODES)[number]; paperSize: string };

/**
 * How to print, with the legacy defaults (1 copy, single-sided, black & white, A4). Messages name the documented
 * form fields: print's clients show the plain-text error as is.
 */
export function printOptions(input: PrintOptionsInput): PrintOptions {
  const copies = input.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > MAX_COPIES) throw badRequest(`copies must be a whole number from 1 to ${MAX_COPIES}`);
  const printMode = (input.printMode ?? "single").trim().toLowerCase();
  if (!isOneOf(PRINT_MODES, printMode)) throw badRequest('print_mode must be "single" or "double"');
  const colorMode = (input.colorMode ?? "bw").trim().toLowerCase();
  if (!isOneOf(COLOR_MODES, colorMode)) throw badRequest('color_mode must be "bw" or "color"');
  const wanted = (input.paperSize ?? "A4").trim().toLowerCase();
  const paperSize = PAPER_SIZES.find((s) => s.toLowerCase() === wanted);
  if (!paperSize) throw badRequest(`paper_size must be one of ${PAPER_SIZES.join(", ")}`);
  return { copies, printMode, colorMode, paperSize };
}

/** The optional customer note: trimmed, empty means none. */
export function commentOf(comment: string | null | undefined): string | null {
  const text = comment?.trim() ?? "";
  if (text.length > MAX_COMMENT_LENGTH) throw badRequest(`comment must be at most ${MAX_COMMENT_LENGTH} characters`);
  return text || null;
}

const isOneOf = <T extends string>(values: readonly T[], v: string): v is T => (values as readonly string[]).includes(v);
