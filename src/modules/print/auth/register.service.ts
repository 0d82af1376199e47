import type { PrintRole } from "../../../../generated/prisma/enums.ts";
import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { hashPassword } from "../../../kernel/auth/password.ts";
import { printConfig } from "../config.ts";
import { referrerOf, uniqueReferralCode } from "../referral/referral-code.ts";
import { consumeAuthBudget } from "./auth-limit.ts";
import { assertIdentityFree, rethrowAsDuplicate } from "./duplicates.ts";
import { assertSignupToken } from "./signup-token.ts";
import { startSession, type AuthResult } from "./session.ts";
import * as V from "./auth.validation.ts";

export type RegisterInput = {
  fullName: string; username: string; email: string; password: string; phone?: string | null; role?: PrintRole | null;
  signupToken?: string | null; referralCode?: string | null; shopName?: string | null; lat?: number | null; long?: number | null;
  address?: string | null;
};

/**
 * Creates a customer or shopkeeper account (never an admin) for an e-mail proven by the sign-up OTP. Customers
 * get their own referral code, and a referral code they bring links them to a referring customer (pending).
 */
export async function register(ctx: Context, input: RegisterInput): Promise<AuthResult> {
  await consumeAuthBudget(ctx);
  const role = input.role ?? "customer";
  if (role === "admin") throw badRequest("Invalid role: choose customer or shopkeeper.");
  const email = V.checked(V.EmailModel, input.email);
  const identity = { username: V.checked(V.UsernameModel, input.username), email, phone: input.phone ? V.checked(V.PhoneModel, input.phone) : null };
  const fullName = V.checked(V.FullNameModel, input.fullName);
  V.checked(V.PasswordModel, input.password);
  const address = input.address?.trim() ? V.checked(V.AddressModel, input.address) : null;
  const shop = role === "shopkeeper" ? shopFields(input, address) : {};
  if (!printConfig(ctx.config).SKIP_SIGNUP_OTP) await assertSignupToken(ctx, input.signupToken, email);
  const passwordHash = await hashPassword(input.password);
  // referrals are for customer sign-ups; a code sent along by the shop app is ignored, a blank one is no code
  const referralCode = role === "customer" && input.referralCode?.trim() ? input.referralCode : null;

  const user = await ctx.db.$transaction(async (tx) => {
    await assertIdentityFree(tx, identity);
    const referrerId = referralCode ? await referrerOf(tx, referralCode) : null;
    const created = await tx.printUser.create({
      data: {
        username: identity.username, email, phone: identity.phone, fullName, passwordHash, role, address, ...shop,
        referralCode: role === "customer" ? await uniqueReferralCode(tx) : null,
      },
      select: { id: true, role: true, username: true },
    });
    if (referrerId) await tx.printReferral.create({ data: { referrerId, refereeId: created.id } });
    return created;
  }).catch((error) => rethrowAsDuplicate(ctx.db, error, identity));
  return startSession(ctx, user);
}

/** A shop is found on the map by its name, coordinates and address: all four are required. */
function shopFields(input: RegisterInput, address: string | null) {
  if (!input.shopName?.trim() || input.lat == null || input.long == null || !address) {
    throw badRequest("Shop name, location (lat, long) and address are required for shopkeepers.");
  }
  return { shopName: V.checked(V.ShopNameModel, input.shopName), lat: V.checked(V.LatModel, input.lat), long: V.checked(V.LongModel, input.long) };
}
