import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { API, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionItems, auctionSale } from "../../support/auction-data.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let cataloguer: AuctionStaffFixture;
let accountant: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  cataloguer = await auctionStaff(app, ["cataloguer"]);
  accountant = await auctionStaff(app, ["accountant"]);
});
afterAll(() => app?.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const WEBP = new Uint8Array([...new TextEncoder().encode("RIFF"), 0x24, 0, 0, 0, ...new TextEncoder().encode("WEBPVP8 "), 0, 0]);

const url = (path: string) => `${app.url}/auction${API}${path}`;
async function upload(token: string | undefined, parts: Record<string, string | { bytes: Uint8Array; name: string; type: string }>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(parts)) {
    if (typeof value === "string") form.append(key, value);
    else form.append(key, new Blob([value.bytes as Uint8Array<ArrayBuffer>], { type: value.type }), value.name);
  }
  const res = await fetch(url("/files"), { method: "POST", body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
const get = (path: string, token?: string) => fetch(url(path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("POST /files", () => {
  test("uploads an image: 201 {data: [{id, fid, url, filename, filesize, filemime}]}, stored and downloadable", async () => {
    const res = await upload(accountant.token, { file: { bytes: PNG, name: "image.png", type: "image/png" }, field_name: "field_images", entity_type: "node", bundle: "item" });
    expect(res.status).toBe(201);
    const f = res.body.data[0];
    expect(f).toEqual({
      id: expect.stringMatching(/^\d+$/), fid: f.id, url: `http://localhost:4000/auction/api/v1.0/get-file/${f.id}?download=1`,
      filename: "image.png", filesize: String(PNG.byteLength), filemime: "image/png",
    });
    const row = await app.services.db.auctionFile.findUniqueOrThrow({ where: { id: Number(f.id) } });
    expect(row).toMatchObject({ fieldName: "field_images", entityType: "node", bundle: "item", uploadedById: accountant.id, size: PNG.byteLength });
    expect(await app.services.storage.get(row.storageKey)).toEqual(PNG);
  });

  test("the type comes from the bytes, not from the client: a PDF sent as image/jpeg is a PDF, a webp gets its extension", async () => {
    const pdf = await upload(accountant.token, { file: { bytes: PDF, name: "scan.jpg", type: "image/jpeg" } });
    expect(pdf.status).toBe(201);
    expect(pdf.body.data[0]).toMatchObject({ filemime: "application/pdf", filename: "scan.pdf" });
    const webp = await upload(accountant.token, { file: { bytes: WEBP, name: "photo", type: "application/octet-stream" } });
    expect(webp.body.data[0]).toMatchObject({ filemime: "image/webp", filename: "photo.webp" });
  });

  test("anything else is 415 whatever it claims; nothing is stored", async () => {
    const before = await app.services.db.auctionFile.count();
    const html = await upload(accountant.token, { file: { bytes: new TextEncoder().encode("<html><script>x</script></html>"), name: "x.png", type: "image/png" } });
    expect(html.status).toBe(415);
    expect(html.body).toMatchObject({ title: "Unsupported media type", status: 415 });
    expect(await app.services.db.auctionFile.count()).toBe(before);
  });

  test("no file: 400; empty file: 400; over 10 MB: 413; not multipart: 415", async () => {
    const none = await upload(accountant.token, { field_name: "field_images" });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ detail: "The field 'file' is required" });
    const empty = await upload(accountant.token, { file: { bytes: new Uint8Array(0), name: "e.png", type: "image/png" } });
    expect(empty.status).toBe(400);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG);
    const tooBig = await upload(accountant.token, { file: { bytes: big, name: "big.png", type: "image/png" } });
    expect(tooBig.status).toBe(413);
    const json = await fetch(url("/files"), { method: "POST", body: "{}", headers: { authorization: `Bearer ${accountant.token}`, "content-type": "application/json" } });
    expect(json.status).toBe(415);
  });

  test("401 without a token", async () => {
    const res = await upload(undefined, { file: { bytes: PNG, name: "a.png", type: "image/png" } });
    expect(res.status).toBe(401);
  });

  test("field_images on an item node with `item`: attached as the item's next image (catalogue roles only)", async () => {
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1);
    const attach = (token: string, over: Record<string, any> = {}) => upload(token, {
      file: { bytes: PNG, name: "vase.png", type: "image/png" }, field_name: "field_images", entity_type: "node", bundle: "item", item: String(item!.id), ...over,
    });
    const first = await attach(cataloguer.token);
    const second = await attach(cataloguer.token);
    expect(first.status).toBe(201);
    const images = await app.services.db.auctionItemImage.findMany({ where: { itemId: item!.id }, orderBy: { weight: "asc" } });
    expect(images.map((i) => [i.fileId, i.weight])).toEqual([[Number(first.body.data[0].id), 0], [Number(second.body.data[0].id), 1]]);
    expect(await app.services.db.auctionActivity.count({ where: { type: "image_added", contentType: "item", contentId: item!.id } })).toBe(2);

    expect((await attach(accountant.token)).status).toBe(403);
    const unknownItem = await attach(cataloguer.token, { item: "999999" });
    expect(unknownItem.status).toBe(422);
    expect(unknownItem.body.errors.item[0]).toMatch(/does not exist/);
    const pdfAsImage = await attach(cataloguer.token, { file: { bytes: PDF, name: "a.pdf", type: "application/pdf" } });
    expect(pdfAsImage.status).toBe(415);
    expect(await app.services.db.auctionItemImage.count({ where: { itemId: item!.id } })).toBe(2);

    const g = await gql(app.url, `query($fid: ID!) { auctionFile(fid: $fid) { fid filemime items uploadedBy { id } } }`, { fid: first.body.data[0].id }, accountant.token);
    expect(g.errors).toBeUndefined();
    expect(g.data.auctionFile).toEqual({ fid: first.body.data[0].id, filemime: "image/png", items: [String(item!.id)], uploadedBy: { id: String(cataloguer.id) } });
  });
});

describe("GET /get-file/:fid", () => {
  test("the record, and with download=1 the bytes with their type and name", async () => {
    const made = (await upload(accountant.token, { file: { bytes: PDF, name: "cheque 901.pdf", type: "application/pdf" } })).body.data[0];
    const res = await get(`/get-file/${made.id}`, cataloguer.token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: [{ id: made.id, url: made.url, filename: "cheque_901.pdf", filesize: String(PDF.byteLength), filemime: "application/pdf" }] });
    const dl = await get(`/get-file/${made.id}?download=1`, cataloguer.token);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-type")).toBe("application/pdf");
    expect(dl.headers.get("content-disposition")).toContain('filename="cheque_901.pdf"');
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PDF);
  });

  test("404 unknown (also for a download), 401 anonymous", async () => {
    const res = await get("/get-file/999999", cataloguer.token);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ status: 404, detail: "File with ID 999999 does not exist" });
    expect((await get("/get-file/999999?download=1", cataloguer.token)).status).toBe(404);
    expect((await get("/get-file/1")).status).toBe(401);
  });
});
