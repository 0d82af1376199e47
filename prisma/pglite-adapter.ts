// pglite-prisma-adapter 0.6.1 fixed for the CLI's shadow database: multi-statement scripts over the simple protocol,
// awaited scripts, and Postgres errors mapped like adapter-pg (see docs/decisions.md, TOOLCHAIN §2.3).
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";

type Adapter = Awaited<ReturnType<PrismaPGlite["connect"]>>;

function mapPgError(e: any) {
  const fields = e.detail?.match(/Key \(([^)]+)\)/)?.at(1)?.split(", ");
  const base = { originalCode: e.code, originalMessage: e.message };
  switch (e.code) {
    case "23505": return { ...base, kind: "UniqueConstraintViolation", constraint: fields ? { fields } : undefined };
    case "23502": return { ...base, kind: "NullConstraintViolation", constraint: fields ? { fields } : undefined };
    default: return { kind: "postgres", code: e.code ?? "N/A", severity: e.severity ?? "N/A", message: e.message,
      detail: e.detail, column: e.column, hint: e.hint };
  }
}

function patchQueryable<T>(q: T): T {
  const a = q as any;
  const client: PGlite = a.client;
  a.onError = (e: any) => {
    if (e && typeof e === "object" && "code" in e && "severity" in e) throw new DriverAdapterError(mapPgError(e) as any);
    throw e;
  };
  const origExecRaw = a.executeRaw.bind(a);
  a.executeRaw = async (query: { sql: string; args: unknown[] }) => {
    if (query.args.length === 0) {
      try { const rs = await client.exec(query.sql); return rs.reduce((n, r) => n + (r.affectedRows ?? 0), 0); }
      catch (e) { a.onError(e); }
    }
    return origExecRaw(query);
  };
  if ("executeScript" in a) a.executeScript = async (s: string) => { try { await client.exec(s); } catch (e) { a.onError(e); } };
  if (typeof a.startTransaction === "function") {
    const start = a.startTransaction.bind(a);
    a.startTransaction = async (...args: unknown[]) => patchQueryable(await start(...args));
  }
  return q;
}

export class PrismaPGliteFixed extends PrismaPGlite {
  override async connect() { return patchQueryable(await super.connect()) as Adapter; }
  override async connectToShadowDb() { return patchQueryable(await super.connectToShadowDb()) as Adapter; }
}
