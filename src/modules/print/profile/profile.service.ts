import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { badRequest, unauthenticated } from "../../../kernel/errors.ts";
import { hashPassword } from "../../../kernel/auth/password.ts";
import { userIdOf } from "../roles.ts";
import { assertIdentityFree, rethrowAsDuplicate } from "../auth/duplicates.ts";
import * as V from "../auth/auth.validation.ts";

export type ProfileInput = {
  username?: string | null; fullName?: string | null; email?: string | null; phone?: string | null; address?: string | null;
  shopName?: string | null; lat?: number | null; long?: number | null; password?: string | null;
};

/**
 * Updates the caller's own account with the fields present. Null leaves username, name, e-mail, password and shop
 * details as they are (they cannot be cleared); null or "" clears phone and a customer's address.
 */
export async function updateProfile(ctx: Context, input: ProfileInput): Promise<number> {
  const id = userIdOf(ctx);
  const user = await ctx.db.printUser.findUnique({ where: { id }, select: { role: true } });
  if (!user) throw unauthenticated("Account no longer exists");
  const data: Prisma.PrintUserUpdateInput = {};
  if (input.username != null) data.username = V.checked(V.UsernameModel, input.username);
  if (input.fullName != null) data.fullName = V.checked(V.FullNameModel, input.fullName);
  if (input.email != null) data.email = V.checked(V.EmailModel, input.email);
  if (input.phone !== undefined) data.phone = input.phone?.trim() ? V.checked(V.PhoneModel, input.phone) : null;
  if (input.address !== undefined) {
    data.address = input.address?.trim() ? V.checked(V.AddressModel, input.address) : null;
    if (data.address === null && user.role === "shopkeeper") throw badRequest("Address is required for shopkeepers.");
  }
  if (input.shopName != null || input.lat != null || input.long != null) {
    if (user.role !== "shopkeeper") throw badRequest("Only shopkeepers can change shop details.");
    if (input.shopName != null) data.shopName = V.checked(V.ShopNameModel, input.shopName);
    if (input.lat != null) data.lat = V.checked(V.LatModel, input.lat);
    if (input.long != null) data.long = V.checked(V.LongModel, input.long);
  }
  if (input.password != null) data.passwordHash = await hashPassword(V.checked(V.PasswordModel, input.password));

  const identity = { username: data.username as string | undefined, email: data.email as string | undefined, phone: data.phone as string | null | undefined };
  await ctx.db.$transaction(async (tx) => {
    await assertIdentityFree(tx, identity, id);
    await tx.printUser.update({ where: { id }, data });
  }).catch((error) => rethrowAsDuplicate(ctx.db, error, identity, id));
  return id;
}
