import type { Db } from "../db/prisma.ts";
import type { Logger } from "../logger.ts";

export type Notification = { recipient: string; title: string; body: string; data?: Record<string, string> };

/**
 * Push notifications through an outbox like mail: rows written in the caller's transaction, delivered after commit
 * by FCM (`FCM_SERVER_KEY`, legacy HTTP API at `FCM_URL`) when configured; otherwise they stay listed for dev.
 * `recipient` is the device token (or a topic) the system keeps for its user.
 */
export class Notifier {
  constructor(private readonly db: Db, private readonly log: Logger, private readonly fcm?: { url: string; serverKey: string }) {}

  async enqueue(tx: Pick<Db, "kernelNotification">, system: string, items: Notification[]): Promise<string[]> {
    if (items.length === 0) return [];
    const rows = await tx.kernelNotification.createManyAndReturn({
      data: items.map((n) => ({ system, recipient: n.recipient, title: n.title, body: n.body, data: n.data })),
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  deliver(ids: string[]): void {
    if (!this.fcm || ids.length === 0) return;
    const fcm = this.fcm;
    void (async () => {
      const rows = await this.db.kernelNotification.findMany({ where: { id: { in: ids }, status: "queued" } });
      for (const n of rows) {
        try {
          const res = await fetch(fcm.url, {
            method: "POST",
            headers: { authorization: `key=${fcm.serverKey}`, "content-type": "application/json" },
            body: JSON.stringify({ to: n.recipient, notification: { title: n.title, body: n.body }, data: n.data ?? {} }),
          });
          if (!res.ok) throw new Error(`FCM ${res.status}`);
          await this.db.kernelNotification.update({ where: { id: n.id }, data: { status: "sent", sentAt: new Date() } });
        } catch (error) {
          this.log.warn({ err: error, notificationId: n.id }, "push delivery failed");
          await this.db.kernelNotification.update({ where: { id: n.id }, data: { status: "failed", error: String(error) } });
        }
      }
    })().catch((error) => this.log.error({ err: error }, "notification outbox"));
  }
}
