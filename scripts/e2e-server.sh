#!/usr/bin/env bash
# Starts what the e2e tests run against: `next build` + `next start` on a fresh embedded database
# (its own directory, so a developer's ./data/pglite is never touched) with the demo content.
set -euo pipefail
PORT="${1:-3100}"
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
unset DATABASE_URL
export PGLITE_DIR="${E2E_PGLITE_DIR:-data/e2e}"
# Absolute URLs (canonical, hreflang, sitemaps, feeds) point at this server, so tests can follow them.
export SITE_URL="${SITE_URL:-http://127.0.0.1:$PORT}"
# Uploaded pictures of the admin tests go to their own folder, cleared with the database.
export MEDIA_DIR="${E2E_MEDIA_DIR:-data/e2e-media}"
rm -rf "$PGLITE_DIR" "$MEDIA_DIR"
npx prisma migrate deploy
npx prisma db seed
# A long (2,000 entries) ended live blog for e2e/live-blog.spec.ts (decision 0033).
node --import tsx scripts/e2e-live-fixture.ts
if [ -z "${E2E_SKIP_BUILD:-}" ]; then npx next build; fi
exec npx next start -p "$PORT" -H 127.0.0.1
