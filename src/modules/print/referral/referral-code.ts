import { randomInt } from "node:crypto";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Config } from "../../../kernel/config.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { printConfig } from "../config.ts";

type Db = Pick<Prisma.TransactionClient, "printUser">;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

const randomCode = () => Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");

/** An unused 8-character A–Z0–9 code (36^8 codes: a retry is already rare). */
export async function uniqueReferralCode(db: Db): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const code = randomCode();
    if (!(await db.printUser.findUnique({ where: { referralCode: code }, select: { id: true } }))) return code;
  }
  throw new Error("could not find a free referral code");
}

/** The customer's code, given one first if the account predates codes (seeded or migrated customers). */
export async function ensureReferralCode(db: Db, userId: number): Promise<string> {
  const user = await db.printUser.findUniqueOrThrow({ where: { id: userId }, select: { referralCode: true } });
  if (user.referralCode) return user.referralCode;
  const code = await uniqueReferralCode(db);
  const { count } = await db.printUser.updateMany({ where: { id: userId, referralCode: null }, data: { referralCode: code } });
  if (count === 1) return code;
  return (await db.printUser.findUniqueOrThrow({ where: { id: userId }, select: { referralCode: true } })).referralCode!;
}

export const referralLink = (config: Config, code: string) => `${printConfig(config).PRINT_PUBLIC_URL}/r/${code}`;

/** The customer a sign-up's referral code points to; an unknown code is refused so a typo is noticed (400). */
export async function referrerOf(db: Db, code: string): Promise<number> {
  const referrer = await db.printUser.findFirst({ where: { referralCode: code.trim().toUpperCase(), role: "customer" }, select: { id: true } });
  if (!referrer) throw badRequest("Invalid referral code.");
  return referrer.id;
}
