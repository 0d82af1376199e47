import type { Context } from "../../../kernel/context.ts";
import type { Db } from "../../../kernel/db/prisma.ts";
import { DomainError, badRequest, unauthenticated } from "../../../kernel/errors.ts";
import { verifyPasswordOrDummy } from "../../../kernel/auth/password.ts";
import { consumeAuthBudget } from "./auth-limit.ts";
import { checkOtp, issueOtp } from "./otp.service.ts";
import { startSession } from "./session.ts";
import { EmailModel, isMobileLogin } from "./auth.validation.ts";

const account = { id: true, role: true, username: true, passwordHash: true } as const;

/** The account a login names: an e-mail, else a username, else (10 digits) a mobile number with or without +91. */
async function findByLogin(db: Db, login: string) {
  const id = login.trim();
  if (id.includes("@")) return db.printUser.findUnique({ where: { email: id.toLowerCase() }, select: account });
  const byName = await db.printUser.findUnique({ where: { username: id }, select: account });
  if (byName || !isMobileLogin(id)) return byName;
  const byPhone = await db.printUser.findMany({ where: { phone: { in: [id, `+91${id}`] } }, select: { ...account, phone: true }, take: 2 });
  return byPhone.find((u) => u.phone === id) ?? byPhone[0] ?? null;
}

/** Password login by username, e-mail or mobile; one answer for unknown accounts and wrong passwords. */
export async function login(ctx: Context, input: { username: string; password: string }) {
  await consumeAuthBudget(ctx);
  if (!input.username.trim() || !input.password) throw badRequest("Username and password are required.");
  const user = await findByLogin(ctx.db, input.username);
  if (!(await verifyPasswordOrDummy(input.password, user?.passwordHash))) throw unauthenticated("Invalid credentials");
  return startSession(ctx, user!);
}

function otpEmail(login: string): string {
  const parsed = EmailModel.safeParse(login);
  if (!parsed.success) throw badRequest("OTP login is available for email only.");
  return parsed.data;
}

const GENERIC = { message: "If this email is registered, a code has been sent." };

/** Mails a login code to a registered e-mail. Always the same answer, so it cannot tell which e-mails exist. */
export async function sendLoginOtp(ctx: Context, input: { login: string }) {
  await consumeAuthBudget(ctx);
  const email = otpEmail(input.login);
  const user = await ctx.db.printUser.findUnique({ where: { email }, select: { id: true } });
  if (!user) return GENERIC;
  try {
    const ids = await ctx.db.$transaction(async (tx) => {
      const code = await issueOtp(tx, "login", email);
      return ctx.mail.enqueue(tx, "print", [{
        to: email, subject: "Your QPrint login code",
        text: `Your QPrint login code is ${code}. It expires in 10 minutes. If you did not try to log in, ignore this email.`,
      }]);
    });
    ctx.mail.deliver(ids);
  } catch (error) {
    // a resend limit answered with 429 only for registered e-mails would reveal them: skip the mail silently
    if (!(error instanceof DomainError && error.code === "RATE_LIMITED")) throw error;
  }
  return GENERIC;
}

/** Exchanges a mailed login code for the same session as a password login. */
export async function loginWithOtp(ctx: Context, input: { login: string; code: string }) {
  await consumeAuthBudget(ctx);
  const email = otpEmail(input.login);
  const result = /^\d{6}$/.test(input.code.trim()) ? await checkOtp(ctx.db, "login", email, input.code.trim()) : "invalid";
  if (result === "exhausted") throw unauthenticated("Too many failed attempts. Please request a new code.");
  const user = result === "ok" ? await ctx.db.printUser.findUnique({ where: { email }, select: account }) : null;
  if (!user) throw unauthenticated("Invalid or expired code.");
  return startSession(ctx, user);
}
