#!/usr/bin/env bash
# Ingestion benchmark (issue 5). In one run, on a fresh data directory:
#   1. end to end over HTTP on SQLite: the Silo (Release, its own process) and the load generator (batches of 1,000,
#      16 concurrent requests, a target far above what the machine sustains, every request body built before the
#      clock starts with --prepare, so the load generator spends the CPU it shares with the Silo only on sending);
#      first a warm-up run (WARMUP_DURATION s at the same rate, counted in the totals but not in the figure: a Silo
#      runs for months, and its first seconds are spent compiling its hot paths), then the measured run; the figure is
#      accepted / elapsed with zero errors, and the nation's n (window=all) must reach the accepted count once the
#      flush settles;
#   2. the raw insert rate of SQLite on the same disk (bench/Sipas.Ingest.Benchmarks: same schema, WAL +
#      synchronous=FULL, same transaction size, payloads sampled from the Silo's own log);
#   3. a backfill spreading servedAt over two years (daily buckets populated), then the Silo's RSS;
#   4. restart on the same data directory after SIGKILL, then after a graceful stop: seconds until /healthz is 200,
#      and the nation's n checked again after recovery;
#   5. when PostgreSQL is installed (Debian's package, as test.sh installs it) and unless --no-postgres: the same
#      end-to-end figure on a throwaway cluster (initdb in a temp dir, free loopback port, fsync on), with its own raw
#      baseline (about 50 s more; the whole run took 3 min 10 s on a loaded 2-core machine).
# Binds only 127.0.0.1; every process and temporary directory it makes is removed on exit.
# The last line is the contract relied on by tools:
#   responses_per_sec=<n> raw_per_sec=<n> ratio=<r> rss_mib=<n> restart_s=<n>
# Usage: bench/ingest.sh [--no-postgres] [--no-build]   (--postgres is accepted and is the default)
# Environment: INGEST_RATE (target/s, 50000), INGEST_DURATION (s, 6), WARMUP_DURATION (s, 5), BACKFILL_DURATION (s, 2),
#              RAW_ROWS (100000), BATCH (1000), CONCURRENCY (16).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

with_postgres=1
build=1
for arg in "$@"; do
  case "$arg" in
    --postgres) with_postgres=1 ;;
    --no-postgres) with_postgres=0 ;;
    --no-build) build=0 ;;
    *) echo "usage: bench/ingest.sh [--no-postgres] [--no-build]" >&2; exit 2 ;;
  esac
done

rate=${INGEST_RATE:-50000}
duration=${INGEST_DURATION:-6}
warmup_duration=${WARMUP_DURATION:-5}
backfill_duration=${BACKFILL_DURATION:-2}
raw_rows=${RAW_ROWS:-100000}
batch=${BATCH:-1000}
concurrency=${CONCURRENCY:-16}

silo_dll=$root/Silo/bin/Release/net10.0/Sipas.Silo.dll
loadgen_dll=$root/tools/Sipas.LoadGen/bin/Release/net10.0/Sipas.LoadGen.dll
harness_dll=$root/bench/Sipas.Ingest.Benchmarks/bin/Release/net10.0/Sipas.Ingest.Benchmarks.dll

work=$(mktemp -d /tmp/sipas-ingest.XXXXXX)
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
pgdata=""
pg_bin=""
started_at=$(date +%s)

log() { printf '[ingest.sh %3ds] %s\n' "$(( $(date +%s) - started_at ))" "$*" >&2; }

run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  stop_silo
  if [ -n "$pgdata" ] && [ -f "$pgdata/postmaster.pid" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs the load generator (extra arguments added) and leaves its summary in $work/loadgen.out.
# Also leaves the CPU seconds (user + system) of the load generator and of the Silo in $work/cpu.out.
load() {
  local silo_before status=0 TIMEFORMAT='%U %S'
  silo_before=$(silo_cpu)
  { time dotnet "$loadgen_dll" --url "$base" --key "$key" --batch "$batch" --concurrency "$concurrency" --quiet --prepare "$@" \
    >"$work/loadgen.out" 2>&1; } 2>"$work/loadgen.time" || status=$?
  if [ "$status" -ne 0 ]; then log "load generator failed:"; tail -n 25 "$work/loadgen.out" >&2; return 1; fi
  grep -E '^(seed=|sent=)' "$work/loadgen.out" >&2
  echo "$(awk '{ printf "%.1f", $1 + $2 }' "$work/loadgen.time") $(echo "$(silo_cpu) - $silo_before" | bc -l | xargs printf '%.1f')" >"$work/cpu.out"
  log "CPU seconds: load generator $(cut -d' ' -f1 "$work/cpu.out") (building the bodies included), Silo $(cut -d' ' -f2 "$work/cpu.out") during the run"
}

field() { grep -E '^sent=' "$work/loadgen.out" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
elapsed_field() { grep -E '^seed=' "$work/loadgen.out" | tr ' ' '\n' | sed -n 's/^elapsed_s=//p'; }

# End to end at the target rate; prints accepted/s. Fails on any error, rejection or duplicate.
end_to_end() {
  local seed=$1 accepted elapsed
  load --rate "$rate" --duration "$duration" --seed "$seed"
  for f in errors rejected duplicate; do
    if [ "$(field "$f")" != 0 ]; then log "end to end: $f=$(field "$f")"; return 1; fi
  done
  accepted=$(field accepted)
  elapsed=$(elapsed_field)
  echo "$accepted $elapsed $(echo "$accepted / $elapsed" | bc -l | xargs printf '%.0f')"
}

if [ "$build" -eq 1 ]; then
  log "building the Silo, the load generator and the harness (Release)"
  for project in Silo/Sipas.Silo.csproj tools/Sipas.LoadGen/Sipas.LoadGen.csproj \
      bench/Sipas.Ingest.Benchmarks/Sipas.Ingest.Benchmarks.csproj; do
    dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
  done
fi
bench_started=$(date +%s)
log "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. End to end on SQLite ---------------------------------------------------------------------------------------
port=$(free_port)
base="http://127.0.0.1:$port"
data="$work/data"
log "starting the Silo on $base, data in $data (SQLite)"
start_silo --data-dir "$data"
first_start=$ready_s
log "ready after ${first_start} s (fresh data directory)"

log "warm-up: target $rate/s for $warmup_duration s (not in the figure)"
load --rate "$rate" --duration "$warmup_duration" --seed 1000
warmup=$(field accepted)
log "end to end: target $rate/s for $duration s, batches of $batch, $concurrency concurrent requests"
end_to_end 1001 >"$work/e2e.out"
read -r accepted e2e_elapsed e2e_rate <"$work/e2e.out"
log "end to end: $accepted accepted in $e2e_elapsed s = $e2e_rate responses/s"
total=$(( warmup + accepted ))
settle_s=$(settle "$total")
log "nation n = $total (window=all, warm-up included) $settle_s s after the last acknowledgement"

# --- 2. Raw SQLite baseline ------------------------------------------------------------------------------------------
log "raw SQLite baseline: $raw_rows rows in transactions of $batch (same disk, WAL, synchronous=FULL)"
dotnet "$harness_dll" sqlite --db "$work/raw.db" --rows "$raw_rows" --batch "$batch" --sample "$data/responses.db" \
  >"$work/raw.out"
cat "$work/raw.out" >&2
raw_rate=$(sed -n 's/^raw_per_sec=//p' "$work/raw.out")
rm -f "$work"/raw.db*
ratio=$(echo "$e2e_rate / $raw_rate" | bc -l | xargs printf '%.2f')
log "ratio end to end / raw = $ratio"

# --- 3. Backfill over two years, then memory --------------------------------------------------------------------------
rss_live=$(rss_mib)
log "RSS after the live run: $rss_live MiB"
from=$(date -u -d '729 days ago' +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u -d '10 minutes ago' +%Y-%m-%dT%H:%M:%SZ)
log "backfill: target $rate/s for $backfill_duration s, servedAt spread over $from .. $to"
load --rate "$rate" --duration "$backfill_duration" --seed 1002 --time-mode backfill --from "$from" --to "$to"
backfill_accepted=$(field accepted)
if [ "$(field errors)" != 0 ] || [ "$(field duplicate)" != 0 ]; then log "backfill: errors or duplicates"; exit 1; fi
total=$(( total + backfill_accepted ))
log "backfill: $backfill_accepted accepted at $(echo "$backfill_accepted / $(elapsed_field)" | bc -l | xargs printf '%.0f')/s"
settle_s=$(settle "$total")
rss=$(rss_mib)
log "nation n = $total after $settle_s s; RSS $rss MiB (full 2025 tree, $total responses, two years of daily buckets)"

# --- 4. Restart ------------------------------------------------------------------------------------------------------
logged=$total
log "checkpoints that failed so far: $(grep -c 'Checkpoint at log position [0-9]* failed' "$work/silo.log" || true)"
log "SIGKILL, then restart on the same data directory ($logged logged responses)"
stop_silo
start_silo --data-dir "$data"
restart_kill=$ready_s
replayed=$(last_recovery)
log "ready after $restart_kill s ($replayed; Silo CPU until ready $(silo_cpu) s)"
settle "$total" >/dev/null
log "nation n = $total again after recovery"
log "graceful stop (SIGTERM), then restart"
graceful_stop
log "stopped after $stopped_s s"
start_silo --data-dir "$data"
restart_graceful=$ready_s
replayed=$(last_recovery)
log "ready after $restart_graceful s ($replayed; Silo CPU until ready $(silo_cpu) s)"
settle "$total" >/dev/null
stop_silo
log "SQLite part done in $(( $(date +%s) - bench_started )) s"

# --- 5. PostgreSQL (optional) ----------------------------------------------------------------------------------------
if [ "$with_postgres" -eq 1 ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    log "PostgreSQL is not installed (test.sh installs it); skipping the PostgreSQL part"
  else
    pgdata="$work/pg"
    mkdir -p "$pgdata"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$pgdata"; chmod 755 "$work"; fi
    pg_port=$(free_port)
    log "starting a throwaway PostgreSQL ($pg_bin) on 127.0.0.1:$pg_port (fsync on, synchronous_commit on)"
    run_pg "$pg_bin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    run_pg "$pg_bin/pg_ctl" -D "$pgdata" -w -l "$pgdata/server.log" \
      -o "-p $pg_port -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
    pg_cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
    port=$(free_port)
    base="http://127.0.0.1:$port"
    start_silo --data-dir "$work/pgdata-dir" --postgres "$pg_cs"
    pg_start=$ready_s
    log "Silo on PostgreSQL ready after $pg_start s"
    load --rate "$rate" --duration "$warmup_duration" --seed 2000
    pg_warmup=$(field accepted)
    end_to_end 2001 >"$work/e2e-pg.out"
    read -r pg_accepted pg_elapsed pg_rate <"$work/e2e-pg.out"
    log "PostgreSQL end to end: $pg_accepted accepted in $pg_elapsed s = $pg_rate responses/s (after a warm-up of $pg_warmup)"
    log "nation n = $(( pg_warmup + pg_accepted )) $(settle "$(( pg_warmup + pg_accepted ))") s after the last acknowledgement"
    stop_silo
    dotnet "$harness_dll" postgres --connection "$pg_cs" --rows "$raw_rows" --batch "$batch" --sample "$data/responses.db" \
      >"$work/raw-pg.out"
    cat "$work/raw-pg.out" >&2
    pg_raw=$(sed -n 's/^raw_per_sec=//p' "$work/raw-pg.out")
    log "postgres: responses_per_sec=$pg_rate raw_per_sec=$pg_raw ratio=$(echo "$pg_rate / $pg_raw" | bc -l | xargs printf '%.2f')"
  fi
fi

log "restart: SIGKILL ${restart_kill} s, graceful ${restart_graceful} s, with $logged logged responses; first start ${first_start} s"
log "done in $(( $(date +%s) - bench_started )) s after the build, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "responses_per_sec=$e2e_rate raw_per_sec=$raw_rate ratio=$ratio rss_mib=$rss restart_s=$restart_kill"
