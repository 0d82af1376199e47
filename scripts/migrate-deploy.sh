#!/usr/bin/env bash
# npm run db:migrate: applies prisma/migrations to DATABASE_URL (the server also does this at start).
set -euo pipefail
cd "$(dirname "$0")/.."
exec npx tsx scripts/migrate.ts
