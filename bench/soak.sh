#!/usr/bin/env bash
# Soak: a Release Silo on a fresh data directory (SQLite) takes a steady, realistic stream for many minutes; does its
# memory grow and does its latency drift?
#   - the load generator runs in windows of 1 minute (a new seed each, live servedAt, small batches as devices send
#     them), back to back; each window's p50/p99 request latency is kept;
#   - every 10 s the Silo's RSS (VmRSS) and thread count are read from /proc, and its GC heap, working set, thread-pool
#     threads and gen-2 collections from its runtime counters (EventPipe, bench/Sipas.Memory.Benchmarks sample);
#   - at the end the nation's n must equal every accepted response (nothing accepted is lost).
# RSS growth is the least-squares slope of the RSS samples of the second half of the run, per hour (the first
# minutes hold the warm-up and GC's first large heaps, whose fall would hide a steady climb).
# The samples and windows are kept in --out DIR (default /tmp/sipas-soak-last) as samples.tsv and windows.tsv.
# The last line is the contract relied on by tools (bench/all.sh --soak):
#   minutes=<n> rate=<n> rss_start_mib=<n> rss_end_mib=<n> rss_growth_mib_per_hour=<n> p99_first_ms=<n> p99_last_ms=<n>
# Usage: bench/soak.sh [--minutes 20] [--rate 2000] [--batch 20] [--out DIR] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

minutes=20
rate=2000
batch=20
out=/tmp/sipas-soak-last
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: bench/soak.sh [--minutes 20] [--rate 2000] [--batch 20] [--out DIR] [--no-build]" >&2; exit 2 ;;
  esac
done
case "$minutes" in ''|*[!0-9]*|0) echo "--minutes must be a positive whole number (got '$minutes')" >&2; exit 2 ;; esac
case "$rate" in ''|*[!0-9]*|0) echo "--rate must be a positive whole number of responses/s (got '$rate')" >&2; exit 2 ;; esac

work=$(mktemp -d /tmp/sipas-soak.XXXXXX)
silo_pid=""
sampler_pid=""
started_at=$(date +%s)

log() { printf '[soak.sh %4ds] %s\n' "$(( $(date +%s) - started_at ))" "$*" >&2; }

cleanup() {
  for pid in "$sampler_pid" "$silo_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh" # free_port

if [ "$build" -eq 1 ]; then
  log "building the Silo, the load generator and the memory harness (Release)"
  for project in Silo/Sipas.Silo.csproj tools/Sipas.LoadGen/Sipas.LoadGen.csproj \
      bench/Sipas.Memory.Benchmarks/Sipas.Memory.Benchmarks.csproj; do
    dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
  done
fi
# Run copies: a rebuild in the work tree during a 20-minute run must not swap the assemblies under the processes.
cp -r "$root/Silo/bin/Release/net10.0" "$work/silo"
cp -r "$root/tools/Sipas.LoadGen/bin/Release/net10.0" "$work/loadgen"
cp -r "$root/bench/Sipas.Memory.Benchmarks/bin/Release/net10.0" "$work/harness"
mkdir -p "$out"
machine="$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
log "machine: $machine; load average $(cut -d' ' -f1-3 /proc/loadavg)"

port=$(free_port)
base="http://127.0.0.1:$port"
data="$work/data"
# From its own directory, where appsettings.json lies (ASP.NET Core's per-request logs at Warning); the Silo also
# finds it from elsewhere since its content root became its executable's directory.
(cd "$work/silo" && exec dotnet Sipas.Silo.dll --urls "$base" --data-dir "$data") >"$work/silo.log" 2>&1 &
silo_pid=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz" || true)" = 200 ] && break
  if ! kill -0 "$silo_pid" 2>/dev/null; then log "the Silo exited; its log:"; tail -n 40 "$work/silo.log" >&2; exit 1; fi
  sleep 0.05
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz" || true)" = 200 ] || { log "the Silo was not ready after 60 s"; exit 1; }
key=$(cat "$data/admin.key")
log "Silo ready on $base (pid $silo_pid, data in $data)"

# Counters over EventPipe; a line "unix_s gc_heap_mib working_set_mib threadpool_threads gen2_gcs" every 10 s.
dotnet "$work/harness/Sipas.Memory.Benchmarks.dll" sample --pid "$silo_pid" --interval 10 >"$work/counters.txt" 2>"$work/sampler.err" &
sampler_pid=$!

printf 'unix_s\tminute\trss_mib\tthreads\tgc_heap_mib\tthreadpool_threads\tgen2_gcs\n' >"$out/samples.tsv"
printf 'window\tsent\taccepted\tduplicate\trejected\terrors\tp50_ms\tp99_ms\telapsed_s\n' >"$out/windows.tsv"
load_started=$(date +%s)

# One sample: /proc for RSS and threads, the sampler's latest line for the runtime's own view.
sample() {
  local now rss threads counters
  now=$(date +%s)
  rss=$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$silo_pid/status")
  threads=$(awk '/^Threads:/ { print $2 }' "/proc/$silo_pid/status")
  counters=$(tail -n 1 "$work/counters.txt" 2>/dev/null | awk 'NF == 5 { print $2 "\t" $4 "\t" $5 }')
  printf '%s\t%s\t%s\t%s\t%s\n' "$now" "$(echo "($now - $load_started) / 60" | bc -l | xargs printf '%.2f')" "$rss" "$threads" \
    "${counters:-n/a	n/a	n/a}" >>"$out/samples.tsv"
}

sample
( while kill -0 "$silo_pid" 2>/dev/null; do sleep 10; sample; done ) &
sampling_loop=$!

total=0
for window in $(seq 1 "$minutes"); do
  status=0
  dotnet "$work/loadgen/Sipas.LoadGen.dll" --url "$base" --key "$key" --rate "$rate" --duration 60 --batch "$batch" \
    --seed $(( 7000 + window )) --quiet >"$work/window.out" 2>&1 || status=$?
  line=$(grep -E '^sent=' "$work/window.out" | tail -n 1 || true)
  if [ "$status" -ne 0 ] || [ -z "$line" ]; then
    log "window $window: the load generator failed (exit $status):"; tail -n 25 "$work/window.out" >&2
    kill "$sampling_loop" 2>/dev/null || true
    exit 1
  fi
  get() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  elapsed=$(grep -E '^seed=' "$work/window.out" | tr ' ' '\n' | sed -n 's/^elapsed_s=//p')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$window" "$(get sent)" "$(get accepted)" "$(get duplicate)" "$(get rejected)" \
    "$(get errors)" "$(get p50_ms)" "$(get p99_ms)" "${elapsed:-?}" >>"$out/windows.tsv"
  total=$(( total + $(get accepted) ))
  last=$(tail -n 1 "$out/samples.tsv")
  log "window $window/$minutes: $line; RSS $(echo "$last" | cut -f3) MiB, GC heap $(echo "$last" | cut -f5) MiB, threads $(echo "$last" | cut -f4); load average $(cut -d' ' -f1 /proc/loadavg)"
done
sample
kill "$sampling_loop" 2>/dev/null || true
wait "$sampling_loop" 2>/dev/null || true

# Nothing accepted is lost: the nation's n reaches the accepted total.
n=0
for _ in $(seq 1 600); do
  n=$(curl -s -H "Authorization: Bearer $key" "$base/api/v1/units/VN/score?window=all" | jq -r '.n // 0')
  [ "$n" = "$total" ] && break
  sleep 0.2
done
if [ "$n" != "$total" ]; then log "nation n=$n, expected $total accepted responses"; exit 1; fi
log "nation n = $total = every accepted response"
if [ "$(awk -F'\t' 'NR > 1 && ($4 + $5 + $6) > 0' "$out/windows.tsv" | wc -l)" -ne 0 ]; then
  log "some window had duplicates, rejections or errors:"; cat "$out/windows.tsv" >&2; exit 1
fi
cp "$work/silo.log" "$out/silo.log"

# Summary: RSS at the end of the first window (warm) and at the end, the least-squares slope over the second half.
read -r rss_start rss_end slope <<<"$(awk -F'\t' -v half="$(echo "$minutes / 2" | bc -l)" 'NR > 1 && $2 >= 1 {
    if (!started) { first = $3; started = 1 } last = $3
    if ($2 >= half) { n++; x = $2 / 60; sx += x; sy += $3; sxx += x * x; sxy += x * $3 } }
  END { d = n * sxx - sx * sx; printf "%.0f %.0f %.1f\n", first, last, (d > 0 ? (n * sxy - sx * sy) / d : 0) }' "$out/samples.tsv")"
p99_first=$(awk -F'\t' 'NR == 2 { print $8 }' "$out/windows.tsv")
p99_last=$(awk -F'\t' 'END { print $8 }' "$out/windows.tsv")
log "windows (also in $out/windows.tsv):"; column -t -s $'\t' "$out/windows.tsv" >&2
log "samples every 10 s in $out/samples.tsv; GC heap first/last after warm-up: $(awk -F'\t' 'NR > 1 && $2 >= 1 && $5 != "n/a" { if (!f) f = $5; l = $5 } END { print f " / " l " MiB" }' "$out/samples.tsv"); threads first/last: $(awk -F'\t' 'NR > 1 && $2 >= 1 { if (!f) f = $4; l = $4 } END { print f " / " l }' "$out/samples.tsv")"
log "done: $total responses in $minutes windows, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "minutes=$minutes rate=$rate rss_start_mib=$rss_start rss_end_mib=$rss_end rss_growth_mib_per_hour=$slope p99_first_ms=$p99_first p99_last_ms=$p99_last"
