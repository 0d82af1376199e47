import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "./kernel/config.ts";
import type { Services } from "./kernel/context.ts";
import type { Db } from "./kernel/db/prisma.ts";
import type { Logger } from "./kernel/logger.ts";
import { Tokens } from "./kernel/auth/tokens.ts";
import { MailOutbox } from "./kernel/mail/outbox.ts";
import { createPubSub } from "./kernel/pubsub.ts";
import { Notifier } from "./kernel/notify/notifications.ts";
import { LocalDiskStorage, S3Storage, type FileStorage } from "./kernel/storage/storage.ts";
import { systems } from "./modules/systems.ts";

/** Wires the process-wide services from configuration. */
export function createServices(config: Config, db: Db, log: Logger): Services {
  const audiences = Object.fromEntries(systems.map((s) => [s.id, s.audience]));
  return {
    config, db, log,
    tokens: new Tokens(jwtSecret(config, log), config.TOKEN_TTL, audiences),
    mail: new MailOutbox(db, log, config.SMTP_URL, config.MAIL_FROM),
    notifier: new Notifier(db, log, config.FCM_SERVER_KEY ? { url: config.FCM_URL, serverKey: config.FCM_SERVER_KEY } : undefined),
    storage: storageFrom(config),
    // one per process: every request and every subscription share it
    pubsub: createPubSub(),
  };
}

function storageFrom(config: Config): FileStorage {
  if (config.S3_ENDPOINT && config.S3_BUCKET && config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY) {
    return new S3Storage(config.S3_ENDPOINT, config.S3_BUCKET, config.S3_ACCESS_KEY_ID, config.S3_SECRET_ACCESS_KEY, config.S3_REGION);
  }
  return new LocalDiskStorage(path.resolve(config.STORAGE_DIR ?? path.join(config.DATA_DIR, "files")));
}

/** JWT_SECRET, or in development a random one kept in DATA_DIR so tokens survive restarts. Production requires it. */
function jwtSecret(config: Config, log: Logger): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  if (config.NODE_ENV === "production") throw new Error("JWT_SECRET is required in production");
  const file = path.resolve(config.DATA_DIR, "jwt-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(48).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  log.warn({ file }, "JWT_SECRET not set: generated a development secret");
  return secret;
}
