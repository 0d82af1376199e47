// npm run db:migrate: apply prisma/migrations to DATABASE_URL (the server also does this at start).
import { applyMigrations } from "../src/kernel/db/migrate.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is required (without it the server uses its embedded PostgreSQL and migrates it at start)");
  process.exit(1);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
