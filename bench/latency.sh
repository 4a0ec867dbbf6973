#!/usr/bin/env bash
# Dashboard latency benchmark (issue 8): the time from a response's acknowledgement (its 202) to its arrival at
# connected SignalR clients, under sustained load.
#   1. the Silo (Release, its own process, fresh data directory on SQLite, defaults: Live:FlushInterval 100 ms,
#      Dashboard:PushesPerSecond 4) and its national key from <data-dir>/admin.key;
#   2. the load generator at LATENCY_RATE responses/s (5,000) in batches of 100, with a scenario that gives service
#      points no share, for the whole measurement;
#   3. bench/Sipas.Latency/latency.mjs: LATENCY_CLIENTS (50) @microsoft/signalr clients, each joined to the national
#      board (VN, 30d) and to the probe's parent; it posts one probe response every 100 ms, one at a time, to a service
#      point nothing else sends to, and times acknowledgement -> first push showing it, per client.
# Every (probe, client) pair is one sample; the percentiles are over all of them. Binds only 127.0.0.1; every process
# and temporary directory it makes is removed on exit. The last line is the contract:
#   p50_ms=<n> p99_ms=<n> clients=<n> rate=<n>
# Usage: bench/latency.sh [--no-build]
#   Before the load starts, the same clients and probes run LATENCY_BASELINE s on the idle Silo: the baseline.
# Environment: LATENCY_RATE (5000), LATENCY_CLIENTS (50), LATENCY_DURATION (s of probing, 60), LATENCY_WARMUP (s, 5),
#              LATENCY_BASELINE (s, 15), LATENCY_SILO_ARGS (extra Silo arguments, e.g. --Dashboard:PushesPerSecond=10).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) echo "usage: bench/latency.sh [--no-build]" >&2; exit 2 ;;
  esac
done

rate=${LATENCY_RATE:-5000}
clients=${LATENCY_CLIENTS:-50}
duration=${LATENCY_DURATION:-60}
warmup=${LATENCY_WARMUP:-5}
baseline=${LATENCY_BASELINE:-15}

silo_dll=$root/Silo/bin/Release/net10.0/Sipas.Silo.dll
loadgen_dll=$root/tools/Sipas.LoadGen/bin/Release/net10.0/Sipas.LoadGen.dll
client_dir=$root/bench/Sipas.Latency

work=$(mktemp -d /tmp/sipas-latency.XXXXXX)
silo_pid=""
loadgen_pid=""
started_at=$(date +%s)

log() { printf '[latency.sh %3ds] %s\n' "$(( $(date +%s) - started_at ))" "$*" >&2; }

stop() {
  local pid=$1
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}

cleanup() {
  stop "$loadgen_pid"
  stop "$silo_pid"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh" # free_port

if [ "$build" -eq 1 ]; then
  log "building the Silo and the load generator (Release)"
  for project in Silo/Sipas.Silo.csproj tools/Sipas.LoadGen/Sipas.LoadGen.csproj; do
    dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
  done
fi
if [ ! -d "$client_dir/node_modules/@microsoft/signalr" ] || [ "$client_dir/package-lock.json" -nt "$client_dir/node_modules" ]; then
  log "npm ci in bench/Sipas.Latency"
  (cd "$client_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  touch "$client_dir/node_modules"
fi
bench_started=$(date +%s)
log "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"

port=$(free_port)
base="http://127.0.0.1:$port"
data="$work/data"
log "starting the Silo on $base, data in $data (SQLite)"
# From its own directory, where it finds appsettings.json (ASP.NET Core's per-request logs at Warning).
# shellcheck disable=SC2086 # LATENCY_SILO_ARGS is a list of words
(cd "$(dirname "$silo_dll")" && exec dotnet Sipas.Silo.dll --urls "$base" --data-dir "$data" ${LATENCY_SILO_ARGS:-}) >"$work/silo.log" 2>&1 &
silo_pid=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz" || true)" = 200 ] && break
  if ! kill -0 "$silo_pid" 2>/dev/null; then log "the Silo exited; its log:"; tail -n 40 "$work/silo.log" >&2; exit 1; fi
  sleep 0.05
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz" || true)" = 200 ] || { log "the Silo was not ready after 60 s"; exit 1; }
key=$(cat "$data/admin.key")
log "ready${LATENCY_SILO_ARGS:+ (with ${LATENCY_SILO_ARGS})}"

# Baseline in the same run: the same clients and probes on the idle Silo (no load generator). Its floor is the
# grains' flush interval plus the fan-out's push interval.
log "baseline: $clients clients, a probe every 100 ms for $baseline s, no other load"
node "$client_dir/latency.mjs" --url "$base" --key "$key" --clients "$clients" --warmup 1 --duration "$baseline" \
  >"$work/baseline.out" || { log "the measuring client failed (baseline)"; cat "$work/baseline.out" >&2; exit 1; }
log "baseline: $(tail -n 1 "$work/baseline.out")"

# Service points get no share of the generated stream: the probe unit counts the probes only.
echo '{"kindShares":{"commune":0.5,"agency":0.2},"events":[]}' >"$work/scenario.json"
load_s=$(( warmup + duration + 15 ))
log "load generator: $rate responses/s for $load_s s, batches of 100"
dotnet "$loadgen_dll" --url "$base" --key "$key" --rate "$rate" --duration "$load_s" --batch 100 --seed 8008 \
  --scenario "$work/scenario.json" --quiet >"$work/loadgen.out" 2>&1 &
loadgen_pid=$!

log "$clients clients: warm-up $warmup s, then a probe every 100 ms for $duration s"
status=0
node "$client_dir/latency.mjs" --url "$base" --key "$key" --clients "$clients" --warmup "$warmup" --duration "$duration" \
  >"$work/client.out" || status=$?
if [ "$status" -ne 0 ]; then log "the measuring client failed ($status)"; cat "$work/client.out" >&2; exit 1; fi

wait "$loadgen_pid" || { log "load generator failed:"; tail -n 25 "$work/loadgen.out" >&2; exit 1; }
loadgen_pid=""
grep -E '^(seed=|sent=)' "$work/loadgen.out" >&2
field() { grep -E '^sent=' "$work/loadgen.out" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
for f in errors rejected; do
  if [ "$(field "$f")" != 0 ]; then log "load generator: $f=$(field "$f")"; exit 1; fi
done
elapsed=$(grep -E '^seed=' "$work/loadgen.out" | tr ' ' '\n' | sed -n 's/^elapsed_s=//p')
achieved=$(echo "$(field accepted) / $elapsed" | bc -l | xargs printf '%.0f')

result=$(tail -n 1 "$work/client.out")
log "client: $result"
log "done in $(( $(date +%s) - bench_started )) s after the build, load average $(cut -d' ' -f1-3 /proc/loadavg)"
p50=$(echo "$result" | jq -r .p50)
p99=$(echo "$result" | jq -r .p99)
echo "p50_ms=$p50 p99_ms=$p99 clients=$clients rate=$achieved"
