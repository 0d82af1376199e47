import type { Prisma } from "../../../../generated/prisma/client.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { phoneVariants } from "./auth.validation.ts";

type Db = Pick<Prisma.TransactionClient, "printUser">;
export type Identity = { username?: string; email?: string; phone?: string | null };

/** "This username and email are already in use.": the taken fields in the documented order and wording. */
export function duplicateMessage(taken: { username: boolean; email: boolean; phone: boolean }): string | null {
  const names = [taken.username && "username", taken.email && "email", taken.phone && "mobile number"].filter(Boolean) as string[];
  if (names.length === 0) return null;
  if (names.length === 1) return `This ${names[0]} is already in use.`;
  return `This ${names.slice(0, -1).join(", ")} and ${names.at(-1)} are already in use.`;
}

/** 400 with the documented plain-text message when another account holds the username, e-mail or mobile number. */
export async function assertIdentityFree(db: Db, wanted: Identity, exceptUserId?: number): Promise<void> {
  const or: Prisma.PrintUserWhereInput[] = [];
  if (wanted.username) or.push({ username: wanted.username });
  if (wanted.email) or.push({ email: wanted.email });
  const phones = wanted.phone ? phoneVariants(wanted.phone) : [];
  if (phones.length) or.push({ phone: { in: phones } });
  if (or.length === 0) return;
  const others = await db.printUser.findMany({
    where: { OR: or, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) },
    select: { username: true, email: true, phone: true },
  });
  const message = duplicateMessage({
    username: others.some((u) => wanted.username !== undefined && u.username === wanted.username),
    email: others.some((u) => wanted.email !== undefined && u.email === wanted.email),
    phone: others.some((u) => u.phone !== null && phones.includes(u.phone)),
  });
  if (message) throw badRequest(message);
}

/** A unique-index race lost after the check passed: answer with the same message as the check would. */
export async function rethrowAsDuplicate(db: Db, error: unknown, wanted: Identity, exceptUserId?: number): Promise<never> {
  if ((error as { code?: string } | null)?.code === "P2002") await assertIdentityFree(db, wanted, exceptUserId);
  throw error;
}
