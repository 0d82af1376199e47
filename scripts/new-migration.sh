#!/usr/bin/env bash
# npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between
# the existing migrations and prisma/schema. Fully offline: the shadow database is an in-memory PGlite.
set -euo pipefail
cd "$(dirname "$0")/.."
name="$(date -u +%Y%m%d%H%M%S)_${1:?usage: npm run db:migration -- <name>}"
export NODE_OPTIONS="${NODE_OPTIONS:-} -r $PWD/scripts/unref-long-timers.cjs"
sql="$(npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema --script --config prisma.pglite.config.ts)"
if [ -z "$(grep -v '^\s*$' <<<"$sql" | grep -v '^-- This is an empty migration')" ]; then echo "no schema changes"; exit 0; fi
mkdir -p "prisma/migrations/$name" && printf '%s\n' "$sql" > "prisma/migrations/$name/migration.sql"
echo "wrote prisma/migrations/$name/migration.sql"
