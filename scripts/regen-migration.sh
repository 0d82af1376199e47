#!/usr/bin/env bash
# While a system is being built its tables live in ONE migration: `scripts/regen-migration.sh <system>` rewrites
# prisma/migrations/*_<system> from prisma/schema (serialized with flock so parallel edits do not collide), keeping
# the folder's timestamp, and regenerates the Prisma client. Creates the migration when it does not exist yet.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/regen-migration.sh <system>}"
exec 9>/tmp/backoffice-migration.lock
flock 9
dir=$(ls -d prisma/migrations/*_"$name" 2>/dev/null | head -1 || true)
if [ -n "$dir" ]; then mv "$dir" "/tmp/migration-prev.$$"; fi
if ! npm run -s db:migration -- "$name"; then [ -n "$dir" ] && mv "/tmp/migration-prev.$$" "$dir"; exit 1; fi
new=$(ls -d prisma/migrations/*_"$name" | head -1)
if [ -n "$dir" ] && [ "$new" != "$dir" ]; then mv "$new" "$dir"; new="$dir"; fi
rm -rf "/tmp/migration-prev.$$"
npx prisma generate --no-hints >/dev/null
echo "$name migration rewritten: $new"
