import type { TestApp } from "./test-app.ts";
import { restClient } from "./http.ts";
import { unique } from "./unique.ts";
import { hashPassword } from "../../src/kernel/auth/password.ts";

export const PRINT_PASSWORD = "print-pass-123";
let phoneSeq = Math.floor(Math.random() * 1_000_000);

type Role = "customer" | "shopkeeper" | "admin";

/**
 * A print account inserted directly (sign-up has its own tests) with a bearer token, and a REST client bound to
 * it. Shopkeepers get a shop name, coordinates and an open shop.
 */
export async function printUser(app: TestApp, role: Role = "customer", fields: Record<string, unknown> = {}) {
  const username = unique(role).replace(/[^a-zA-Z0-9_]/g, "_").slice(0, 40);
  const user = await app.services.db.printUser.create({
    data: {
      username, fullName: `Test ${role}`, email: `${username}@example.com`.toLowerCase(),
      phone: String(9_000_000_000 + (++phoneSeq % 999_999_999)).slice(0, 10),
      passwordHash: await hashPassword(PRINT_PASSWORD), role,
      ...(role === "shopkeeper" ? { shopName: `Shop ${username}`, lat: 12.97, long: 77.59, address: "1 Test Road", isOpen: true } : {}),
      ...fields,
    },
  });
  const token = await app.services.tokens.sign({ system: "print", id: String(user.id), role });
  const api = restClient(`${app.url}/print`);
  const as = {
    get: (p: string, opts: Parameters<typeof api.get>[1] = {}) => api.get(p, { token, ...opts }),
    post: (p: string, body?: unknown, opts: Parameters<typeof api.post>[1] = {}) => api.post(p, { token, body, ...opts }),
    put: (p: string, body?: unknown, opts: Parameters<typeof api.put>[1] = {}) => api.put(p, { token, body, ...opts }),
    delete: (p: string, body?: unknown, opts: Parameters<typeof api.delete>[1] = {}) => api.delete(p, { token, body, ...opts }),
  };
  return { ...user, token, api: as };
}
export type PrintUserFixture = Awaited<ReturnType<typeof printUser>>;

/** Put money in a wallet directly (paise), as a completed top-up would. */
export async function fundWallet(app: TestApp, userId: number, paise: number) {
  await app.services.db.$transaction(async (tx) => {
    const u = await tx.printUser.update({ where: { id: userId }, data: { walletBalance: { increment: paise } } });
    await tx.printWalletTransaction.create({ data: { userId, type: "topup", amount: paise, balanceBefore: u.walletBalance - paise, balanceAfter: u.walletBalance, description: "test funding" } });
  });
}
