import type { Context, Services } from "../../../kernel/context.ts";
import type { Principal } from "../../../kernel/auth/principal.ts";
import { verifyPasswordOrDummy } from "../../../kernel/auth/password.ts";
import { unauthenticated } from "../../../kernel/errors.ts";
import { rateLimiter } from "../../../kernel/rate-limit.ts";

// password guessing: 10 attempts per name and address per 5 minutes, on top of the system-wide REST meter
const loginAttempts = rateLimiter({ name: "auction-login", points: 10, durationSeconds: 300, message: "Too many login attempts, try again later" });

/** bo_auth: the username or the e-mail, and the password. Blocked accounts cannot sign in. */
export async function login(ctx: Context, input: { username: string; password: string }) {
  const name = input.username.trim().toLowerCase();
  await loginAttempts(`${name}|${ctx.clientIp}`);
  const staff = await ctx.db.auctionStaff.findFirst({ where: { OR: [{ username: name }, { email: name }] } });
  // the hash is checked even for unknown names, so response time does not reveal which names exist
  const ok = await verifyPasswordOrDummy(input.password, staff?.passwordHash);
  if (!staff || !ok || staff.status !== "active") throw unauthenticated("Invalid username or password");
  const accessToken = await ctx.tokens.sign({ system: "auction", id: String(staff.id), role: staff.roles.join(","), version: staff.tokenVersion });
  return { accessToken, userId: staff.id };
}

/** Tokens name the account's token version: blocking a member or changing a password revokes older tokens. */
export async function stillValid(p: Principal, { db }: Services): Promise<boolean> {
  const staff = await db.auctionStaff.findUnique({ where: { id: Number(p.id) }, select: { status: true, tokenVersion: true, roles: true } });
  return staff !== null && staff.status === "active" && staff.tokenVersion === (p.version ?? 0) && staff.roles.join(",") === p.role;
}
