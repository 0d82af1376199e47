import type { TestApp } from "./test-app.ts";
import { restClient } from "./http.ts";
import { unique } from "./unique.ts";
import { hashPassword } from "../../src/kernel/auth/password.ts";

export const AUCTION_PASSWORD = "auction-pass-123";
export const API = "/api/v1.0";

type Role = "administrator" | "clerk" | "accountant" | "cataloguer" | "auctioneer" | "photographer";

/**
 * A staff member inserted directly (bo_auth has its own tests) with a bearer token, and a REST client bound to it
 * under /auction/api/v1.0: `staff.api.get("/datatable-clients")`.
 */
export async function auctionStaff(app: TestApp, roles: Role[] = ["administrator"], fields: Record<string, unknown> = {}) {
  const username = unique(roles[0]!).toLowerCase().replace(/[^a-z0-9_.-]/g, "_").slice(0, 40);
  const staff = await app.services.db.auctionStaff.create({
    data: { name: `Test ${roles.join("+")}`, email: `${username}@example.com`, username, passwordHash: await hashPassword(AUCTION_PASSWORD), roles, ...fields },
  });
  const token = await app.services.tokens.sign({ system: "auction", id: String(staff.id), role: roles.join(","), version: staff.tokenVersion });
  const api = restClient(`${app.url}/auction${API}`);
  const as = {
    get: (p: string, opts: Parameters<typeof api.get>[1] = {}) => api.get(p, { token, ...opts }),
    post: (p: string, body?: unknown, opts: Parameters<typeof api.post>[1] = {}) => api.post(p, { token, body, ...opts }),
    patch: (p: string, body?: unknown, opts: Parameters<typeof api.patch>[1] = {}) => api.patch(p, { token, body, ...opts }),
    delete: (p: string, body?: unknown, opts: Parameters<typeof api.delete>[1] = {}) => api.delete(p, { token, body, ...opts }),
  };
  return { ...staff, token, api: as };
}
export type AuctionStaffFixture = Awaited<ReturnType<typeof auctionStaff>>;

/** An anonymous client of the auction REST API. */
export const auctionAnon = (app: TestApp) => restClient(`${app.url}/auction${API}`);
