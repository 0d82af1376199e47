import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";
import { salesWorld, sell, type SalesWorld } from "../../support/pos-sales-data.ts";

let app: TestApp;
let w: SalesWorld;
beforeAll(async () => { app = await startTestApp(); w = await salesWorld(app, { currency: "EUR" }); });
afterAll(() => app?.close());

describe("receipt template", () => {
  test("defaults until saved; PUT upserts (left-out fields kept); 400 for bad values; audit", async () => {
    const t = await salesWorld(app);
    const initial = await t.cashier.api.get("/v1/receipts/template");
    expect(initial.status).toBe(200);
    expect(initial.body.data).toEqual({ header: "", footer: "", showLogo: false, logoUrl: null, showTax: true, showCashier: true, paperWidth: 80, isDefault: true, updatedAt: null });

    const put = await t.manager.api.put("/v1/receipts/template", { header: "Corner Shop\nMain street 1", footer: "Thanks!", paperWidth: 58, showLogo: true, logoUrl: "https://example.com/logo.png" });
    expect(put.status, put.text).toBe(200);
    expect(put.body.data).toMatchObject({ header: "Corner Shop\nMain street 1", footer: "Thanks!", paperWidth: 58, showLogo: true, logoUrl: "https://example.com/logo.png", showTax: true, isDefault: false });
    const again = await t.admin.api.put("/v1/receipts/template", { showTax: false });
    expect(again.body.data).toMatchObject({ header: "Corner Shop\nMain street 1", paperWidth: 58, showTax: false });
    expect(await app.services.db.posReceiptTemplate.count({ where: { tenantId: t.tenant.id } })).toBe(1);
    expect(await app.services.db.posAuditLog.count({ where: { tenantId: t.tenant.id, entityType: "PosReceiptTemplate" } })).toBe(2);
    expect((await t.cashier.api.get("/v1/receipts/template")).body.data.showTax).toBe(false);

    for (const body of [{ paperWidth: 70 }, { logoUrl: "javascript:alert(1)" }, { header: "x".repeat(2001) }]) {
      const bad = await t.admin.api.put("/v1/receipts/template", body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.body.error.details[0].path).toBe(Object.keys(body)[0]);
    }
    // the other tenant still has the defaults
    expect((await t.stranger.api.get("/v1/receipts/template")).body.data.isDefault).toBe(true);
  });

  test("401, 403 for a CASHIER writing and SUPER_ADMIN reading", async () => {
    expect((await posAnon(app).get("/v1/receipts/template")).status).toBe(401);
    expect((await w.cashier.api.put("/v1/receipts/template", { footer: "x" })).status).toBe(403);
    expect((await w.superAdmin.api.get("/v1/receipts/template")).status).toBe(403);
  });
});

describe("sale receipt", () => {
  test("data: store, number, cashier, customer, lines, totals, payments, change, points; HTML with everything escaped", async () => {
    await w.admin.api.put("/v1/receipts/template", { header: "<b>Best</b> & \"cheapest\"", footer: "Bye <script>alert(1)</script>" });
    const c = await w.customer({ name: "<img src=x onerror=alert(1)>", loyaltyPoints: 0 });
    const p = await w.product({ name: "Tea <i>green</i>", price: 450, taxRate: 1000 });
    const sale = await sell(w.cashier, { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 2 }], payments: [{ method: "CASH", amount: 20 }], note: "</div><script>x()</script>" });
    // 9.00 + 0.90 tax = 9.90; 20.00 cash → 10.10 change; 9 points
    const res = await w.cashier.api.get(`/v1/receipts/sale/${sale.id}`);
    expect(res.status, res.text).toBe(200);
    const r = res.body.data;
    expect(r).toMatchObject({
      saleId: sale.id, number: sale.number, status: "COMPLETED", currency: "EUR", taxInclusive: false,
      store: { id: w.store.id, name: "MAIN store" }, cashier: { id: w.cashier.id, name: "Test CASHIER" }, customer: { id: c.id, name: c.name },
      lines: [{ name: p.name, quantity: 2, unitPrice: 4.5, taxRate: 10, taxAmount: 0.9, lineTotal: 9.9 }],
      totals: { subtotal: 9, discountTotal: 0, taxTotal: 0.9, total: 9.9, paid: 9.9, change: 10.1, due: 0 },
      payments: [{ method: "CASH", kind: "SALE", amount: 9.9 }],
      points: { earned: 9, redeemed: 0, balance: 9 },
      template: { header: "<b>Best</b> & \"cheapest\"", isDefault: false },
    });
    const html: string = r.html;
    expect(html).toContain("&lt;b&gt;Best&lt;/b&gt; &amp; &quot;cheapest&quot;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("Tea &lt;i&gt;green&lt;/i&gt;");
    expect(html).toContain("Bye &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;/div&gt;&lt;script&gt;x()&lt;/script&gt;");
    expect(html).not.toMatch(/<script|<img src=x|<i>green/);
    expect(html).toContain(sale.number);
    expect(html).toContain("EUR 9.90");
    expect(html).toContain("EUR 10.10");
    expect(html).toContain("Test CASHIER");
  });

  test("preview: text/html page; template switches hide the cashier and the tax", async () => {
    const t = await salesWorld(app);
    await t.admin.api.put("/v1/receipts/template", { showCashier: false, showTax: false, paperWidth: 58 });
    const p = await t.product({ price: 1000, taxRate: 500 });
    const sale = await sell(t.cashier, { storeId: t.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CARD", amount: 10.5 }] });
    const data = await t.cashier.api.get(`/v1/receipts/sale/${sale.id}`);
    expect(data.body.data.cashier).toBeNull();
    expect(data.body.data.totals.taxTotal).toBe(0.5);
    const page = await t.cashier.api.get(`/v1/receipts/sale/${sale.id}/preview`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.text).toMatch(/^<!DOCTYPE html>/);
    expect(page.text).toContain("width:58mm");
    expect(page.text).toContain(sale.number);
    expect(page.text).not.toContain("Test CASHIER");
    expect(page.text).not.toContain(">Tax<");
    expect(page.text).toBe(data.body.data.html);
  });

  test("voided and returned sales show their status; 404 cross-tenant; 401; 403 (SUPER_ADMIN)", async () => {
    const p = await w.product({ price: 100, taxRate: 0 });
    const sale = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CASH", amount: 1 }] });
    await w.admin.api.post(`/v1/sales/${sale.id}/void`, { reason: "oops" });
    const voided = await w.cashier.api.get(`/v1/receipts/sale/${sale.id}`);
    expect(voided.body.data.status).toBe("VOIDED");
    expect(voided.body.data.payments.map((x: any) => x.amount).sort()).toEqual([-1, 1]);
    expect(voided.body.data.html).toContain("VOIDED");
    expect((await w.stranger.api.get(`/v1/receipts/sale/${sale.id}`)).status).toBe(404);
    const preview404 = await w.stranger.api.get(`/v1/receipts/sale/${sale.id}/preview`);
    expect(preview404.status).toBe(404);
    expect(preview404.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    expect((await posAnon(app).get(`/v1/receipts/sale/${sale.id}/preview`)).status).toBe(401);
    expect((await w.superAdmin.api.get(`/v1/receipts/sale/${sale.id}`)).status).toBe(403);
    expect((await w.superAdmin.api.get(`/v1/receipts/sale/${sale.id}/preview`)).status).toBe(403);
  });

  test("one GraphQL call: posSaleReceipt", async () => {
    const p = await w.product({ price: 300, taxRate: 0 });
    const sale = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CASH", amount: 3 }] });
    const res = await gql(app.url, `query($id: ID!) { posSaleReceipt(saleId: $id) { number totals { total } template { paperWidth } } }`, { id: sale.id }, w.cashier.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.posSaleReceipt).toMatchObject({ number: sale.number, totals: { total: 3 } });
  });
});
