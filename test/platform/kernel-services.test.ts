import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SMTPServer } from "smtp-server";
import { S3Storage } from "../../src/kernel/storage/storage.ts";
import { MailOutbox } from "../../src/kernel/mail/outbox.ts";
import { createLogger } from "../../src/kernel/logger.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

/** A minimal S3-compatible bucket on loopback: keeps objects in memory and records the signed headers it saw. */
function fakeS3() {
  const objects = new Map<string, Buffer>();
  const seen: { method: string; url: string; auth?: string }[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization });
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      if (req.method === "PUT") { objects.set(req.url!, Buffer.concat(chunks as Uint8Array[])); res.end(); return; }
      if (req.method === "DELETE") { objects.delete(req.url!); res.statusCode = 204; res.end(); return; }
      const found = objects.get(req.url!);
      res.statusCode = found ? 200 : 404;
      res.end(found);
    });
  });
  return { server, objects, seen };
}

describe("S3 storage adapter", () => {
  const s3 = fakeS3();
  let endpoint = "";
  beforeAll(async () => { await new Promise<void>((r) => s3.server.listen(0, "127.0.0.1", r)); endpoint = `http://127.0.0.1:${(s3.server.address() as AddressInfo).port}`; });
  afterAll(() => new Promise<void>((r) => s3.server.close(() => r())));

  test("puts, gets and deletes objects with SigV4-signed requests", async () => {
    const storage = new S3Storage(endpoint, "bucket", "AKIDEXAMPLE", "secret", "auto");
    await storage.put("photo/p 1/a.jpg", new TextEncoder().encode("jpeg bytes"), "image/jpeg");
    expect([...s3.objects.keys()]).toEqual(["/bucket/photo/p%201/a.jpg"]);
    expect(new TextDecoder().decode((await storage.get("photo/p 1/a.jpg"))!)).toBe("jpeg bytes");
    expect(await storage.get("missing")).toBeNull();
    await storage.delete(["photo/p 1/a.jpg"]);
    expect(s3.objects.size).toBe(0);
    expect(s3.seen.every((r) => r.auth?.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"))).toBe(true);
  });
});

describe("mail outbox over SMTP", () => {
  let app: TestApp;
  const received: { to: string[]; data: string }[] = [];
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (c: Buffer) => { data += c.toString(); });
      stream.on("end", () => { received.push({ to: session.envelope.rcptTo.map((r) => r.address), data }); callback(); });
    },
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", () => r()));
    port = (smtp.server.address() as AddressInfo).port;
    app = await startTestApp();
  });
  afterAll(async () => { await app?.close(); await new Promise<void>((r) => smtp.close(() => r())); });

  test("queued mails are delivered after commit and marked sent", async () => {
    const db = app.services.db;
    const outbox = new MailOutbox(db, createLogger("silent"), `smtp://127.0.0.1:${port}`, "Test <test@example.com>");
    const ids = await db.$transaction((tx) => outbox.enqueue(tx, "photo", [{ to: "guest@example.com", subject: "Hello", text: "Welcome!" }]));
    outbox.deliver(ids);
    await expect.poll(async () => (await db.kernelMail.findUniqueOrThrow({ where: { id: ids[0]! } })).status, { timeout: 5000 }).toBe("sent");
    expect(received[0]!.to).toEqual(["guest@example.com"]);
    expect(received[0]!.data).toContain("Subject: Hello");
  });

  test("without SMTP the mails stay queued and are listed at /dev/outbox", async () => {
    const db = app.services.db;
    const ids = await db.$transaction((tx) => app.services.mail.enqueue(tx, "photo", [{ to: "dev@example.com", subject: "Dev", text: "x" }]));
    app.services.mail.deliver(ids);
    const listed = await (await fetch(`${app.url}/dev/outbox?to=dev@example.com`)).json();
    expect(listed).toMatchObject([{ to: "dev@example.com", subject: "Dev", status: "queued" }]);
  });
});
