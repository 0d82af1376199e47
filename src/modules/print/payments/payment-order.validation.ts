import { z } from "zod";
import { badRequest } from "../../../kernel/errors.ts";

/** ₹100,000 in paise: the most one print order may cost. */
export const MAX_ORDER_AMOUNT = 100_000_00;

const between = (name: string, min: number, max: number) =>
  z.number().int(`${name} must be a whole number`).min(min, `${name} must be between ${min} and ${max}`).max(max, `${name} must be between ${min} and ${max}`);

/**
 * The documented create-payment-order body (amount already in paise), with its defaults applied. Messages name
 * the documented snake_case keys: print's clients show them as they are.
 */
export const OrderTermsModel = z.object({
  amount: z.number().int().positive("amount must be greater than 0").max(MAX_ORDER_AMOUNT, "amount must not exceed ₹100,000"),
  useWallet: z.boolean().nullish().transform((v) => v ?? false),
  printType: z.enum(["private", "queue"], "print_type must be private or queue"),
  copies: between("copies", 1, 100).nullish().transform((v) => v ?? 1),
  printMode: z.enum(["single", "double"], "print_mode must be single or double").nullish().transform((v) => v ?? "single"),
  colorMode: z.enum(["bw", "color"], "color_mode must be bw or color").nullish().transform((v) => v ?? "bw"),
  paperSize: z.string().trim().regex(/^[A-Za-z0-9 ]{1,20}$/, "paper_size must be 1-20 letters or digits").nullish().transform((v) => v ?? "A4"),
  shopkeeperId: z.number().int().positive("shopkeeper_id must be a positive id").nullish(),
  comment: z.string().trim().max(500, "comment must be at most 500 characters").nullish().transform((v) => v || null),
  platformCommission: z.number().min(0, "platform_commission must be between 0 and 1").max(1, "platform_commission must be between 0 and 1").nullish().transform((v) => v ?? 0),
  fileIds: z.array(z.number().int().positive("file_ids must be positive ids")).max(50, "at most 50 file_ids per order").nullish()
    .transform((v) => (v?.length ? [...new Set(v)] : null)),
}).refine((t) => t.printType !== "queue" || t.shopkeeperId != null, "shopkeeper_id is required for queue prints");
export type OrderTerms = z.output<typeof OrderTermsModel>;

/**
 * print's clients show the error text as is, so a bad body answers 400 with the first problem in words instead
 * of the generic "Validation failed".
 */
export function checked<M extends z.ZodType>(model: M, value: unknown): z.output<M> {
  const result = model.safeParse(value);
  if (!result.success) throw badRequest(result.error.issues[0]?.message ?? "Invalid request");
  return result.data;
}

/** `limit` (1-100, default 50) and `offset` (default 0) of the history lists. */
export const PageModel = z.object({
  limit: between("limit", 1, 100),
  offset: z.number().int("offset must be a whole number").min(0, "offset must be 0 or more").max(10_000_000, "offset is too large"),
});
export const pageOf = (args: { limit?: number | null; offset?: number | null }) =>
  checked(PageModel, { limit: args.limit ?? 50, offset: args.offset ?? 0 });
