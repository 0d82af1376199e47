import { expect } from "vitest";
import type { TestApp } from "./test-app.ts";
import { restClient } from "./http.ts";
import { unique, uniqueEmail } from "./unique.ts";

export const PASSWORD = "correct-horse-battery";
const subOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sub as string;

/** Fluent photo fixtures over the real REST API: an operator with its token, and what it creates. */
export async function photoOperator(app: TestApp) {
  const api = restClient(`${app.url}/photo`);
  const email = uniqueEmail("operator");
  const reg = await api.post("/v1/auth/register", { body: { name: "Op " + unique("n"), email, password: PASSWORD } });
  expect(reg.status, reg.text).toBe(201);
  const token = reg.body.token as string;
  const id = subOf(token);
  const as = (t = token) => ({
    get: (p: string) => api.get(p, { token: t }),
    post: (p: string, body?: unknown) => api.post(p, { token: t, body }),
    patch: (p: string, body?: unknown) => api.patch(p, { token: t, body }),
    delete: (p: string) => api.delete(p, { token: t }),
  });
  const op = {
    id, email, token, api: as(),
    async project(fields: Record<string, unknown> = {}) {
      const res = await as().post("/v1/projects", { name: unique("Project"), ...fields });
      expect(res.status, res.text).toBe(201);
      return res.body as { id: string; name: string; status: string; [k: string]: unknown };
    },
    async photographer() {
      const pEmail = uniqueEmail("photographer");
      const res = await as().post("/v1/auth/register-photographer", { name: unique("Ph"), email: pEmail, password: PASSWORD });
      expect(res.status, res.text).toBe(201);
      const login = await api.post("/v1/auth/login", { body: { email: pEmail, password: PASSWORD } });
      expect(login.status, login.text).toBe(200);
      return { ...(res.body as { id: string; name: string; email: string }), token: login.body.token as string, api: as(login.body.token) };
    },
    async discount(fields: Record<string, unknown> = {}) {
      const res = await as().post("/v1/discounts", { name: unique("Discount"), type: "percentage", value: 10, ...fields });
      expect(res.status, res.text).toBe(201);
      return res.body as { id: string; [k: string]: unknown };
    },
    async pricingRule(fields: Record<string, unknown> = {}) {
      const res = await as().post("/v1/pricing/rules", { pricePerPhotoCents: 499, ...fields });
      expect(res.status, res.text).toBe(201);
      return res.body as { id: string; [k: string]: unknown };
    },
    async promoCode(fields: Record<string, unknown> = {}) {
      const discountId = fields.discountId ?? (await op.discount()).id;
      const res = await as().post("/v1/promo-codes", { code: unique("C").replace(/[^A-Za-z0-9]/g, "").slice(-24), ...fields, discountId });
      expect(res.status, res.text).toBe(201);
      return res.body as { id: string; code: string; [k: string]: unknown };
    },
  };
  return op;
}
export type PhotoOperatorFixture = Awaited<ReturnType<typeof photoOperator>>;

/** An operator-only route: 401 without or with a garbage token, 403 for the operator's own photographer. */
export async function expectOperatorOnly(app: TestApp, op: PhotoOperatorFixture, method: "get" | "post" | "patch" | "delete", path: string, body?: unknown) {
  const api = restClient(`${app.url}/photo`);
  expect((await api[method](path, { body })).status).toBe(401);
  expect((await api[method](path, { body, token: "garbage" })).status).toBe(401);
  const ph = await op.photographer();
  const res = await api[method](path, { body, token: ph.token });
  expect(res.status, res.text).toBe(403);
  expect(res.body.error.code).toBe("FORBIDDEN");
}
