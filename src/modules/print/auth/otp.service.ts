import { randomInt } from "node:crypto";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { PrintOtpPurpose } from "../../../../generated/prisma/enums.ts";
import type { Db } from "../../../kernel/db/prisma.ts";
import { DomainError } from "../../../kernel/errors.ts";
import { hashPassword, verifyPassword } from "../../../kernel/auth/password.ts";

const CODE_TTL_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;
const RESEND_GAP_MS = 60_000;
const SEND_WINDOW_MS = 60 * 60_000;
const MAX_SENDS_PER_WINDOW = 5;

const rateLimited = (message: string, untilMs: number) =>
  new DomainError("RATE_LIMITED", message, { retryAfter: Math.max(1, Math.ceil(untilMs / 1000)) });

/**
 * Issues a fresh 6-digit code for (purpose, e-mail) inside the caller's transaction, stored bcrypt-hashed.
 * One row per hour-long send window carries the send count: at most 5 sends per window, 60 s apart (429).
 * Every send replaces the previous code and resets its attempts. Returns the plain code for the mail.
 */
export async function issueOtp(tx: Prisma.TransactionClient, purpose: PrintOtpPurpose, email: string): Promise<string> {
  // serialises concurrent sends for the same address, so the limits cannot be raced past
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`print-otp:${purpose}:${email}`}))`;
  const now = Date.now();
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const codeHash = await hashPassword(code);
  const expiresAt = new Date(now + CODE_TTL_MS);
  const current = await tx.printOtp.findFirst({
    where: { purpose, email, createdAt: { gt: new Date(now - SEND_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, sendCount: true, lastSentAt: true, createdAt: true },
  });
  if (!current) {
    await tx.printOtp.deleteMany({ where: { purpose, email } });
    await tx.printOtp.create({ data: { purpose, email, codeHash, expiresAt, createdAt: new Date(now), lastSentAt: new Date(now) } });
    return code;
  }
  const sinceLast = now - current.lastSentAt.getTime();
  if (sinceLast < RESEND_GAP_MS) {
    const wait = RESEND_GAP_MS - sinceLast;
    throw rateLimited(`Please wait ${Math.ceil(wait / 1000)} seconds before requesting a new code.`, wait);
  }
  if (current.sendCount >= MAX_SENDS_PER_WINDOW) {
    throw rateLimited("Too many codes requested. Please try again later.", current.createdAt.getTime() + SEND_WINDOW_MS - now);
  }
  await tx.printOtp.update({
    where: { id: current.id },
    data: { codeHash, expiresAt, attempts: 0, consumedAt: null, sendCount: { increment: 1 }, lastSentAt: new Date(now) },
  });
  return code;
}

export type OtpCheck = "ok" | "invalid" | "exhausted";

/**
 * Checks a code against the newest one issued for (purpose, e-mail): unknown, expired or already used codes are
 * "invalid"; after 5 attempts the code is "exhausted" even when right. A correct code is consumed (once).
 * Not transactional on purpose: a failed attempt must stay counted.
 */
export async function checkOtp(db: Db, purpose: PrintOtpPurpose, email: string, code: string): Promise<OtpCheck> {
  const otp = await db.printOtp.findFirst({
    where: { purpose, email }, orderBy: { createdAt: "desc" },
    select: { id: true, codeHash: true, expiresAt: true, attempts: true, consumedAt: true },
  });
  if (!otp || otp.consumedAt || otp.expiresAt.getTime() <= Date.now()) return "invalid";
  if (otp.attempts >= MAX_ATTEMPTS) return "exhausted";
  const counted = await db.printOtp.updateMany({ where: { id: otp.id, attempts: { lt: MAX_ATTEMPTS }, consumedAt: null }, data: { attempts: { increment: 1 } } });
  if (counted.count === 0) return "exhausted";
  if (!(await verifyPassword(code, otp.codeHash))) return "invalid";
  const consumed = await db.printOtp.updateMany({ where: { id: otp.id, consumedAt: null }, data: { consumedAt: new Date() } });
  return consumed.count === 1 ? "ok" : "invalid";
}
