import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, http } from "../../support/http.ts";
import { fundWallet, printUser, type PrintUserFixture } from "../../support/print-factory.ts";
import { blob, docBytes, docxBytes, emptyPdfBytes, jpegBytes, pdfBytes, pngBytes, pptBytes, pptxBytes } from "../../support/print-fixtures.ts";
import { unique } from "../../support/unique.ts";

let app: TestApp;
let storageDir: string;
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "print-files-"));
  // the kernel's REST body limit (1 MB by default) must admit a 100 MB batch for the upload limits to be ours
  app = await startTestApp({ STORAGE_DIR: storageDir, PRINT_UPLOADS_PER_MINUTE: "100000" });
});
afterAll(async () => { await app?.close(); await rm(storageDir, { recursive: true, force: true }); });

const PAGE_COUNT = "Page count not available for this file. Please convert to PDF and upload.";
const UPLOAD_KEYS = ["code", "file_id", "files", "num_pages", "queue_position", "total_cost"];
const MY_FILE_KEYS = ["cancel_reason", "cancelled_at", "code", "color_mode", "comment", "copies", "created_at", "id", "num_pages", "original_name",
  "paper_size", "payment_order_id", "print_mode", "print_type", "shop_id", "status", "total_cost"];

type Part = [name: string, bytes: Uint8Array];
/** A multipart POST to /print<path> (the files under `field`), answered like the http helper answers. */
async function multipart(pathname: string, parts: Part[], fields: Record<string, string>, opts: { token?: string; field?: string; headers?: Record<string, string> } = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [name, bytes] of parts) form.append(opts.field ?? "files[]", blob(bytes), name);
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const res = await fetch(`${app.url}/print${pathname}`, { method: "POST", body: form, headers });
  const text = await res.text();
  let body: any = text;
  try { body = JSON.parse(text); } catch { /* plain text */ }
  return { status: res.status, body, text, headers: res.headers };
}
const upload = (user: PrintUserFixture, parts: Part[], fields: Record<string, string> = { print_type: "private" }, field?: string) =>
  multipart("/upload", parts, fields, { token: user.token, field });
const onePdf = async (user: PrintUserFixture, pages = 3, fields: Record<string, string> = { print_type: "private" }) => {
  const res = await upload(user, [["doc.pdf", await pdfBytes(pages)]], fields);
  expect(res.status, res.text).toBe(200);
  return res.body as { file_id: number; code: string; num_pages: number; total_cost: number; queue_position: number | null };
};
const fileRow = (id: number) => app.services.db.printFile.findUniqueOrThrow({ where: { id } });
const storedNames = async (userId: number) => readdir(path.join(storageDir, "print", String(userId))).catch(() => [] as string[]);
const paidOrder = (userId: number, amount: number, extra: Record<string, unknown> = {}) => app.services.db.printPaymentOrder.create({
  data: { userId, orderId: unique("order"), amount, status: "paid", paymentMethod: "wallet", walletAmount: amount, printType: "private", paidAt: new Date(), ...extra },
});

describe("POST /upload", () => {
  test("a private PDF: documented shape, real page count, cost, stored bytes", async () => {
    const customer = await printUser(app);
    const pdf = await pdfBytes(3);
    const res = await upload(customer, [["Thesis.pdf", pdf]], { print_type: "private", copies: "2", comment: "  staple please  " });
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(UPLOAD_KEYS);
    expect(res.body).toMatchObject({ num_pages: 3, total_cost: 6, queue_position: null });
    expect(res.body.code).toMatch(/^[A-Za-z0-9]{6}$/);
    expect(res.body.files).toEqual([{ name: "Thesis.pdf", file_id: res.body.file_id, code: res.body.code, num_pages: 3, total_cost: 6, queue_position: null }]);
    const row = await fileRow(res.body.file_id);
    expect(row).toMatchObject({ userId: customer.id, status: "uploaded", printType: "private", copies: 2, printMode: "single", colorMode: "bw", paperSize: "A4",
      cost: 600, numPages: 3, mimeType: "application/pdf", originalName: "Thesis.pdf", comment: "staple please", storageKey: `print/${customer.id}/${res.body.code}` });
    expect(Buffer.from((await app.services.storage.get(row.storageKey!))!)).toEqual(Buffer.from(pdf));
  });

  test("every supported type in one batch: counted pages, colour price, first file on top, every file in files", async () => {
    const customer = await printUser(app);
    const parts: Part[] = [["a.pdf", await pdfBytes(2)], ["b.png", pngBytes()], ["c.JPG", jpegBytes()], ["d.docx", docxBytes(7)],
      ["e.pptx", pptxBytes(4)], ["f.doc", docBytes(9)], ["g.ppt", pptBytes(11)], ["h.pptx", pptxBytes(undefined, 5)]];
    const res = await upload(customer, parts, { print_type: "private", copies: "2", color_mode: "color", print_mode: "double", paper_size: "a3" });
    expect(res.status, res.text).toBe(200);
    const pages = [2, 1, 1, 7, 4, 9, 11, 5];
    expect(res.body.files.map((f: any) => [f.name, f.num_pages, f.total_cost])).toEqual(parts.map(([name], i) => [name, pages[i], pages[i]! * 2 * 10]));
    expect(res.body).toMatchObject({ file_id: res.body.files[0].file_id, code: res.body.files[0].code, num_pages: 2, total_cost: 40 });
    expect(new Set(res.body.files.map((f: any) => f.code)).size).toBe(parts.length);
    const rows = await app.services.db.printFile.findMany({ where: { userId: customer.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.mimeType)).toEqual(["application/pdf", "image/png", "image/jpeg",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/msword", "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation"]);
    expect(rows.every((r) => r.paperSize === "A3" && r.printMode === "double" && r.colorMode === "color")).toBe(true);
  });

  test.each(["file", "files", "files[]"])("files may be sent as %s", async (field) => {
    const customer = await printUser(app);
    const res = await upload(customer, [["x.pdf", await pdfBytes(1)]], { print_type: "private" }, field);
    expect(res.status, res.text).toBe(200);
    expect(res.body.num_pages).toBe(1);
  });

  test("queue prints: position among the shop's waiting (uploaded/printing) files, in upload order", async () => {
    const shop = await printUser(app, "shopkeeper");
    const [a, b] = [await printUser(app), await printUser(app)];
    const queue = { print_type: "queue", shop_id: String(shop.id) };
    const first = await onePdf(a, 1, queue);
    expect(first.queue_position).toBe(1);
    expect((await onePdf(b, 1, queue)).queue_position).toBe(2);
    const batch = await upload(a, [["1.pdf", await pdfBytes(1)], ["2.pdf", await pdfBytes(1)]], queue);
    expect(batch.body.files.map((f: any) => f.queue_position)).toEqual([3, 4]);
    expect((await fileRow(first.file_id)).shopkeeperId).toBe(shop.id);
    await app.services.db.printFile.update({ where: { id: first.file_id }, data: { status: "downloaded" } });
    expect((await onePdf(b, 1, queue)).queue_position).toBe(4);
  });

  test("queue prints need an existing, open shop", async () => {
    const customer = await printUser(app);
    const closed = await printUser(app, "shopkeeper", { isOpen: false });
    const notAShop = await printUser(app);
    const pdf = await pdfBytes(1);
    const cases: [Record<string, string>, string][] = [
      [{ print_type: "queue" }, "shop_id is required for queue prints"],
      [{ print_type: "queue", shop_id: String(notAShop.id) }, "Shop not found"],
      [{ print_type: "queue", shop_id: "999999999" }, "Shop not found"],
      [{ print_type: "queue", shop_id: "abc" }, "shop_id must be a shop's numeric id"],
      [{ print_type: "queue", shop_id: String(closed.id) }, "This shop is closed right now; please choose another shop"],
    ];
    for (const [fields, message] of cases) {
      const res = await upload(customer, [["x.pdf", pdf]], fields);
      expect([res.status, res.text]).toEqual([400, message]);
    }
  });

  test.each([
    ["an empty PDF", "empty.pdf", () => emptyPdfBytes()],
    ["a zero-byte file", "zero.pdf", () => new Uint8Array()],
    ["a docx without docProps/app.xml", "noapp.docx", () => docxBytes()],
    ["a pptx without app.xml or slides", "empty.pptx", () => pptxBytes()],
    ["a doc without SummaryInformation", "nosummary.doc", () => docBytes()],
    ["a ppt without DocumentSummaryInformation", "nosummary.ppt", () => pptBytes()],
  ])("%s → 400 with the documented message; nothing is stored", async (_label, name, bytes) => {
    const customer = await printUser(app);
    const res = await upload(customer, [["fine.pdf", await pdfBytes(1)], [name, bytes()]]);
    expect([res.status, res.text]).toEqual([400, PAGE_COUNT]);
    expect(await app.services.db.printFile.count({ where: { userId: customer.id } })).toBe(0);
    expect(await storedNames(customer.id)).toEqual([]);
  });

  test("types are checked by extension and by content", async () => {
    const customer = await printUser(app);
    const cases: [Part, string][] = [
      [["notes.txt", new TextEncoder().encode("hello")], "Unsupported file type: notes.txt. Allowed types: pdf, png, jpg, jpeg, docx, pptx, doc, ppt"],
      // a file that is not what its extension says is "non-standard": the documented page-count message
      [["image.pdf", pngBytes()], PAGE_COUNT],
      [["slides.docx", pptxBytes(3)], PAGE_COUNT],
      [["deck.doc", pptBytes(3)], PAGE_COUNT],
      [["photo.png", jpegBytes()], PAGE_COUNT],
    ];
    for (const [part, message] of cases) {
      const res = await upload(customer, [part]);
      expect([res.status, res.text]).toEqual([400, message]);
    }
  });

  test("print options are validated with messages naming the form fields", async () => {
    const customer = await printUser(app);
    const pdf = await pdfBytes(1);
    const cases: [Record<string, string>, string][] = [
      [{}, 'print_type must be "private" or "queue"'],
      [{ print_type: "public" }, 'print_type must be "private" or "queue"'],
      [{ print_type: "private", copies: "0" }, "copies must be a whole number from 1 to 100"],
      [{ print_type: "private", copies: "101" }, "copies must be a whole number from 1 to 100"],
      [{ print_type: "private", copies: "two" }, "copies must be a whole number from 1 to 100"],
      [{ print_type: "private", print_mode: "triple" }, 'print_mode must be "single" or "double"'],
      [{ print_type: "private", color_mode: "sepia" }, 'color_mode must be "bw" or "color"'],
      [{ print_type: "private", paper_size: "A0" }, "paper_size must be one of A3, A4, A5, B4, B5, Letter, Legal, Tabloid"],
      [{ print_type: "private", comment: "x".repeat(501) }, "comment must be at most 500 characters"],
    ];
    for (const [fields, message] of cases) {
      const res = await upload(customer, [["x.pdf", pdf]], fields);
      expect([res.status, res.text]).toEqual([400, message]);
    }
    expect((await upload(customer, [["x.pdf", pdf]], { print_type: "private", comment: "x".repeat(500), copies: "100" })).status).toBe(200);
  });

  test("no file, or not multipart → 400 / 415", async () => {
    const customer = await printUser(app);
    const none = await upload(customer, [], { print_type: "private" });
    expect([none.status, none.text]).toEqual([400, "No file uploaded: send the file(s) as files[] or file"]);
    const json = await customer.api.post("/upload", { print_type: "private" });
    expect(json.status).toBe(415);
  });

  test("20 MB per file and 100 MB per batch → 413", async () => {
    const customer = await printUser(app);
    const big = await upload(customer, [["big.pdf", new Uint8Array(20 * 1024 * 1024 + 1)]]);
    expect(big.status).toBe(413);
    expect(big.text).toContain("big.pdf");
    const chunk = new Uint8Array(20 * 1024 * 1024);
    const batch = await upload(customer, [1, 2, 3, 4, 5].map((i) => [`${i}.pdf`, chunk] as Part).concat([["6.pdf", await pdfBytes(1)]]));
    expect(batch.status).toBe(413);
    expect(await app.services.db.printFile.count({ where: { userId: customer.id } })).toBe(0);
  });

  test("401 without or with a bad token, 403 for a shopkeeper, 403 for a cookie without CSRF token", async () => {
    const pdf = await pdfBytes(1);
    expect((await multipart("/upload", [["x.pdf", pdf]], { print_type: "private" })).status).toBe(401);
    expect((await multipart("/upload", [["x.pdf", pdf]], { print_type: "private" }, { token: "not-a-jwt" })).status).toBe(401);
    const shop = await printUser(app, "shopkeeper");
    expect((await upload(shop, [["x.pdf", pdf]])).status).toBe(403);
    const customer = await printUser(app);
    const cookie = await multipart("/upload", [["x.pdf", pdf]], { print_type: "private" }, { headers: { cookie: `token=${customer.token}` } });
    expect([cookie.status, cookie.text]).toEqual([403, "Invalid or missing CSRF token"]);
  });
});

describe("POST /upload with payment_order_id", () => {
  test("attaches the files to the caller's paid order; the order must cover their cost", async () => {
    const customer = await printUser(app);
    const order = await paidOrder(customer.id, 500);
    const res = await upload(customer, [["x.pdf", await pdfBytes(3)]], { print_type: "private", payment_order_id: String(order.id) });
    expect(res.status, res.text).toBe(200);
    expect((await fileRow(res.body.file_id)).paymentOrderId).toBe(order.id);
    // ₹3 of ₹5 used: another 3 pages do not fit, and nothing of the refused batch stays stored
    const over = await upload(customer, [["y.pdf", await pdfBytes(3)]], { print_type: "private", payment_order_id: String(order.id) });
    expect([over.status, over.text]).toEqual([400, "The payment order does not cover the cost of these files"]);
    expect(await storedNames(customer.id)).toEqual([res.body.code]);
  });

  test("a queue order's shop is used when shop_id is left out; another shop is refused", async () => {
    const customer = await printUser(app);
    const [shop, other] = [await printUser(app, "shopkeeper"), await printUser(app, "shopkeeper")];
    const order = await paidOrder(customer.id, 10_000, { printType: "queue", shopkeeperId: shop.id });
    const res = await upload(customer, [["x.pdf", await pdfBytes(1)]], { print_type: "queue", payment_order_id: String(order.id) });
    expect(res.status, res.text).toBe(200);
    expect(res.body.queue_position).toBe(1);
    expect((await fileRow(res.body.file_id)).shopkeeperId).toBe(shop.id);
    const wrong = await upload(customer, [["x.pdf", await pdfBytes(1)]], { print_type: "queue", shop_id: String(other.id), payment_order_id: String(order.id) });
    expect([wrong.status, wrong.text]).toEqual([400, "The payment order is for another shop"]);
    const kind = await upload(customer, [["x.pdf", await pdfBytes(1)]], { print_type: "private", payment_order_id: String(order.id) });
    expect([kind.status, kind.text]).toEqual([400, "The payment order is for a queue print"]);
  });

  test("no files can be attached to an order once its payout is recorded or all its files are finished", async () => {
    const customer = await printUser(app);
    const shop = await printUser(app, "shopkeeper");
    const FINISHED = "This payment order is already completed (its files were printed, withdrawn or cancelled); pay for new files with a new order";
    const fields = (orderId: number) => ({ print_type: "private", payment_order_id: String(orderId) });

    const printed = await paidOrder(customer.id, 10_000, { shopkeeperId: shop.id, shopkeeperAmount: 9_000 });
    const first = await upload(customer, [["a.pdf", await pdfBytes(1)]], fields(printed.id));
    expect(first.status, first.text).toBe(200);
    expect((await shop.api.post(`/file/${first.body.code}/confirm`)).status).toBe(200);
    expect((await app.services.db.printPayout.findMany({ where: { paymentOrderId: printed.id } })).map((p) => p.amount)).toEqual([90]);
    const late = await upload(customer, [["b.pdf", await pdfBytes(50)]], fields(printed.id));
    expect([late.status, late.text]).toEqual([400, FINISHED]);
    expect(await app.services.db.printFile.count({ where: { paymentOrderId: printed.id } })).toBe(1);

    const withdrawn = await paidOrder(customer.id, 10_000);
    const only = await upload(customer, [["c.pdf", await pdfBytes(1)]], fields(withdrawn.id));
    expect((await customer.api.post(`/withdraw/${only.body.file_id}`)).status).toBe(200);
    const again = await upload(customer, [["d.pdf", await pdfBytes(1)]], fields(withdrawn.id));
    expect([again.status, again.text]).toEqual([400, FINISHED]);
    // nothing of the refused batches stays stored
    expect((await storedNames(customer.id)).sort()).toEqual([]);
  });

  test("another customer's order is 404; an unpaid one is 400", async () => {
    const [customer, other] = [await printUser(app), await printUser(app)];
    const foreign = await paidOrder(other.id, 10_000);
    const unpaid = await paidOrder(customer.id, 10_000, { status: "created", paidAt: null });
    const pdf = await pdfBytes(1);
    const a = await upload(customer, [["x.pdf", pdf]], { print_type: "private", payment_order_id: String(foreign.id) });
    expect([a.status, a.text]).toEqual([404, "Payment order not found"]);
    const b = await upload(customer, [["x.pdf", pdf]], { print_type: "private", payment_order_id: String(unpaid.id) });
    expect([b.status, b.text]).toEqual([400, "The payment order is not paid"]);
  });
});

describe("POST /calculate-cost", () => {
  test("prices the files without storing anything", async () => {
    const customer = await printUser(app);
    const res = await multipart("/calculate-cost", [["a.pdf", await pdfBytes(3)], ["b.docx", docxBytes(7)]], { copies: "2" }, { token: customer.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ files: [{ name: "a.pdf", num_pages: 3, cost: 6 }, { name: "b.docx", num_pages: 7, cost: 14 }], total_pages: 10, total_cost: 20, copies: 2, price_per_page: 1 });
    expect(await app.services.db.printFile.count({ where: { userId: customer.id } })).toBe(0);
    expect(await storedNames(customer.id)).toEqual([]);
  });

  test("colour uses COST_PER_PAGE_COLOR; double-sided costs the same as single-sided", async () => {
    const shop = await printUser(app, "shopkeeper"); // any print user may ask for a price
    const parts: Part[] = [["a.pptx", pptxBytes(4)]];
    const single = await multipart("/calculate-cost", parts, { color_mode: "color", print_mode: "single" }, { token: shop.token });
    const double = await multipart("/calculate-cost", parts, { color_mode: "color", print_mode: "double" }, { token: shop.token });
    expect(single.body).toMatchObject({ total_pages: 4, total_cost: 40, price_per_page: 10 });
    expect(double.body).toEqual(single.body);
  });

  test("the documented page-count error, 401 without a token", async () => {
    const customer = await printUser(app);
    const bad = await multipart("/calculate-cost", [["x.doc", docBytes()]], {}, { token: customer.token });
    expect([bad.status, bad.text]).toEqual([400, PAGE_COUNT]);
    expect((await multipart("/calculate-cost", [["x.pdf", await pdfBytes(1)]], {})).status).toBe(401);
  });
});

describe("GET /file/:code and GET /file/:code/status", () => {
  test("the owner downloads the bytes with content type and file name; status is documented", async () => {
    const customer = await printUser(app);
    const docx = docxBytes(2);
    const up = await upload(customer, [["Résumé final.docx", docx]]);
    const res = await fetch(`${app.url}/print/file/${up.body.code}`, { headers: { authorization: `Bearer ${customer.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="R_sum_ final.docx"; filename*=UTF-8''R%C3%A9sum%C3%A9%20final.docx`);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from(docx));
    const status = await customer.api.get(`/file/${up.body.code}/status`);
    expect([status.status, status.body]).toEqual([200, { status: "uploaded", cancel_reason: null, cancelled_at: null }]);
  });

  test("any shop and admins may read a private print; other customers get 404", async () => {
    const [owner, stranger, admin] = [await printUser(app), await printUser(app), await printUser(app, "admin")];
    const shop = await printUser(app, "shopkeeper");
    const { code } = await onePdf(owner);
    for (const who of [shop, admin]) {
      expect((await who.api.get(`/file/${code}`)).status).toBe(200);
      expect((await who.api.get(`/file/${code}/status`)).body).toMatchObject({ status: "uploaded" });
    }
    for (const p of [`/file/${code}`, `/file/${code}/status`]) {
      const res = await stranger.api.get(p);
      expect([res.status, res.text]).toEqual([404, "File not found"]);
    }
    expect((await http("GET", `${app.url}/print/file/${code}`)).status).toBe(401);
    expect((await http("GET", `${app.url}/print/file/${code}/status`)).status).toBe(401);
    expect((await owner.api.get("/file/nope!!")).status).toBe(404);
    expect((await owner.api.get("/file/zzzzzz/status")).status).toBe(404);
  });

  test("a queue print is visible to its own shop only", async () => {
    const owner = await printUser(app);
    const [shop, otherShop] = [await printUser(app, "shopkeeper"), await printUser(app, "shopkeeper")];
    const { code } = await onePdf(owner, 1, { print_type: "queue", shop_id: String(shop.id) });
    expect((await shop.api.get(`/file/${code}`)).status).toBe(200);
    expect((await otherShop.api.get(`/file/${code}`)).status).toBe(404);
    expect((await otherShop.api.get(`/file/${code}/status`)).status).toBe(404);
  });

  test("printed and withdrawn files have no bytes any more: 404, while their status stays readable", async () => {
    const owner = await printUser(app);
    const shop = await printUser(app, "shopkeeper");
    const printed = await onePdf(owner);
    const withdrawn = await onePdf(owner);
    expect((await shop.api.post(`/file/${printed.code}/confirm`)).status).toBe(200);
    expect((await owner.api.post(`/withdraw/${withdrawn.file_id}`)).status).toBe(200);
    for (const [f, status] of [[printed, "downloaded"], [withdrawn, "withdrawn"]] as const) {
      const res = await owner.api.get(`/file/${f.code}`);
      expect([res.status, res.text]).toEqual([404, "File not found"]);
      expect((await owner.api.get(`/file/${f.code}/status`)).body).toMatchObject({ status });
    }
  });

  test("the legacy port serves the same routes", async () => {
    const owner = await printUser(app);
    const { code } = await onePdf(owner);
    const res = await http("GET", `${app.legacy.print}/file/${code}/status`, { token: owner.token });
    expect([res.status, res.body]).toEqual([200, { status: "uploaded", cancel_reason: null, cancelled_at: null }]);
  });
});

describe("shop lifecycle of a private print: print-started, print-failed, confirm", () => {
  test("uploaded → printing → uploaded → printing → downloaded, the stored file deleted", async () => {
    const owner = await printUser(app);
    const shop = await printUser(app, "shopkeeper");
    const { code, file_id } = await onePdf(owner);
    const key = (await fileRow(file_id)).storageKey!;
    const step = async (action: string, status: number, body: unknown) => {
      const res = await shop.api.post(`/file/${code}/${action}`);
      expect([res.status, res.status === 200 ? res.body : res.text]).toEqual([status, body]);
    };
    await step("print-started", 200, { file_id, code, status: "printing" });
    await step("print-started", 409, "File is printing; expected uploaded");
    await step("print-failed", 200, { file_id, code, status: "uploaded" });
    await step("print-failed", 409, "File is uploaded; expected printing");
    await step("print-started", 200, { file_id, code, status: "printing" });
    await step("confirm", 200, { file_id, code, status: "downloaded" });
    await step("confirm", 409, "File is downloaded; expected uploaded or printing");
    expect(await fileRow(file_id)).toMatchObject({ status: "downloaded", storageKey: null, shopkeeperId: shop.id });
    expect(await app.services.storage.get(key)).toBeNull();
  });

  test("confirm accepts an uploaded file directly", async () => {
    const shop = await printUser(app, "shopkeeper");
    const { code } = await onePdf(await printUser(app));
    expect((await shop.api.post(`/file/${code}/confirm`)).body.status).toBe("downloaded");
  });

  test("customers 403, anonymous 401, unknown codes and queue prints 404", async () => {
    const owner = await printUser(app);
    const shop = await printUser(app, "shopkeeper");
    const { code } = await onePdf(owner);
    const queued = await onePdf(owner, 1, { print_type: "queue", shop_id: String(shop.id) });
    for (const action of ["print-started", "print-failed", "confirm"]) {
      expect((await owner.api.post(`/file/${code}/${action}`)).status).toBe(403);
      expect((await http("POST", `${app.url}/print/file/${code}/${action}`)).status).toBe(401);
      expect((await shop.api.post(`/file/ZZZZZZ/${action}`)).status).toBe(404);
      // queue prints are handled through /queue/:fileId by their shop
      expect((await shop.api.post(`/file/${queued.code}/${action}`)).status).toBe(404);
    }
    expect((await fileRow(queued.file_id)).status).toBe("uploaded");
  });

  test("the shop's payout is recorded once, when the last file of a paid order is confirmed (even concurrently)", async () => {
    const owner = await printUser(app);
    const shop = await printUser(app, "shopkeeper");
    const order = await paidOrder(owner.id, 1000, { shopkeeperId: shop.id, shopkeeperAmount: 900 });
    const up = await upload(owner, [["a.pdf", await pdfBytes(1)], ["b.pdf", await pdfBytes(1)], ["c.pdf", await pdfBytes(1)]],
      { print_type: "private", payment_order_id: String(order.id) });
    const [a, b, c] = up.body.files.map((f: any) => f.code);
    await shop.api.post(`/file/${a}/confirm`);
    expect(await app.services.db.printPayout.count({ where: { paymentOrderId: order.id } })).toBe(0);
    const both = await Promise.all([shop.api.post(`/file/${b}/confirm`), shop.api.post(`/file/${c}/confirm`)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    // the shop's share of what was printed: ₹3 of the ₹10 order × 900/1000
    const payouts = await app.services.db.printPayout.findMany({ where: { paymentOrderId: order.id } });
    expect(payouts.map((p) => [p.shopkeeperId, p.amount, p.status])).toEqual([[shop.id, 270, "pending"]]);
  });
});

describe("POST /withdraw/:fileId", () => {
  test("an unpaid file: withdrawn, no refund, the stored object deleted", async () => {
    const owner = await printUser(app);
    const { file_id, code } = await onePdf(owner);
    const res = await owner.api.post(`/withdraw/${file_id}`);
    expect([res.status, res.body]).toEqual([200, { message: "File withdrawn", file_id, status: "withdrawn", refund_amount: 0 }]);
    expect(await fileRow(file_id)).toMatchObject({ status: "withdrawn", storageKey: null });
    expect(await storedNames(owner.id)).not.toContain(code);
    const again = await owner.api.post(`/withdraw/${file_id}`);
    expect([again.status, again.text]).toEqual([409, "File is withdrawn; only uploaded files can be withdrawn."]);
  });

  test("a paid file is refunded to the wallet exactly once, even when withdrawn twice at the same time", async () => {
    const owner = await printUser(app);
    await fundWallet(app, owner.id, 10_000);
    const order = await paidOrder(owner.id, 2000);
    const up = await upload(owner, [["x.pdf", await pdfBytes(4)]], { print_type: "private", copies: "2", payment_order_id: String(order.id) });
    const fileId = up.body.file_id;
    const results = await Promise.all([owner.api.post(`/withdraw/${fileId}`), owner.api.post(`/withdraw/${fileId}`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 200)!.body).toEqual({ message: "File withdrawn; the amount was refunded to your wallet", file_id: fileId, status: "withdrawn", refund_amount: 8 });
    expect((await app.services.db.printUser.findUniqueOrThrow({ where: { id: owner.id } })).walletBalance).toBe(10_000 + 800);
    const refunds = await app.services.db.printWalletTransaction.findMany({ where: { userId: owner.id, type: "refund" } });
    expect(refunds.map((t) => [t.amount, t.balanceBefore, t.balanceAfter, t.paymentOrderId, t.description])).toEqual([[800, 10_000, 10_800, order.id, "Refund for withdrawal"]]);
  });

  test("409 while printing; withdrawable again after print-failed", async () => {
    const owner = await printUser(app);
    const shop = await printUser(app, "shopkeeper");
    const { file_id, code } = await onePdf(owner);
    await shop.api.post(`/file/${code}/print-started`);
    const res = await owner.api.post(`/withdraw/${file_id}`);
    expect([res.status, res.text]).toEqual([409, "The shop has started printing this file; it can no longer be withdrawn."]);
    await shop.api.post(`/file/${code}/print-failed`);
    expect((await owner.api.post(`/withdraw/${file_id}`)).status).toBe(200);
  });

  test("another customer's file 404, shopkeeper 403, anonymous 401, non-numeric id 400", async () => {
    const [owner, stranger] = [await printUser(app), await printUser(app)];
    const { file_id } = await onePdf(owner);
    const res = await stranger.api.post(`/withdraw/${file_id}`);
    expect([res.status, res.text]).toEqual([404, "File not found"]);
    expect((await (await printUser(app, "shopkeeper")).api.post(`/withdraw/${file_id}`)).status).toBe(403);
    expect((await http("POST", `${app.url}/print/withdraw/${file_id}`)).status).toBe(401);
    const bad = await owner.api.post("/withdraw/abc");
    expect([bad.status, bad.text]).toEqual([400, 'Int cannot represent non-integer value: "abc"']);
    expect((await fileRow(file_id)).status).toBe("uploaded");
  });
});

describe("GET /my-files", () => {
  test("the caller's files only, newest first, in the snake_case shape", async () => {
    const [owner, other] = [await printUser(app), await printUser(app)];
    const shop = await printUser(app, "shopkeeper");
    await onePdf(other);
    const first = await onePdf(owner, 2);
    const second = await onePdf(owner, 1, { print_type: "queue", shop_id: String(shop.id), color_mode: "color", comment: "thanks" });
    const cancelledAt = new Date("2026-01-02T03:04:05Z");
    await app.services.db.printFile.update({ where: { id: second.file_id }, data: { status: "cancelled", cancelReason: "Printer out of order", cancelledAt } });
    const res = await owner.api.get("/my-files");
    expect(res.status).toBe(200);
    expect(res.body.map((f: any) => f.id)).toEqual([second.file_id, first.file_id]);
    expect(Object.keys(res.body[0]).sort()).toEqual(MY_FILE_KEYS);
    expect(res.body[0]).toMatchObject({ code: second.code, original_name: "doc.pdf", num_pages: 1, copies: 1, print_mode: "single", color_mode: "color", paper_size: "A4",
      print_type: "queue", status: "cancelled", total_cost: 10, shop_id: shop.id, payment_order_id: null, comment: "thanks",
      cancel_reason: "Printer out of order", cancelled_at: cancelledAt.toISOString() });
    expect(res.body[1]).toMatchObject({ print_type: "private", status: "uploaded", total_cost: 2, shop_id: null, cancel_reason: null, cancelled_at: null });
    expect(new Date(res.body[1].created_at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  test("limit and offset page through the list", async () => {
    const owner = await printUser(app);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await onePdf(owner, 1)).file_id);
    expect((await owner.api.get("/my-files?limit=2")).body.map((f: any) => f.id)).toEqual([ids[2], ids[1]]);
    expect((await owner.api.get("/my-files?limit=2&offset=2")).body.map((f: any) => f.id)).toEqual([ids[0]]);
    const l0 = await owner.api.get("/my-files?limit=0");
    expect([l0.status, l0.text]).toEqual([400, "limit must be from 1 to 100"]);
    expect((await owner.api.get("/my-files?limit=101")).status).toBe(400);
  });

  test("401 without a token, 403 for a shopkeeper, an empty list for a new customer", async () => {
    expect((await http("GET", `${app.url}/print/my-files`)).status).toBe(401);
    expect((await (await printUser(app, "shopkeeper")).api.get("/my-files")).status).toBe(403);
    expect((await (await printUser(app)).api.get("/my-files")).body).toEqual([]);
  });
});

describe("GraphQL", () => {
  test("uploadPrintFiles over a GraphQL multipart request, then printMyFiles and withdrawPrintFile", async () => {
    const customer = await printUser(app);
    const form = new FormData();
    form.append("operations", JSON.stringify({
      query: "mutation($files: [File!]!, $input: UploadPrintFilesInput!) { uploadPrintFiles(files: $files, input: $input) { fileId code numPages totalCost queuePosition files { name numPages } } }",
      variables: { files: [null, null], input: { printType: "private", copies: 3 } },
    }));
    form.append("map", JSON.stringify({ 0: ["variables.files.0"], 1: ["variables.files.1"] }));
    form.append("0", blob(await pdfBytes(2)), "one.pdf");
    form.append("1", blob(docBytes(5)), "two.doc");
    const res = await fetch(`${app.url}/graphql`, { method: "POST", body: form, headers: { authorization: `Bearer ${customer.token}` } });
    const body = await res.json() as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.uploadPrintFiles).toMatchObject({ numPages: 2, totalCost: 6, queuePosition: null, files: [{ name: "one.pdf", numPages: 2 }, { name: "two.doc", numPages: 5 }] });

    const mine = await gql(app.url, "{ printMyFiles { id code numPages totalCost status } }", {}, customer.token);
    expect(mine.data.printMyFiles.map((f: any) => [f.numPages, f.totalCost, f.status])).toEqual([[5, 15, "uploaded"], [2, 6, "uploaded"]]);
    const withdrawn = await gql(app.url, "mutation($id: Int!) { withdrawPrintFile(fileId: $id) { fileId status refundAmount } }", { id: body.data.uploadPrintFiles.fileId }, customer.token);
    expect(withdrawn.data.withdrawPrintFile).toEqual({ fileId: body.data.uploadPrintFiles.fileId, status: "withdrawn", refundAmount: 0 });
  });

  test("the same rules over GraphQL: page count message, role checks", async () => {
    const shop = await printUser(app, "shopkeeper");
    const status = await gql(app.url, "query($c: String!) { printFileStatus(code: $c) { status } }", { c: "AAAAAA" }, shop.token);
    expect(status.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const mine = await gql(app.url, "{ printMyFiles { id } }", {}, shop.token);
    expect(mine.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const form = new FormData();
    form.append("operations", JSON.stringify({ query: "mutation($files: [File!]!) { calculatePrintCost(files: $files) { totalCost } }", variables: { files: [null] } }));
    form.append("map", JSON.stringify({ 0: ["variables.files.0"] }));
    form.append("0", blob(docxBytes()), "noapp.docx");
    const res = await fetch(`${app.url}/graphql`, { method: "POST", body: form, headers: { authorization: `Bearer ${shop.token}` } });
    const body = await res.json() as any;
    expect(body.errors[0]).toMatchObject({ message: PAGE_COUNT, extensions: { code: "BAD_REQUEST" } });
  });
});

describe("OpenAPI", () => {
  test("the file routes are documented with their summaries", async () => {
    const doc = (await http("GET", `${app.url}/print/openapi.json`)).body;
    expect(doc.paths["/upload"].post.summary).toContain("files: [{name, file_id, code, num_pages, total_cost, queue_position}]");
    expect(doc.paths["/calculate-cost"].post.summary).toContain("{files: [{name, num_pages, cost}], total_pages, total_cost");
    for (const p of ["/file/{code}", "/file/{code}/status", "/my-files"]) expect(doc.paths[p].get).toBeDefined();
    for (const p of ["/file/{code}/confirm", "/file/{code}/print-started", "/file/{code}/print-failed", "/withdraw/{fileId}"]) expect(doc.paths[p].post).toBeDefined();
  });
});

describe("upload rate limit", () => {
  test("uploads and quotes past PRINT_UPLOADS_PER_MINUTE from one address are 429 with Retry-After", async () => {
    const tight = await startTestApp({ PRINT_UPLOADS_PER_MINUTE: "2" });
    try {
      const customer = await printUser(tight);
      const send = async () => {
        const form = new FormData();
        form.append("print_type", "private");
        form.append("files[]", blob(await pdfBytes(1)), "a.pdf");
        return fetch(`${tight.url}/print/upload`, { method: "POST", body: form, headers: { authorization: `Bearer ${customer.token}` } });
      };
      expect((await send()).status).toBe(200);
      expect((await send()).status).toBe(200);
      const limited = await send();
      expect(limited.status).toBe(429);
      expect(await limited.text()).toBe("Too many uploads, try again later");
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await tight.close();
    }
  });
});

describe("code lookup rate limit", () => {
  test("by-code lookups past PRINT_CODE_LOOKUPS_PER_MINUTE per account are 429 with Retry-After; GraphQL aliases each count", async () => {
    const tight = await startTestApp({ PRINT_CODE_LOOKUPS_PER_MINUTE: "5" });
    try {
      const [guesser, other] = [await printUser(tight, "shopkeeper"), await printUser(tight, "shopkeeper")];
      // five guesses in one document (non-null fields: one NOT_FOUND nulls the whole answer, but all five ran)
      const fields = Array.from({ length: 5 }, (_, i) => `g${i}: printFileStatus(code: "ZZZZZ${i}") { status }`).join(" ");
      const five = await gql(tight.url, `{ ${fields} }`, undefined, guesser.token);
      expect(five.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

      // each alias counted, so the budget is spent: REST status, download and the shop's by-code actions all answer 429
      for (const [method, p] of [["get", "/file/ZZZZZY/status"], ["get", "/file/ZZZZZY"], ["post", "/file/ZZZZZY/print-started"], ["post", "/file/ZZZZZY/confirm"]] as const) {
        const res = await guesser.api[method](p);
        expect([res.status, res.text], p).toEqual([429, "Too many file code lookups, try again later"]);
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      }
      const gqlLimited = await gql(tight.url, `query($c: String!) { printFile(code: $c) { id } }`, { c: "ZZZZZX" }, guesser.token);
      expect(gqlLimited.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", details: { limit: 5 } });

      // per account, not per address: another shop (same address) still has its own budget
      expect((await other.api.get("/file/ZZZZZY/status")).status).toBe(404);
    } finally {
      await tight.close();
    }
  });
});

describe("GET /file/:code/status of a cancelled file", () => {
  test("carries the shop's cancel_reason and cancelled_at", async () => {
    const owner = await printUser(app);
    const { file_id, code } = await onePdf(owner);
    const at = new Date("2026-01-02T03:04:05.000Z");
    await app.services.db.printFile.update({ where: { id: file_id }, data: { status: "cancelled", cancelReason: "Printer out of order", cancelledAt: at } });
    expect((await owner.api.get(`/file/${code}/status`)).body).toEqual({ status: "cancelled", cancel_reason: "Printer out of order", cancelled_at: at.toISOString() });
  });
});
