// adapter-pg 6.19 as the Prisma CLI needs it: maps the catalog's `name`/"char" columns to text
// (prisma/orm#27403), lets the CLI exit when idle, and creates/drops its own shadow database correctly.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXTLIKE_OIDS = new Set([18, 19]);
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function patchNameOid<T extends object>(q: T): T {
  const anyQ = q as any;
  const perform = anyQ.performIO.bind(q);
  anyQ.performIO = async (query: unknown) => {
    const res = await perform(query);
    for (const f of res.fields ?? []) if (TEXTLIKE_OIDS.has(f.dataTypeID)) f.dataTypeID = 25;
    return res;
  };
  if (typeof anyQ.startTransaction === "function") {
    const start = anyQ.startTransaction.bind(q);
    anyQ.startTransaction = async (...a: unknown[]) => patchNameOid(await start(...a));
  }
  return q;
}

export class PrismaPgMigrate extends PrismaPg {
  private readonly cfg: pg.PoolConfig;
  constructor(cfg: pg.PoolConfig) {
    cfg = { allowExitOnIdle: true, ...cfg };
    super(cfg);
    this.cfg = cfg;
  }
  override async connect(): Promise<Adapter> { return patchNameOid(await super.connect()); }
  override async connectToShadowDb(): Promise<Adapter> {
    const database = `prisma_shadow_${process.pid}_${Date.now()}`;
    const admin = async (sql: string) => {
      const c = new pg.Client(this.cfg); await c.connect();
      try { await c.query(sql); } finally { await c.end(); }
    };
    await admin(`CREATE DATABASE "${database}"`);
    // node-postgres lets connectionString override `database`, so rebuild the config without it
    const { connectionString, ...rest } = this.cfg;
    const base = connectionString ? { ...pgConfigFromUrl(connectionString), ...rest } : rest;
    const adapter = patchNameOid(await new PrismaPg({ ...base, database }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => { await dispose(); await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`); };
    return adapter;
  }
}

function pgConfigFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password), database: u.pathname.slice(1) };
}
