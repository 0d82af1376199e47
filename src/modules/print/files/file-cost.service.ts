import type { Context } from "../../../kernel/context.ts";
import { DomainError, badRequest } from "../../../kernel/errors.ts";
import type { UploadedFile } from "../../../kernel/rest/multipart.ts";
import { printConfig } from "../config.ts";
import { ALLOWED_EXTENSIONS, MIME_TYPES, contentMatches, kindOfName, type FileKind } from "./file-type.ts";
import { countPages } from "./page-count.ts";
import { MAX_BATCH_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_BATCH, printOptions, type PrintOptions, type PrintOptionsInput } from "./file.validation.ts";

export const PAGE_COUNT_UNAVAILABLE = "Page count not available for this file. Please convert to PDF and upload.";
/** print_files.cost is a 32-bit integer of paise. */
const MAX_COST = 2_147_483_647;

export type InspectedFile = { name: string; kind: FileKind; mimeType: string; bytes: Uint8Array; numPages: number };
export type PricedFile = InspectedFile & { cost: number };
export type CostQuote = { files: PricedFile[]; totalPages: number; totalCost: number; pricePerPage: number; options: PrintOptions };

/**
 * Reads and checks every uploaded file (one at a time, to bound memory): sizes, an allowed extension whose
 * content really is that type, and the pages counted from the file itself.
 */
export async function inspectUploads(files: UploadedFile[]): Promise<InspectedFile[]> {
  if (files.length === 0) throw badRequest("No file uploaded: send the file(s) as files[] or file");
  if (files.length > MAX_FILES_PER_BATCH) throw badRequest(`At most ${MAX_FILES_PER_BATCH} files per upload`);
  // the REST reader enforces these before reading; GraphQL multipart requests arrive here unchecked
  for (const f of files) if (f.size > MAX_FILE_BYTES) throw new DomainError("PAYLOAD_TOO_LARGE", `${f.name} is larger than 20 MB`);
  if (files.reduce((sum, f) => sum + f.size, 0) > MAX_BATCH_BYTES) throw new DomainError("PAYLOAD_TOO_LARGE", "The upload is larger than 100 MB in total");
  const inspected: InspectedFile[] = [];
  for (const file of files) {
    const name = displayName(file.name);
    const kind = kindOfName(name);
    if (!kind) throw badRequest(`Unsupported file type: ${name}. Allowed types: ${ALLOWED_EXTENSIONS.join(", ")}`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.byteLength === 0) throw badRequest(PAGE_COUNT_UNAVAILABLE);
    // a file whose bytes are not what its extension says is a "non-standard file" for the spec: same message
    if (!contentMatches(kind, bytes)) throw badRequest(PAGE_COUNT_UNAVAILABLE);
    const numPages = await countPages(kind, bytes);
    if (!numPages) throw badRequest(PAGE_COUNT_UNAVAILABLE);
    inspected.push({ name, kind, mimeType: MIME_TYPES[kind], bytes, numPages });
  }
  return inspected;
}

/** The price of one printed page side in paise: black & white or colour (print settings). */
export function pricePerPage(ctx: Context, colorMode: PrintOptions["colorMode"]): number {
  const cfg = printConfig(ctx.config);
  return colorMode === "color" ? cfg.COST_PER_PAGE_COLOR : cfg.COST_PER_PAGE_BW;
}

/**
 * pages × copies × price per page, in integer paise. Double-sided printing does not change the price: the legacy
 * formula bills pages, not sheets.
 */
export function costOf(pages: number, copies: number, price: number): number {
  const cost = pages * copies * price;
  if (cost > MAX_COST) throw badRequest("This print job is too large; split it into smaller files");
  return cost;
}

/** What the files cost with these options (POST /calculate-cost and the upload share it). */
export async function quote(ctx: Context, files: UploadedFile[], input: PrintOptionsInput): Promise<CostQuote> {
  const options = printOptions(input);
  const inspected = await inspectUploads(files);
  const price = pricePerPage(ctx, options.colorMode);
  const priced = inspected.map((f) => ({ ...f, cost: costOf(f.numPages, options.copies, price) }));
  const totalCost = priced.reduce((sum, f) => sum + f.cost, 0);
  if (totalCost > MAX_COST) throw badRequest("This print job is too large; split it into smaller files");
  return { files: priced, totalPages: priced.reduce((sum, f) => sum + f.numPages, 0), totalCost, pricePerPage: price, options };
}

/** The client's file name without any path a browser may send, control characters, or excess length. */
export function displayName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (clean.length <= 200) return clean || "file";
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, 200 - ext.length) + ext;
}
