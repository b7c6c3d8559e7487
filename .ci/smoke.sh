#!/usr/bin/env bash
# Starts the built server on a fresh data folder, as `npm start` would (its embedded
# PostgreSQL included), then — while it runs, as the README tells a newcomer — loads the demo
# agency and takes a backup from a second process, and checks that the server still serves
# the web app, answers health, signs a demo person in and that the audit trail is intact.
set -euo pipefail
data=$(mktemp -d)
port=39$(( RANDOM % 90 + 10 ))
log="$data/server.log"
cleanup() {
  # The whole group, as Ctrl-C would: npm, its shell and the server, which then stops its PostgreSQL.
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do [ -f "$data/pg/postmaster.pid" ] || break; sleep 0.2; done
  if [ -f "$data/pg/postmaster.pid" ]; then echo "PostgreSQL left running after the server stopped"; exit 1; fi
  rm -rf "$data"
}
trap cleanup EXIT

DATA_DIR="$data" PORT=$port EISO_ADMIN_PASSWORD='Smoke-test-2026' setsid npm start >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/api/health" | grep -q '"status":"ok"' || { cat "$log"; exit 1; }

DATA_DIR="$data" npm run demo >/dev/null
DATA_DIR="$data" npm run eiso -- backup "$data/backup.tar.gz" >/dev/null
DATA_DIR="$data" npm run eiso -- audit verify

curl -fsS "http://127.0.0.1:$port/api/health" | grep -q '"status":"ok"' || { echo "server lost after the demo"; cat "$log"; exit 1; }
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "web app not served"; exit 1; }
curl -fsS "http://127.0.0.1:$port/admin/units" | grep -q '<div id="root">' || { echo "SPA fallback missing"; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
  -d '{"username":"quantri","password":"Demo@2017"}' "http://127.0.0.1:$port/api/v1/auth/login")
[ "$status" = 200 ] || { echo "demo sign-in answered $status"; cat "$log"; exit 1; }
echo "smoke test passed on port $port"
