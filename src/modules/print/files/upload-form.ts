import { badRequest } from "../../../kernel/errors.ts";

/**
 * The documented multipart form fields (snake_case text) as the GraphQL inputs of uploadPrintFiles and
 * calculatePrintCost. Only text → type conversion happens here; the rules live in the services.
 */
export function uploadInputOf(fields: Record<string, string>) {
  const printType = fields.print_type?.trim().toLowerCase();
  if (printType !== "private" && printType !== "queue") throw badRequest('print_type must be "private" or "queue"');
  return {
    printType,
    ...costInputOf(fields),
    shopId: intField(fields, "shop_id", "shop_id must be a shop's numeric id"),
    comment: fields.comment ?? null,
    paymentOrderId: intField(fields, "payment_order_id", "payment_order_id must be a payment order's numeric id"),
  };
}

export function costInputOf(fields: Record<string, string>) {
  return {
    copies: intField(fields, "copies", "copies must be a whole number from 1 to 100"),
    printMode: text(fields.print_mode),
    colorMode: text(fields.color_mode),
    paperSize: text(fields.paper_size),
  };
}

/** Absent or blank means "not given" (the default applies); anything else must be a plain positive integer. */
function intField(fields: Record<string, string>, name: string, message: string): number | null {
  const raw = fields[name]?.trim();
  if (!raw) return null;
  if (!/^\d{1,9}$/.test(raw)) throw badRequest(message);
  return Number(raw);
}

const text = (v: string | undefined) => (v?.trim() ? v : null);
