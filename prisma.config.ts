// Prisma CLI config against a real PostgreSQL (DATABASE_URL or PG* variables). Offline: JS schema engine + driver
// adapter, so no native engine is ever downloaded. `.env` is not loaded when this file exists.
import { defineConfig } from "prisma/config";
import { PrismaPgMigrate } from "./prisma/pg-migrate-adapter.ts";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    return new PrismaPgMigrate(url ? { connectionString: url } : {
      host: process.env.PGHOST ?? "127.0.0.1", port: Number(process.env.PGPORT ?? 5432),
      user: process.env.PGUSER ?? "postgres", password: process.env.PGPASSWORD ?? "postgres",
      database: process.env.PGDATABASE ?? "app",
    });
  },
});
