import type { Db } from "./db/prisma.ts";
import type { Logger } from "./logger.ts";
import type { Principal } from "./auth/principal.ts";
import type { Tokens } from "./auth/tokens.ts";
import type { MailOutbox } from "./mail/outbox.ts";
import type { Notifier } from "./notify/notifications.ts";
import type { FileStorage } from "./storage/storage.ts";
import type { PubSub } from "./pubsub.ts";
import type { Config } from "./config.ts";

/** Process-wide services handed to every request. */
export type Services = {
  config: Config;
  db: Db;
  log: Logger;
  tokens: Tokens;
  mail: MailOutbox;
  notifier: Notifier;
  storage: FileStorage;
  /** In-process events behind GraphQL subscriptions; topics are declared by the systems (see pubsub.ts). */
  pubsub: PubSub;
};

/** The GraphQL context: the same for /graphql and for every derived REST route. */
export type Context = Services & {
  request: Request;
  requestId: string;
  principal: Principal | null;
  /** A valid session cookie was ignored because a state-changing request lacked its CSRF token. */
  csrfRejected: boolean;
  /** The peer address (X-Forwarded-For is not trusted: set a proxy-aware value here when deployed behind one). */
  clientIp: string;
};
