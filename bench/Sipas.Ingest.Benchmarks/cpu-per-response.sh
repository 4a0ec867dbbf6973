#!/usr/bin/env bash
# Silo CPU per response (the figure to compare builds by on a shared, noisy machine: wall-clock rates move with the
# neighbours' load by 2-4x, CPU per response much less). On a fresh data directory: the load generator's live run
# (150,000 responses, seed 1001, as bench/ingest.sh) and then its backfill (100,000 spread over two years, seed
# 1002); for each, the Silo's CPU seconds (user + system, /proc/<pid>/stat) from the start of the load generator
# until the nation's n (window=all) equals everything accepted, divided by the accepted count.
# Usage: bench/Sipas.Ingest.Benchmarks/cpu-per-response.sh [label] [checkout]
#   checkout: a source tree whose Silo and load generator are built in Release (default: this repository), e.g. an
#   older commit exported with `git archive <commit> | tar -x -C <dir>` and built there, to run A/B alternately.
# Prints: <label> live: n=… cpu=… us/resp=… | backfill: n=… cpu=… us/resp=… | rss=<MiB> load=<1-min load average>
# Binds only 127.0.0.1; the Silo and its temporary directory are removed on exit.
set -euo pipefail
label=${1:-run}
root=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"
work=$(mktemp -d /tmp/sipas-cpu.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
base=http://127.0.0.1:$port
dotnet Silo/bin/Release/net10.0/Sipas.Silo.dll --urls "$base" --data-dir "$work/data" >"$work/silo.log" 2>&1 &
pid=$!
trap 'kill -KILL $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz" || true)" = 200 ] && break
  sleep 0.1
done
key=$(cat "$work/data/admin.key")
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat"; }
nation() { curl -s -H "Authorization: Bearer $key" "$base/api/v1/units/VN/score?window=all" | jq -r '.n // 0'; }
settle() {
  for _ in $(seq 1 1200); do [ "$(nation)" = "$1" ] && return 0; sleep 0.2; done
  echo "nation n did not reach $1" >&2; return 1
}
loadgen() {
  dotnet tools/Sipas.LoadGen/bin/Release/net10.0/Sipas.LoadGen.dll --url "$base" --key "$key" --batch 1000 \
    --concurrency 16 --quiet --rate 50000 "$@" >"$work/loadgen.out" 2>&1
  grep -o 'accepted=[0-9]*' "$work/loadgen.out" | cut -d= -f2
}
c0=$(cpu)
n1=$(loadgen --duration 3 --seed 1001)
settle "$n1"
c1=$(cpu)
from=$(date -u -d '729 days ago' +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u -d '10 minutes ago' +%Y-%m-%dT%H:%M:%SZ)
n2=$(loadgen --duration 2 --seed 1002 --time-mode backfill --from "$from" --to "$to")
settle $(( n1 + n2 ))
c2=$(cpu)
rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
echo "$label live: n=$n1 cpu=$(echo "$c1 - $c0" | bc) us/resp=$(echo "($c1 - $c0) * 1000000 / $n1" | bc)" \
  "| backfill: n=$n2 cpu=$(echo "$c2 - $c1" | bc) us/resp=$(echo "($c2 - $c1) * 1000000 / $n2" | bc)" \
  "| rss=$rss load=$(cut -d' ' -f1 /proc/loadavg)"
