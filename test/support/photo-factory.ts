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
  };
  return op;
}
export type PhotoOperatorFixture = Awaited<ReturnType<typeof photoOperator>>;
