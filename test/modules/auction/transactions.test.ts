import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PDFDocument } from "pdf-lib";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { gql } from "../../support/http.ts";
import { auctionBank, orderTotals, payableOrder } from "../../support/auction-transactions-data.ts";
import { amountInWords, numberInWords } from "../../../src/modules/auction/transactions/cheque.words.ts";
import { chequePdf, chequeSvg } from "../../../src/modules/auction/transactions/cheque.render.ts";
import { Decimal } from "../../../src/modules/auction/shared/money.ts";

let app: TestApp;
let accountant: AuctionStaffFixture;
let clerk: AuctionStaffFixture;
let viewer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  accountant = await auctionStaff(app, ["accountant"]);
  clerk = await auctionStaff(app, ["clerk"]);
  viewer = await auctionStaff(app, ["auctioneer"]);
});
afterAll(() => app?.close());

const KEYS = ["amount", "bank", "bank_account_number", "cheque_date", "cheque_number", "cheque_url", "created", "credit_card_last_4_digits",
  "credit_card_type", "id", "illustrated_cheque_url", "info", "order", "transaction_date", "transaction_type", "transferred_amount", "transferred_currency"];

/** The spec's three bodies, for a given order (and bank). */
const cardBody = (order: number, over: Record<string, unknown> = {}) => ({
  order: String(order), transaction_type: "Payment", amount: "500.00", credit_card_type: "Visa", credit_card_last_4_digits: "4567",
  transaction_date: "2025-10-15", info: "Credit card payment", ...over,
});
const chequeBody = (order: number, bank: number, over: Record<string, unknown> = {}) => ({
  order: String(order), transaction_type: "Cheque", amount: "1250.00", bank: String(bank), bank_account_number: "123456789",
  cheque_number: "001234", cheque_date: "2025-10-15", transaction_date: "2025-10-15", info: "Cheque payment", ...over,
});
const wireBody = (order: number, bank: number, over: Record<string, unknown> = {}) => ({
  order: String(order), transaction_type: "Wire Transfer", amount: "1250.00", bank: String(bank), bank_account_number: "987654321",
  bank_branch: "Main Branch", transaction_date: "2025-10-15", info: "Wire transfer received", ...over,
});

describe("POST /transactions", () => {
  test("a credit card payment (spec example): 201 with the spec's record; the order's totals follow", async () => {
    const { order, client } = await payableOrder(app);
    expect(await orderTotals(app, order.id)).toEqual({ grandTotal: "1200.00", paymentReceived: "0.00", amountDue: "1200.00" });
    const res = await accountant.api.post("/transactions", cardBody(order.id));
    expect(res.status).toBe(201);
    expect(res.body.data).toHaveLength(1);
    const t = res.body.data[0];
    expect(Object.keys(t).sort()).toEqual(KEYS);
    expect(t).toMatchObject({
      order: String(order.id), transaction_type: "Payment", amount: "500.00", transferred_currency: "USD", transferred_amount: "500.00",
      bank: null, bank_account_number: null, credit_card_type: "Visa", credit_card_last_4_digits: "4567", transaction_date: "2025-10-15",
      cheque_number: null, cheque_date: null, info: "Credit card payment", cheque_url: null, illustrated_cheque_url: null,
    });
    expect(t.id).toMatch(/^\d+$/);
    expect(t.created).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    expect(await orderTotals(app, order.id)).toEqual({ grandTotal: "1200.00", paymentReceived: "500.00", amountDue: "700.00" });
    const row = await app.services.db.auctionTransaction.findUniqueOrThrow({ where: { id: Number(t.id) } });
    expect(row).toMatchObject({ clientId: client.id, createdById: accountant.id, creditCardLast4: "4567" });
  });

  test("a cheque (spec example): bank {id, name}, the account number masked to its last 4", async () => {
    const { order } = await payableOrder(app, { hammer: "2000.00" });
    const bank = await auctionBank(app);
    const res = await accountant.api.post("/transactions", chequeBody(order.id, bank.id));
    expect(res.status).toBe(201);
    expect(res.body.data[0]).toMatchObject({
      transaction_type: "Cheque", amount: "1250.00", bank: { id: String(bank.id), name: bank.name }, bank_account_number: "****6789",
      cheque_number: "001234", cheque_date: "2025-10-15",
    });
    expect(res.text).not.toContain("123456789");
    const stored = await app.services.db.auctionTransaction.findUniqueOrThrow({ where: { id: Number(res.body.data[0].id) } });
    expect(stored.bankAccountNumber).toBe("123456789");
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "1250.00", amountDue: "1150.00" });
  });

  test("a wire transfer (spec example) keeps its branch; another currency keeps its own transferred amount", async () => {
    const { order } = await payableOrder(app, { hammer: "2000.00" });
    const bank = await auctionBank(app);
    const res = await accountant.api.post("/transactions", wireBody(order.id, bank.id, { transferred_currency: "EUR", transferred_amount: "1150.00" }));
    expect(res.status).toBe(201);
    expect(res.body.data[0]).toMatchObject({ transaction_type: "Wire Transfer", bank_account_number: "****4321", transferred_currency: "EUR", transferred_amount: "1150.00", amount: "1250.00" });
    const stored = await app.services.db.auctionTransaction.findUniqueOrThrow({ where: { id: Number(res.body.data[0].id) } });
    expect(stored.bankBranch).toBe("Main Branch");
  });

  test("missing required fields are the spec's 400 naming them (by type)", async () => {
    const { order } = await payableOrder(app);
    const bank = await auctionBank(app);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...cardBody(order.id), order: undefined }, "order"],
      [{ ...cardBody(order.id), transaction_type: undefined }, "transaction_type"],
      [{ ...cardBody(order.id), amount: undefined }, "amount"],
      [{ ...chequeBody(order.id, bank.id), cheque_number: undefined }, "cheque_number"],
      [{ ...chequeBody(order.id, bank.id), cheque_date: undefined }, "cheque_date"],
      [{ ...chequeBody(order.id, bank.id), bank: undefined }, "bank"],
      [{ ...wireBody(order.id, bank.id), bank: undefined }, "bank"],
    ];
    for (const [body, field] of cases) {
      const res = await accountant.api.post("/transactions", body);
      expect(res.status, field).toBe(400);
      expect(res.body).toMatchObject({ title: "Validation error", status: 400, detail: `The field '${field}' is required`, errors: { [field]: ["This field is required"] } });
    }
    expect(await app.services.db.auctionTransaction.count({ where: { orderId: order.id } })).toBe(0);
  });

  test("malformed values and unknown references are a 422 on their field", async () => {
    const { order } = await payableOrder(app);
    const cases: [Record<string, unknown>, string][] = [
      [cardBody(order.id, { order: "999999999" }), "order"],
      [cardBody(order.id, { order: "abc" }), "order"],
      [cardBody(order.id, { transaction_type: "Barter", credit_card_type: undefined }), "transaction_type"],
      [cardBody(order.id, { amount: "0.00" }), "amount"],
      [cardBody(order.id, { amount: "-5.00" }), "amount"],
      [cardBody(order.id, { credit_card_last_4_digits: "45a7" }), "credit_card_last_4_digits"],
      [cardBody(order.id, { credit_card_last_4_digits: "12345" }), "credit_card_last_4_digits"],
      [cardBody(order.id, { transaction_date: "2025-13-40" }), "transaction_date"],
      [cardBody(order.id, { transaction_date: "0000-01-01" }), "transaction_date"],
      [cardBody(order.id, { transferred_currency: "dollars" }), "transferred_currency"],
      [cardBody(order.id, { bank: "999999999" }), "bank"],
    ];
    for (const [body, field] of cases) {
      const res = await accountant.api.post("/transactions", body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.status).toBe(422);
      expect(Object.keys(res.body.errors), field).toEqual([field]);
    }
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "0.00", amountDue: "1200.00" });
  });

  test("no overpayment, refunds only up to what was received, canceled orders take no payments (422)", async () => {
    const { order } = await payableOrder(app);
    const over = await accountant.api.post("/transactions", cardBody(order.id, { amount: "1200.01" }));
    expect(over.status).toBe(422);
    expect(over.body).toMatchObject({ status: 422, detail: "The payment exceeds the amount due (1200.00)" });
    expect((await accountant.api.post("/transactions", cardBody(order.id, { amount: "1000.00" }))).status).toBe(201);
    expect((await accountant.api.post("/transactions", cardBody(order.id, { amount: "200.01", transaction_type: "Cash" }))).body.detail)
      .toBe("The payment exceeds the amount due (200.00)");
    expect((await accountant.api.post("/transactions", cardBody(order.id, { amount: "200.00", transaction_type: "Cash" }))).status).toBe(201);
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "1200.00", amountDue: "0.00" });

    const tooMuch = await accountant.api.post("/transactions", cardBody(order.id, { transaction_type: "Refund", amount: "1200.01" }));
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.detail).toBe("A refund cannot exceed what was received (1200.00)");
    const refund = await accountant.api.post("/transactions", cardBody(order.id, { transaction_type: "Refund", amount: "300.00" }));
    expect(refund.status).toBe(201);
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "900.00", amountDue: "300.00" });

    await app.services.db.auctionOrder.update({ where: { id: order.id }, data: { status: "canceled" } });
    const onCanceled = await accountant.api.post("/transactions", cardBody(order.id, { amount: "10.00" }));
    expect(onCanceled.status).toBe(422);
    expect(onCanceled.body.detail).toBe("A canceled order accepts no payments");
    // what a canceled order received can still be given back
    expect((await accountant.api.post("/transactions", cardBody(order.id, { transaction_type: "Refund", amount: "900.00" }))).status).toBe(201);
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "0.00", amountDue: "1200.00" });
  });

  test("two payments at once cannot both pass the amount-due check", async () => {
    const { order } = await payableOrder(app);
    const results = await Promise.all([0, 1, 2].map(() => accountant.api.post("/transactions", cardBody(order.id, { amount: "700.00" }))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422]);
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "700.00", amountDue: "500.00" });
  });

  test("a credit note's refund may pay out its credit", async () => {
    const { order } = await payableOrder(app, { type: "credit_note", hammer: "-100.00" });
    expect(await orderTotals(app, order.id)).toEqual({ grandTotal: "-120.00", paymentReceived: "0.00", amountDue: "-120.00" });
    expect((await accountant.api.post("/transactions", cardBody(order.id, { amount: "1.00" }))).status).toBe(422);
    expect((await accountant.api.post("/transactions", cardBody(order.id, { transaction_type: "Refund", amount: "120.01" }))).status).toBe(422);
    expect((await accountant.api.post("/transactions", cardBody(order.id, { transaction_type: "Refund", amount: "120.00" }))).status).toBe(201);
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "-120.00", amountDue: "0.00" });
  });

  test("only a credit note pays out credit: an order below zero otherwise refunds only what it received", async () => {
    const { order } = await payableOrder(app, { hammer: "-100.00" });
    expect(await orderTotals(app, order.id)).toMatchObject({ grandTotal: "-120.00", paymentReceived: "0.00" });
    const res = await accountant.api.post("/transactions", cardBody(order.id, { transaction_type: "Refund", amount: "50.00" }));
    expect(res.status, res.text).toBe(422);
    expect(res.body.detail).toBe("A refund cannot exceed what was received (0.00)");
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "0.00" });
  });

  test("401 without a token, 403 for a role outside finance", async () => {
    const { order } = await payableOrder(app);
    expect((await auctionAnon(app).post("/transactions", { body: cardBody(order.id) })).status).toBe(401);
    const res = await clerk.api.post("/transactions", cardBody(order.id));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ title: "Access denied", status: 403 });
    expect(await app.services.db.auctionTransaction.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("PATCH / DELETE /transactions/:id", () => {
  test("updates the given fields with the same rules; the order's totals follow", async () => {
    const { order } = await payableOrder(app);
    const id = (await accountant.api.post("/transactions", cardBody(order.id))).body.data[0].id;
    const res = await accountant.api.patch(`/transactions/${id}`, { amount: "550.00", info: "Updated payment amount" });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({ id, amount: "550.00", transferred_amount: "550.00", info: "Updated payment amount", credit_card_type: "Visa", transaction_date: "2025-10-15" });
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "550.00", amountDue: "650.00" });

    const over = await accountant.api.patch(`/transactions/${id}`, { amount: "1200.01" });
    expect(over.status).toBe(422);
    expect(over.body.detail).toBe("The payment exceeds the amount due (1200.00)");
    expect((await accountant.api.patch(`/transactions/${id}`, { credit_card_last_4_digits: "12" })).status).toBe(422);
    expect((await accountant.api.patch(`/transactions/${id}`, { amount: null })).status).toBe(400);
    // becoming a cheque needs what a cheque needs
    const cheque = await accountant.api.patch(`/transactions/${id}`, { transaction_type: "Cheque" });
    expect(cheque.status).toBe(400);
    expect(cheque.body.detail).toBe("The field 'cheque_number' is required");
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "550.00", amountDue: "650.00" });

    // turning it into a refund is refused while nothing else was received
    expect((await accountant.api.patch(`/transactions/${id}`, { transaction_type: "Refund" })).body.detail).toBe("A refund cannot exceed what was received (0.00)");
  });

  test("deletes: 204, the order's totals follow, then 404", async () => {
    const { order } = await payableOrder(app);
    const id = (await accountant.api.post("/transactions", cardBody(order.id, { amount: "700.00" }))).body.data[0].id;
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "700.00", amountDue: "500.00" });
    const res = await accountant.api.delete(`/transactions/${id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "0.00", amountDue: "1200.00" });
    const again = await accountant.api.delete(`/transactions/${id}`);
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ title: "Resource not found", status: 404, detail: `Transaction with ID ${id} does not exist` });
    expect((await accountant.api.patch("/transactions/999999999", { info: "x" })).status).toBe(404);
  });

  test("deleting a payment that a refund relies on is refused", async () => {
    const { order } = await payableOrder(app);
    const pay = (await accountant.api.post("/transactions", cardBody(order.id, { amount: "400.00" }))).body.data[0].id;
    expect((await accountant.api.post("/transactions", cardBody(order.id, { transaction_type: "Refund", amount: "100.00" }))).status).toBe(201);
    const res = await accountant.api.delete(`/transactions/${pay}`);
    expect(res.status).toBe(422);
    expect(res.body.detail).toBe("Refunds would exceed what was received");
    expect((await accountant.api.patch(`/transactions/${pay}`, { amount: "99.99" })).status).toBe(422);
    expect((await accountant.api.patch(`/transactions/${pay}`, { amount: "100.00" })).status).toBe(200);
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "0.00", amountDue: "1200.00" });
  });

  test("a locked order's transactions are final (422); roles as for creation", async () => {
    const { order } = await payableOrder(app);
    const id = (await accountant.api.post("/transactions", cardBody(order.id))).body.data[0].id;
    expect((await clerk.api.patch(`/transactions/${id}`, { info: "x" })).status).toBe(403);
    expect((await clerk.api.delete(`/transactions/${id}`)).status).toBe(403);
    expect((await auctionAnon(app).delete(`/transactions/${id}`)).status).toBe(401);
    await app.services.db.auctionOrder.update({ where: { id: order.id }, data: { status: "locked" } });
    const upd = await accountant.api.patch(`/transactions/${id}`, { info: "late change" });
    expect(upd.status).toBe(422);
    expect(upd.body.detail).toBe("The order is locked: its transactions cannot be changed or deleted");
    expect((await accountant.api.delete(`/transactions/${id}`)).status).toBe(422);
    expect(await app.services.db.auctionTransaction.findUnique({ where: { id: Number(id) } })).toMatchObject({ info: "Credit card payment" });
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "500.00" });
  });
});

describe("GET /transactions", () => {
  test("filters by order, client, type, amount and date ranges; newest first by default", async () => {
    const a = await payableOrder(app, { hammer: "5000.00" });
    const b = await payableOrder(app, { hammer: "5000.00" });
    const bank = await auctionBank(app);
    const ids: string[] = [];
    for (const body of [cardBody(a.order.id, { amount: "100.00", transaction_date: "2025-01-10" }), chequeBody(a.order.id, bank.id, { amount: "200.00", transaction_date: "2025-02-10" }),
      cardBody(a.order.id, { amount: "300.00", transaction_type: "Cash", transaction_date: "2025-03-10" }), cardBody(b.order.id, { amount: "400.00" })]) {
      const res = await accountant.api.post("/transactions", body);
      expect(res.status).toBe(201);
      ids.push(res.body.data[0].id);
    }
    const byOrder = await viewer.api.get(`/transactions?filter[order]=${a.order.id}`);
    expect(byOrder.status).toBe(200);
    expect(byOrder.body.count).toBe(3);
    expect(byOrder.body.data.map((t: any) => t.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(Object.keys(byOrder.body.data[0]).sort()).toEqual(KEYS);
    expect(byOrder.body.data[1].bank_account_number).toBe("****6789");
    expect(byOrder.text).not.toContain("123456789");

    const byClient = await viewer.api.get(`/transactions?filter[client]=${b.client.id}`);
    expect(byClient.body.data.map((t: any) => t.id)).toEqual([ids[3]]);
    const cheques = await viewer.api.get(`/transactions?filter[order]=${a.order.id}&filter[transaction_type]=Cheque`);
    expect(cheques.body.data.map((t: any) => t.id)).toEqual([ids[1]]);
    const amounts = await viewer.api.get(`/transactions?filter[order]=${a.order.id}&filter[amount][value][from]=150&filter[amount][value][to]=300&sort=amount`);
    expect(amounts.body.data.map((t: any) => t.amount)).toEqual(["200.00", "300.00"]);
    const dates = await viewer.api.get(`/transactions?filter[order]=${a.order.id}&filter[transaction_date][value][from]=2025-01-01&filter[transaction_date][value][to]=2025-02-10&sort=transaction_date`);
    expect(dates.body.data.map((t: any) => t.transaction_date)).toEqual(["2025-01-10", "2025-02-10"]);
    const sparse = await viewer.api.get(`/transactions?filter[order]=${a.order.id}&fields=id,amount&range=1`);
    expect(sparse.body.count).toBe(3);
    expect(sparse.body.data).toEqual([{ id: ids[2], amount: "300.00" }]);
    expect((await viewer.api.get("/transactions?filter[transaction_type]=Barter")).status).toBe(400);
    expect((await auctionAnon(app).get("/transactions")).status).toBe(401);
  });

  test("GraphQL: create and list through the typed fields", async () => {
    const { order } = await payableOrder(app);
    const created = await gql(app.url, `mutation($input: CreateAuctionTransactionInput!) { createAuctionTransaction(input: $input) { id amount transactionType order } }`,
      { input: { order: String(order.id), transactionType: "Cash", amount: "120.50" } }, accountant.token);
    expect(created.errors).toBeUndefined();
    expect(created.data.createAuctionTransaction).toMatchObject({ amount: "120.50", transactionType: "Cash", order: String(order.id) });
    const list = await gql(app.url, `query($f: AuctionTransactionFilter) { auctionTransactions(filter: $f) { count data { id transactionDate } } }`,
      { f: { order: { eq: String(order.id) } } }, viewer.token);
    expect(list.errors).toBeUndefined();
    expect(list.data.auctionTransactions).toEqual({ count: 1, data: [{ id: created.data.createAuctionTransaction.id, transactionDate: new Date().toISOString().slice(0, 10) }] });
    expect(await orderTotals(app, order.id)).toMatchObject({ paymentReceived: "120.50", amountDue: "1079.50" });
  });
});

describe("POST /generate-cheque", () => {
  const fileOf = async (url: string) => {
    const fid = Number(/\/api\/v1\.0\/get-file\/(\d+)\?download=1$/.exec(url)?.[1]);
    const row = await app.services.db.auctionFile.findUniqueOrThrow({ where: { id: fid } });
    return { row, bytes: (await app.services.storage.get(row.storageKey))! };
  };

  test("a cheque's PDF (1 page) and SVG picture, stored and linked from the transaction; regenerating replaces them", async () => {
    const { order, client } = await payableOrder(app, { hammer: "2000.00" });
    const bank = await auctionBank(app, { name: "First Harbour Bank" });
    const id = (await accountant.api.post("/transactions", chequeBody(order.id, bank.id))).body.data[0].id;
    const res = await accountant.api.post("/generate-cheque", { id });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["data"]);
    expect(res.body.data).toEqual({ transaction_id: id, cheque_url: expect.stringMatching(/^https?:\/\/.+\/api\/v1\.0\/get-file\/\d+\?download=1$/), illustrated_cheque_url: expect.stringMatching(/get-file\/\d+/) });

    const pdf = await fileOf(res.body.data.cheque_url);
    expect(pdf.row).toMatchObject({ mime: "application/pdf", filename: `cheque-${id}.pdf` });
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe("%PDF-");
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe("Cheque 001234");
    const svg = await fileOf(res.body.data.illustrated_cheque_url);
    expect(svg.row.mime).toBe("image/svg+xml");
    const picture = new TextDecoder().decode(svg.bytes);
    expect(picture.startsWith("<svg")).toBe(true);
    for (const text of ["$1,250.00", "One thousand two hundred fifty and 00/100 Dollars", client.lastName, "First Harbour Bank", "No. 001234", "2025-10-15", "****6789"]) {
      expect(picture).toContain(text);
    }
    expect(picture).not.toContain("123456789");

    const listed = await viewer.api.get(`/transactions?filter[id]=${id}`);
    expect(listed.body.data[0]).toMatchObject({ cheque_url: res.body.data.cheque_url, illustrated_cheque_url: res.body.data.illustrated_cheque_url });

    const again = await accountant.api.post("/generate-cheque", { id });
    expect(again.status).toBe(200);
    expect(again.body.data.cheque_url).not.toBe(res.body.data.cheque_url);
    expect(await app.services.db.auctionFile.count({ where: { id: { in: [pdf.row.id, svg.row.id] } } })).toBe(0);
    expect(await app.services.storage.get(pdf.row.storageKey)).toBeNull();

    // a change the cheque shows makes it stale: its files go, generate-cheque makes new ones
    const newer = await fileOf(again.body.data.cheque_url);
    const patched = await accountant.api.patch(`/transactions/${id}`, { amount: "1300.00" });
    expect(patched.body.data[0]).toMatchObject({ cheque_url: null, illustrated_cheque_url: null });
    expect(await app.services.db.auctionFile.count({ where: { id: newer.row.id } })).toBe(0);
  });

  test("other types: exactly the spec's 400; unknown id 404; missing id 400; roles", async () => {
    const { order } = await payableOrder(app);
    const id = (await accountant.api.post("/transactions", cardBody(order.id))).body.data[0].id;
    const res = await accountant.api.post("/generate-cheque", { id });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ title: "Transaction must be of type 'Cheque'", status: 400 });
    expect((await accountant.api.post("/generate-cheque", { id: "999999999" })).status).toBe(404);
    const missing = await accountant.api.post("/generate-cheque", {});
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toBe("The field 'id' is required");
    expect((await clerk.api.post("/generate-cheque", { id })).status).toBe(403);
    expect((await auctionAnon(app).post("/generate-cheque", { body: { id } })).status).toBe(401);
  });

  test("GraphQL generateAuctionCheque", async () => {
    const { order } = await payableOrder(app, { hammer: "20000.00" });
    const bank = await auctionBank(app);
    const id = (await accountant.api.post("/transactions", chequeBody(order.id, bank.id, { amount: "12345.67" }))).body.data[0].id;
    const r = await gql(app.url, `mutation($id: ID) { generateAuctionCheque(input: {id: $id}) { transactionId chequeUrl illustratedChequeUrl } }`, { id }, accountant.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.generateAuctionCheque.transactionId).toBe(id);
    const svg = new TextDecoder().decode((await fileOf(r.data.generateAuctionCheque.illustratedChequeUrl)).bytes);
    expect(svg).toContain("$12,345.67");
    expect(svg).toContain("Twelve thousand three hundred forty-five and 67/100");
  });
});

describe("cheque rendering", () => {
  test("names the PDF fonts cannot draw, and amounts too long for one line, still render", async () => {
    const data = { chequeNumber: "77", date: "2025-10-15", payee: "Zoë 山田 O'Brien & <Sons>", amount: new Decimal("777777777777.77"), currency: "EUR",
      bankName: "Banque Générale", bankBranch: null, account: "****0001", memo: "Order 1" };
    const doc = await PDFDocument.load(await chequePdf(data));
    expect(doc.getPageCount()).toBe(1);
    const svg = chequeSvg(data);
    expect(svg).toContain("Zoë 山田 O&#39;Brien &amp; &lt;Sons&gt;");
    expect(svg).toContain("€777,777,777,777.77");
    expect(svg).toContain("Seven hundred seventy-seven billion");
    expect(svg).toContain("and 77/100 Euros");
  });
});

describe("amount in words", () => {
  test("cheque wording, exact to the cent", () => {
    expect(amountInWords("1250.00")).toBe("One thousand two hundred fifty and 00/100");
    expect(amountInWords("0.05")).toBe("Zero and 05/100");
    expect(amountInWords("19.99")).toBe("Nineteen and 99/100");
    expect(amountInWords("21")).toBe("Twenty-one and 00/100");
    expect(amountInWords("100.10")).toBe("One hundred and 10/100");
    expect(amountInWords("1000000.01")).toBe("One million and 01/100");
    expect(amountInWords("2001015.5")).toBe("Two million one thousand fifteen and 50/100");
    expect(amountInWords("999999999999.99")).toBe(
      "Nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine and 99/100");
    expect(numberInWords("0")).toBe("zero");
    expect(numberInWords("110")).toBe("one hundred ten");
    expect(() => amountInWords("-1.00")).toThrow();
  });
});
