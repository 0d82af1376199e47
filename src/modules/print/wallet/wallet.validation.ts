import { z } from "zod";

export const MIN_WITHDRAWAL = 100_00;

/** The documented withdraw body (amount in paise); messages name the documented snake_case keys. */
export const WithdrawalModel = z.object({
  amount: z.number().int().min(MIN_WITHDRAWAL, "Minimum withdrawal amount is ₹100"),
  bankAccount: z.string().trim().regex(/^\d{9,18}$/, "bank_account must be 9 to 18 digits"),
  ifscCode: z.string().trim().toUpperCase().regex(/^[A-Z]{4}0[A-Z0-9]{6}$/, "ifsc_code must be a valid IFSC code (e.g. BANK0001234)"),
  accountHolderName: z.string().trim().min(1, "account_holder_name is required").max(100, "account_holder_name must be at most 100 characters"),
});
