#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine. It provisions what the tests need when it is missing:
#   - a throwaway PostgreSQL cluster (Debian's postgresql package) on a free loopback port in a temporary
#     directory, removed afterwards; its address reaches the tests as SIPAS_TEST_POSTGRES;
#   - the npm packages of every front-end and conformance folder (npm ci, from the lock files);
#   - Debian's Chromium for the browser tests (SIPAS_CHROMIUM).
# Extra arguments go to `dotnet test` (e.g. --filter Category!=Postgres).
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
work=$(mktemp -d /tmp/sipas-test.XXXXXX)
pgdata=""

log() { printf '\033[1m[test.sh]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    log "apt-get update"
    as_root apt-get update -qq >/dev/null
    apt_updated=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

cleanup() {
  if [ -n "$pgdata" ] && [ -f "$pgdata/postmaster.pid" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  fi
  as_root rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  log "no free loopback port found"
  return 1
}

# initdb refuses to run as root: the cluster belongs to the postgres user then.
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

provision_postgres() {
  if [ -n "${SIPAS_TEST_POSTGRES:-}" ]; then
    log "using the PostgreSQL server given in SIPAS_TEST_POSTGRES"
    return 0
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    apt_install postgresql
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  pgdata="$work/pg"
  mkdir -p "$pgdata"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$work"; chmod 755 "$work"; fi
  local port
  port=$(free_port)
  log "starting a throwaway PostgreSQL ($pg_bin) on 127.0.0.1:$port"
  run_pg "$pg_bin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pgdata" -w -l "$pgdata/server.log" \
    -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off" \
    start >/dev/null
  export SIPAS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
}

provision_node_packages() {
  local lock dir
  while IFS= read -r lock; do
    dir=$(dirname "$lock")
    if [ ! -d "$dir/node_modules" ] || [ "$lock" -nt "$dir/node_modules" ]; then
      log "npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
      touch "$dir/node_modules"
    fi
  done < <(git -C "$root" ls-files '*package-lock.json' | sed "s|^|$root/|")
}

provision_chromium() {
  if [ -z "${SIPAS_CHROMIUM:-}" ]; then
    if ! command -v chromium >/dev/null 2>&1; then
      apt_install chromium
    fi
    export SIPAS_CHROMIUM
    SIPAS_CHROMIUM=$(command -v chromium)
  fi
}

provision_postgres
provision_node_packages
provision_chromium

log "dotnet test"
status=0
dotnet test "$root/Sipas.Orleans.sln" -c Release --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$work/test.log" || status=$?

# One closing line for CI, summed over the test projects' own summaries.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$work/test.log"
exit "$status"
