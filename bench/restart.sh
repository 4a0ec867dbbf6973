#!/usr/bin/env bash
# Restart benchmark (issue 5: "time from start to ready with 10 million logged responses", goal ≤ 15 s). On a fresh
# data directory, in one run:
#   1. the Silo (Release, its own process) ingests TEMPLATES responses over HTTP (a backfill spread over two years,
#      so daily buckets are populated) and stops gracefully;
#   2. bench/Sipas.Ingest.Benchmarks seed-log grows its response log to ROWS rows (the Silo is stopped; each new row
#      repeats a logged one under a fresh id) — set-up, about 100,000 rows/s;
#   3. first start: no checkpoint covers the seeded rows, so the Silo replays them all (the worst case, reported as
#      full_replay_s); the nation's n must equal ROWS;
#   4. graceful stop (SIGTERM, which checkpoints), start again: graceful_s;
#   5. LIVE_DURATION s of live load at the load generator's top rate, then SIGKILL right after the last acknowledgement
#      (the checkpoint is then up to Live:SnapshotEvery responses behind), start again: restart_s, the figure; the
#      nation's n must equal ROWS plus the live responses, exactly.
# Binds only 127.0.0.1; every process and temporary directory it makes is removed on exit. Needs about 6 GB of disk
# for 10 M rows and takes about 6 minutes on 2 cores.
# The last line: restart_s=<n> graceful_s=<n> logged=<n> replayed=<n> full_replay_s=<n> rss_mib=<n>
# Usage: bench/restart.sh [--no-build]
# Environment: ROWS (10000000), TEMPLATES (200000), LIVE_DURATION (s, 10), RATE (target/s, 50000), WORK_DIR (parent of
#              the temporary directory, default /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) echo "usage: bench/restart.sh [--no-build]" >&2; exit 2 ;;
  esac
done

rows=${ROWS:-10000000}
templates=${TEMPLATES:-200000}
live_duration=${LIVE_DURATION:-10}
rate=${RATE:-50000}

silo_dll=$root/Silo/bin/Release/net10.0/Sipas.Silo.dll
loadgen_dll=$root/tools/Sipas.LoadGen/bin/Release/net10.0/Sipas.LoadGen.dll
harness_dll=$root/bench/Sipas.Ingest.Benchmarks/bin/Release/net10.0/Sipas.Ingest.Benchmarks.dll

work=$(mktemp -d "${WORK_DIR:-/tmp}/sipas-restart.XXXXXX")
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
started_at=$(date +%s)
log() { printf '[restart.sh %3ds] %s\n' "$(( $(date +%s) - started_at ))" "$*" >&2; }
trap 'stop_silo; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# Runs the load generator (extra arguments added); prints how many it got accepted, fails on any error.
load() {
  local out
  out=$(dotnet "$loadgen_dll" --url "$base" --key "$key" --batch 1000 --concurrency 16 --quiet --prepare "$@") \
    || { log "load generator failed: $out"; return 1; }
  echo "$out" | grep -E '^(seed=|sent=)' >&2
  echo "$out" | tail -n 1 | tr ' ' '\n' | sed -n 's/^accepted=//p'
}

if [ "$build" -eq 1 ]; then
  log "building the Silo, the load generator and the harness (Release)"
  for project in Silo/Sipas.Silo.csproj tools/Sipas.LoadGen/Sipas.LoadGen.csproj \
      bench/Sipas.Ingest.Benchmarks/Sipas.Ingest.Benchmarks.csproj; do
    dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
  done
fi
log "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg); $(df -h "$work" | awk 'NR == 2 { print $4 }') free in $work"
base="http://127.0.0.1:$(free_port)"
data="$work/data"
export SILO_READY_TIMEOUT=900

# --- 1. Templates over HTTP ------------------------------------------------------------------------------------------
start_silo --data-dir "$data"
from=$(date -u -d '729 days ago' +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u -d '10 minutes ago' +%Y-%m-%dT%H:%M:%SZ)
log "ingesting $templates responses over HTTP, servedAt spread over $from .. $to"
accepted=$(load --rate "$rate" --duration "$(echo "$templates / $rate" | bc -l)" --seed 3001 --time-mode backfill --from "$from" --to "$to")
[ "$accepted" = "$templates" ] || { log "expected $templates accepted, got $accepted"; exit 1; }
settle "$templates" >/dev/null
graceful_stop
log "graceful stop after $stopped_s s"

# --- 2. Grow the log -------------------------------------------------------------------------------------------------
log "growing the log to $rows rows (seed-log)"
dotnet "$harness_dll" seed-log --db "$data/responses.db" --rows "$rows" | while read -r line; do log "$line"; done
log "log file: $(du -h "$data/responses.db" | cut -f1)"

# --- 3. First start: the whole seeded tail is replayed ---------------------------------------------------------------
log "first start on $rows logged responses (replays every seeded row)"
start_silo --data-dir "$data"
full_replay=$ready_s
log "ready after $full_replay s ($(last_recovery))"
settle "$rows" >/dev/null
log "nation n = $rows"

# --- 4. Graceful restart ---------------------------------------------------------------------------------------------
graceful_stop
log "graceful stop after $stopped_s s"
start_silo --data-dir "$data"
graceful=$ready_s
log "ready after $graceful s ($(last_recovery))"
settle "$rows" >/dev/null

# --- 5. Live load, SIGKILL, restart ----------------------------------------------------------------------------------
log "live load: target $rate/s for $live_duration s"
live=$(load --rate "$rate" --duration "$live_duration" --seed 3002)
total=$(( rows + live ))
settle "$total" >/dev/null
log "nation n = $total; SIGKILL"
stop_silo
start_silo --data-dir "$data"
restart=$ready_s
recovery=$(last_recovery)
replayed=$(echo "$recovery" | sed -n 's/^replayed \([0-9]*\) .*/\1/p')
log "ready after $restart s ($recovery)"
settle "$total" >/dev/null
rss=$(rss_mib)
log "nation n = $total again after recovery; RSS $rss MiB"
stop_silo
log "done in $(( $(date +%s) - started_at )) s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "restart_s=$restart graceful_s=$graceful logged=$total replayed=$replayed full_replay_s=$full_replay rss_mib=$rss"
