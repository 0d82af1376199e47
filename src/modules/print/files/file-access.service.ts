import type { Context } from "../../../kernel/context.ts";
import type { Config } from "../../../kernel/config.ts";
import { notFound, unauthenticated } from "../../../kernel/errors.ts";
import { rateLimiter } from "../../../kernel/rate-limit.ts";
import { printConfig } from "../config.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";

const CODE = /^[A-Za-z0-9]{6}$/;

/** One limiter per running app (its Config), so test apps in one process never share counters; REDIS_URL shares them between instances. */
const lookupLimits = new WeakMap<Config, ReturnType<typeof rateLimiter>>();

/**
 * Counts one by-code lookup against the caller's account (PRINT_CODE_LOOKUPS_PER_MINUTE): any shop may read any
 * private print by its 6-character code, so without a budget a shopkeeper could walk the code space. Every lookup
 * counts, found or not — each aliased field of one GraphQL document too. Past the budget: RATE_LIMITED (429 + Retry-After).
 */
export async function limitCodeLookups(ctx: Context): Promise<void> {
  const p = ctx.principal;
  if (!p || p.system !== "print") throw unauthenticated();
  let limit = lookupLimits.get(ctx.config);
  if (!limit) {
    const points = printConfig(ctx.config).PRINT_CODE_LOOKUPS_PER_MINUTE;
    limit = rateLimiter({ name: `print-code-lookups:${points}`, points, durationSeconds: 60, message: "Too many file code lookups, try again later" });
    lookupLimits.set(ctx.config, limit);
  }
  await limit(`user:${p.id}`);
}

/**
 * Who may look at a file by its code: its customer, an admin, and shops — any shop for a private print (the
 * customer hands the code to the shop of their choice), only its own shop for a queue print. Everyone else gets
 * "not found", indistinguishable from a code that does not exist.
 */
export function visibleByCode(ctx: Context, code: string): Prisma.PrintFileWhereInput {
  const p = ctx.principal;
  if (!p || p.system !== "print") throw unauthenticated();
  if (!CODE.test(code)) throw notFound("File");
  const me = Number(p.id);
  switch (p.role) {
    case "admin": return { code };
    case "shopkeeper": return { code, OR: [{ printType: "private" }, { shopkeeperId: me }] };
    default: return { code, userId: me };
  }
}

/**
 * The stored bytes of a file still waiting to be printed. Printed (downloaded), withdrawn and cancelled files
 * have no bytes any more: 404 "File not found", like a missing one.
 */
/** The stored object of a waiting file the caller may see by its code (printed/withdrawn/cancelled ones have none). */
export async function downloadableByCode(ctx: Context, code: string) {
  const file = await ctx.db.printFile.findFirst({
    where: { ...visibleByCode(ctx, code), status: { in: ["uploaded", "printing"] }, storageKey: { not: null } },
    select: { originalName: true, mimeType: true, storageKey: true },
  });
  if (!file?.storageKey) throw notFound("File");
  return { key: file.storageKey, name: file.originalName, mimeType: file.mimeType };
}
