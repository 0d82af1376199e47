import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../generated/prisma/client.ts";

export type Db = PrismaClient;
export type QueryCounter = { count: number };

/** One Prisma client per process over node-postgres; `counter` (tests, bench) counts SQL statements. */
export function createPrisma(connectionString: string, opts: { counter?: QueryCounter; poolSize?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString, max: opts.poolSize ?? 10 });
  if (!opts.counter) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const counter = opts.counter;
  client.$on("query", () => { counter.count++; });
  return client;
}
