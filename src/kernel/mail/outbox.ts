import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../db/prisma.ts";
import type { Logger } from "../logger.ts";

export type Mail = { to: string; subject: string; text: string; html?: string };

/**
 * Every system sends mail through the outbox: rows are written in the caller's transaction (nothing is sent for
 * a rolled-back write), then delivered after commit by SMTP when SMTP_URL is set; otherwise they stay listed
 * in `kernel_mail_outbox` for development.
 */
export class MailOutbox {
  private readonly transport?: Transporter;
  constructor(private readonly db: Db, private readonly log: Logger, smtpUrl?: string, private readonly from?: string) {
    if (smtpUrl) this.transport = nodemailer.createTransport(smtpUrl);
  }

  /** Queue mails inside a transaction; returns their ids for `deliver`. */
  async enqueue(tx: Pick<Db, "kernelMail">, system: string, mails: Mail[]): Promise<string[]> {
    if (mails.length === 0) return [];
    const rows = await tx.kernelMail.createManyAndReturn({
      data: mails.map((m) => ({ system, to: m.to, subject: m.subject, text: m.text, html: m.html })),
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** After commit: hand queued mails to SMTP (no-op without a transport). Never throws into the request. */
  deliver(ids: string[]): void {
    if (!this.transport || ids.length === 0) return;
    void (async () => {
      const mails = await this.db.kernelMail.findMany({ where: { id: { in: ids }, status: "queued" } });
      for (const m of mails) {
        try {
          await this.transport!.sendMail({ from: this.from, to: m.to, subject: m.subject, text: m.text, html: m.html ?? undefined });
          await this.db.kernelMail.update({ where: { id: m.id }, data: { status: "sent", sentAt: new Date() } });
        } catch (error) {
          this.log.warn({ err: error, mailId: m.id }, "mail delivery failed");
          await this.db.kernelMail.update({ where: { id: m.id }, data: { status: "failed", error: String(error) } });
        }
      }
    })().catch((error) => this.log.error({ err: error }, "mail outbox"));
  }
}
