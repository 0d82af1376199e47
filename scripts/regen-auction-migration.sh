#!/usr/bin/env bash
# While the auction system is being built its tables live in ONE migration: this rewrites it from
# prisma/schema (serialized with flock so parallel edits do not collide) and regenerates the client.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/auction-migration.lock
flock 9
dir=$(ls -d prisma/migrations/*_auction | head -1)
mv "$dir" /tmp/auction-migration-prev.$$
if ! npm run -s db:migration -- auction; then mv /tmp/auction-migration-prev.$$ "$dir"; exit 1; fi
new=$(ls -d prisma/migrations/*_auction | head -1)
# keep the folder name (its timestamp orders it after print's migrations)
[ "$new" != "$dir" ] && mv "$new" "$dir"
rm -rf /tmp/auction-migration-prev.$$
npx prisma generate --no-hints >/dev/null
echo "auction migration rewritten: $dir"
