#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the booking store tests and prints the URL to use:
#   eval "$(bash scripts/start-postgres.sh)"    # sets TEST_DATABASE_URL
# Run as root. Idempotent: installs Debian's postgresql if missing, reuses a running cluster.
# Everything except the final `export` lines goes to stderr, so eval sees only those. It also sets
# PGTEST_STARTED=1 when this call started the cluster (0 when it reused a running one), so a caller
# stops only what it started (scripts/test-all.sh does).
# Stop it with: bash scripts/start-postgres.sh --stop
set -euo pipefail

PORT="${PGTEST_PORT:-54329}"
DB="${PGTEST_DB:-clinic_test}"
STATE="${PGTEST_STATE:-/tmp/clinic-pgtest}"   # remembers the cluster's temp dir between runs
log() { echo "start-postgres: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs packages and switches to the postgres user)"; exit 1
fi

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  log "installing postgresql from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2 \
    || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2; }
  BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
fi
aspg() { runuser -u postgres -- "$@"; }

DIR=""
[ -f "$STATE" ] && DIR="$(cat "$STATE")"

if [ "${1:-}" = "--stop" ]; then
  if [ -n "$DIR" ] && [ -d "$DIR" ]; then
    aspg "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >&2 || true
    rm -rf "$DIR" "$STATE"
  fi
  log "stopped"; exit 0
fi

if [ -n "$DIR" ] && [ -d "$DIR/data" ] && aspg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  log "reusing the cluster in $DIR"
  STARTED=0
else
  STARTED=1
  [ -n "$DIR" ] && rm -rf "$DIR"
  DIR="$(mktemp -d /tmp/clinic-pg.XXXXXX)"
  chown postgres:postgres "$DIR"
  chmod 700 "$DIR"
  echo "$DIR" > "$STATE"
  # --no-sync: a throwaway cluster needs no wait for its files to reach the disk (seconds on a busy disk).
  aspg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >&2
  # Loopback only, a socket dir we own, and fast-but-unsafe settings fit for a throwaway test DB.
  aspg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2
fi

if ! aspg psql -h 127.0.0.1 -p "$PORT" -U postgres -tAc "select 1 from pg_database where datname='$DB'" | grep -q 1; then
  aspg psql -h 127.0.0.1 -p "$PORT" -U postgres -c "create database $DB" >&2
fi
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/$DB PGTEST_STARTED=$STARTED"
