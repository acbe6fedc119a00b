#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests (used by .ci/run; works on a developer machine too).
#
#   eval "$(scripts/ci-postgres.sh start)"   # starts a server, prints shell assignments:
#                                            #   RETNING_PG_DIR, RETNING_PG_PORT, DATABASE_URL
#   DATABASE_URL=… npm run test:db
#   scripts/ci-postgres.sh stop "$RETNING_PG_DIR"
#
# The cluster lives in its own directory under /tmp, owned by the `postgres` user when run as root, and listens on
# localhost only, on the first free port from 5433 up (5432 is left to a cluster the Debian package may have made).
# It has a role `retning` (password `retning`, CREATEDB, because the database tests create one database per test
# file) and a database `retning`. Progress goes to stderr; stdout carries only the assignments.
set -euo pipefail

log() { printf '[ci-postgres] %s\n' "$*" >&2; }

find_bindir() {
  if [[ -n "${PG_BINDIR:-}" ]]; then echo "$PG_BINDIR"; return 0; fi
  local dir
  # Prefer PostgreSQL 15 (what production runs), else the newest installed version.
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if [[ -x "$dir/pg_ctl" && -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return 0; fi
  log "no PostgreSQL server binaries found (install Debian's postgresql package, or set PG_BINDIR)"
  exit 1
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [[ $EUID -eq 0 ]]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

start() {
  local bindir port dir
  bindir="$(find_bindir)"
  port="${RETNING_PG_PORT:-5433}"
  while port_in_use "$port"; do
    log "port $port is taken, trying $((port + 1))"
    port=$((port + 1))
    if (( port > 5499 )); then log "no free port between 5433 and 5499"; exit 1; fi
  done
  dir="$(mktemp -d /tmp/retning-pg.XXXXXX)"
  # On any failure from here on, stop what was started and remove the directory.
  CREATED_DIR="$dir"
  trap 'status=$?; if ((status != 0)); then stop "$CREATED_DIR"; fi' EXIT
  if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { log "user postgres does not exist (install Debian's postgresql package)"; exit 1; }
    chown postgres: "$dir"
  fi
  chmod 700 "$dir"
  log "PostgreSQL: $("$bindir/postgres" --version) from $bindir"
  log "initdb in $dir"
  as_owner "$bindir/initdb" -D "$dir/data" --username=postgres --encoding=UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  log "starting on localhost:$port"
  if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=localhost -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2; then
    log "PostgreSQL did not start; its log:"
    cat "$dir/server.log" >&2 || true
    exit 1
  fi
  as_owner "$bindir/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >&2 <<'SQL'
CREATE ROLE retning LOGIN PASSWORD 'retning' CREATEDB;
CREATE DATABASE retning OWNER retning;
SQL
  log "ready: database retning, role retning"
  printf 'RETNING_PG_DIR=%q\n' "$dir"
  printf 'RETNING_PG_PORT=%q\n' "$port"
  printf 'DATABASE_URL=%q\n' "postgres://retning:retning@localhost:$port/retning"
}

stop() {
  local dir="${1:-${RETNING_PG_DIR:-}}"
  if [[ -z "$dir" || ! -d "$dir" ]]; then
    log "nothing to stop"
    return 0
  fi
  if [[ -d "$dir/data" ]]; then
    local bindir
    bindir="$(find_bindir)"
    if as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      log "stopping the server in $dir"
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >&2 || log "pg_ctl stop failed"
    fi
  fi
  case "$dir" in
    /tmp/retning-pg.*) rm -rf "$dir" ;;
    *) log "not removing $dir (not made by this script)" ;;
  esac
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
