import type { Context } from "../../../kernel/context.ts";
import { hashPassword, verifyPasswordOrDummy } from "../../../kernel/auth/password.ts";
import { conflict, unauthenticated } from "../../../kernel/errors.ts";
import type { Db } from "../../../kernel/db/prisma.ts";
import { normalizeEmail } from "../validation.ts";
import { rateLimiter } from "../../../kernel/rate-limit.ts";

type Tx = Pick<Db, "photoOperator" | "photoPhotographer">;

/** Operators and photographers log in with one endpoint, so an e-mail may belong to one account of either kind. */
export async function assertEmailFree(tx: Tx, email: string, exceptId?: string): Promise<void> {
  const [op, ph] = await Promise.all([
    tx.photoOperator.findUnique({ where: { email }, select: { id: true } }),
    tx.photoPhotographer.findUnique({ where: { email }, select: { id: true } }),
  ]);
  if ((op && op.id !== exceptId) || (ph && ph.id !== exceptId)) throw conflict("Email is already registered");
}

export async function registerOperator(ctx: Context, input: { name: string; email: string; password: string; timezone?: string | null }) {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const operator = await ctx.db.$transaction(async (tx) => {
    await assertEmailFree(tx, email);
    return tx.photoOperator.create({
      data: { name: input.name.trim(), email, passwordHash, timezone: input.timezone ?? null },
      select: { id: true },
    });
  });
  return { token: await ctx.tokens.sign({ system: "photo", id: operator.id, role: "operator", tenantId: operator.id }) };
}

/** Brute-force brake: 10 attempts per minute per address and e-mail. */
const loginLimit = rateLimiter({ name: "photo-login", points: 10, durationSeconds: 60, message: "Too many login attempts, try again later" });

export async function login(ctx: Context, input: { email: string; password: string }) {
  const email = normalizeEmail(input.email);
  await loginLimit(`${ctx.clientIp}|${email}`);
  const [op, ph] = await Promise.all([
    ctx.db.photoOperator.findUnique({ where: { email }, select: { id: true, passwordHash: true } }),
    ctx.db.photoPhotographer.findUnique({ where: { email }, select: { id: true, operatorId: true, passwordHash: true } }),
  ]);
  const account = op ?? ph;
  if (!(await verifyPasswordOrDummy(input.password, account?.passwordHash))) throw unauthenticated("Invalid email or password");
  const principal = op
    ? { system: "photo" as const, id: op.id, role: "operator", tenantId: op.id }
    : { system: "photo" as const, id: ph!.id, role: "photographer", tenantId: ph!.operatorId };
  return { token: await ctx.tokens.sign(principal) };
}

export async function registerPhotographer(ctx: Context, operatorId: string, input: { name: string; email: string; password: string }) {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.$transaction(async (tx) => {
    await assertEmailFree(tx, email);
    return tx.photoPhotographer.create({ data: { operatorId, name: input.name.trim(), email, passwordHash }, select: { id: true } });
  });
}
