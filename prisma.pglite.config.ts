// Prisma CLI config whose database (and shadow database) is an in-memory PGlite: used only to *create* migrations
// offline (scripts/new-migration.sh), never to serve data.
import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGliteFixed } from "./prisma/pglite-adapter.ts";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  async adapter() { return new PrismaPGliteFixed(new PGlite("memory://")); },
});
