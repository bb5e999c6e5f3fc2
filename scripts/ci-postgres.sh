#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the store's server-backend tests and prints the
# DATABASE_URL to use. Debian's postgresql refuses to run as root, so the cluster runs as the
# `postgres` user. Idempotent: a second call reuses the running server and the database.
# Usage: eval "$(scripts/ci-postgres.sh)"   → exports TEST_DATABASE_URL
set -euo pipefail

PGDATA_DIR="${PGDATA_DIR:-/tmp/triangulate-pg}"
PGPORT="${PGPORT:-5432}"
DB="${PGDATABASE_NAME:-triangulate_test}"

log() { echo "ci-postgres: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  log "installing Debian postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
fi
BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)")"

as_pg() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ ! -s "$PGDATA_DIR/PG_VERSION" ]; then
  mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = "0" ] && chown postgres:postgres "$PGDATA_DIR"
  as_pg "'$BIN/initdb' -D '$PGDATA_DIR' -A trust -U postgres --no-sync >/dev/null"
  log "initialised $PGDATA_DIR"
fi

if as_pg "'$BIN/pg_ctl' -D '$PGDATA_DIR' status" >/dev/null 2>&1; then
  PGPORT="$(sed -n 4p "$PGDATA_DIR/postmaster.pid")"
  log "server already running on 127.0.0.1:$PGPORT"
else
  while port_busy "$PGPORT"; do PGPORT=$((PGPORT + 1)); done
  as_pg "'$BIN/pg_ctl' -D '$PGDATA_DIR' -l '$PGDATA_DIR/server.log' -w -o \"-h 127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c max_connections=100\" start" >/dev/null
  log "started on 127.0.0.1:$PGPORT (log: $PGDATA_DIR/server.log)"
fi

if ! as_pg "'$BIN/psql' -h 127.0.0.1 -p $PGPORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" | grep -q 1; then
  as_pg "'$BIN/createdb' -h 127.0.0.1 -p $PGPORT -U postgres '$DB'"
  log "created database $DB"
fi

echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PGPORT/$DB"
