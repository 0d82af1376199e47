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
    const streamed = await storage.stream("photo/p 1/a.jpg");
    expect(streamed?.size).toBe(10);
    expect(await new Response(streamed!.body).text()).toBe("jpeg bytes");
    expect(await storage.stream("missing")).toBeNull();
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
    app = await startTestApp({ DEV_OUTBOX: "true" });
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

describe("push notification outbox over FCM", () => {
  test("delivers queued notifications to the FCM endpoint with the server key and marks them sent", async () => {
    const calls: { auth?: string; body: any }[] = [];
    const fcm = http.createServer((req, res) => {
      let data = "";
      req.on("data", (c) => { data += c; });
      req.on("end", () => { calls.push({ auth: req.headers.authorization, body: JSON.parse(data) }); res.end("{}"); });
    });
    await new Promise<void>((r) => fcm.listen(0, "127.0.0.1", r));
    const app = await startTestApp();
    try {
      const { Notifier } = await import("../../src/kernel/notify/notifications.ts");
      const notifier = new Notifier(app.services.db, createLogger("silent"), { url: `http://127.0.0.1:${(fcm.address() as AddressInfo).port}/send`, serverKey: "k123" });
      const ids = await app.services.db.$transaction((tx) => notifier.enqueue(tx, "print", [{ recipient: "device-token", title: "Order cancelled", body: "Printer out of order", data: { fileId: "7" } }]));
      notifier.deliver(ids);
      await expect.poll(async () => (await app.services.db.kernelNotification.findUniqueOrThrow({ where: { id: ids[0]! } })).status, { timeout: 5000 }).toBe("sent");
      expect(calls).toEqual([{ auth: "key=k123", body: { to: "device-token", notification: { title: "Order cancelled", body: "Printer out of order" }, data: { fileId: "7" } } }]);
    } finally {
      await app.close();
      await new Promise<void>((r) => fcm.close(() => r()));
    }
  });
});

describe("background jobs", () => {
  test("run on their interval, never overlapping themselves, and stop", async () => {
    const { startJobs } = await import("../../src/kernel/jobs.ts");
    let running = 0, maxRunning = 0, runs = 0;
    const job = { name: "slow", everyMs: 5, run: async () => {
      running++; maxRunning = Math.max(maxRunning, running); runs++;
      await new Promise((r) => setTimeout(r, 30));
      running--;
    } };
    const stop = startJobs({ log: createLogger("silent") } as never, [{ id: "photo", jobs: [job] } as never]);
    await new Promise((r) => setTimeout(r, 120));
    stop();
    const after = runs;
    await new Promise((r) => setTimeout(r, 50));
    expect(maxRunning).toBe(1);
    expect(after).toBeGreaterThanOrEqual(2);
    expect(runs).toBe(after);
  });
});
