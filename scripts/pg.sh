#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests, installing Debian's postgresql if the
# machine lacks it. Prints the SQLAlchemy URL of a fresh database on its last line.
#   scripts/pg.sh start   → postgresql+psycopg://postgres@127.0.0.1:54329/gongbao_test
#   scripts/pg.sh stop
# Where PostgreSQL is missing and cannot be installed, one line on stderr says so; exit 1.
set -euo pipefail
source "$(dirname "$0")/apt.sh"
PORT="${GONGBAO_PG_PORT:-54329}"
DIR="${GONGBAO_PG_DIR:-/tmp/gongbao-pg-$PORT}"
DB="${GONGBAO_PG_DB:-gongbao_test}"
# where Debian puts the server's programs, one folder per major version
LIB="${GONGBAO_PG_LIB:-/usr/lib/postgresql}"

bin_dir() {
  local d
  for d in "$LIB"/*/bin; do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
  done
  return 1
}

ensure_installed() {
  if ! bin_dir >/dev/null 2>&1; then
    apt_install "postgresql (pg_ctl under $LIB)" postgresql || exit 1
    if ! bin_dir >/dev/null 2>&1; then
      echo "gongbao tests: postgresql is installed but no pg_ctl is under $LIB" >&2
      exit 1
    fi
  fi
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    ensure_installed
    BIN=$(bin_dir)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres "$DIR"
      as_pg "$BIN/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
        -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    fi
    as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qAt -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
    as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qAt -c "CREATE DATABASE $DB" >/dev/null
    echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB"
    ;;
  stop)
    BIN=$(bin_dir) || exit 0  # nothing installed, nothing running
    as_pg "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
