#!/usr/bin/env bash
# Runs every benchmark script, one after another, and rewrites the generated results table at the top of
# BENCHMARKS.md (between <!-- results:begin --> and <!-- results:end -->; nothing else in the file is touched):
#   bench/runtime.sh  calls_per_sec= baseline_per_sec= ratio= alloc_bytes_per_call=
#   bench/graphql.sh  ours_us= graphqljs_us= ratio= http_ratio=
#   bench/ingest.sh   responses_per_sec= raw_per_sec= ratio= rss_mib= restart_s=
#   bench/restart.sh  restart_s= graceful_s= logged= replayed= full_replay_s= rss_mib=
#   bench/latency.sh  p50_ms= p99_ms= clients= rate=
#   bench/memory.sh   memory_mib= baseline_mib= ratio=
#   bench/soak.sh     minutes= rate= rss_start_mib= rss_end_mib= rss_growth_mib_per_hour= p99_first_ms= p99_last_ms=
#                     (20 minutes: only with --soak)
# A script that fails, or ends without its summary line, is reported as failed in the table; a script that does not
# exist as missing. Rows of benchmarks not run this time (--only, or soak without --soak) keep their previous values
# and dates. Each script's output is kept in a log directory (printed at the start). Takes about 20 minutes on 2
# cores without the soak (restart.sh needs about 6 GB of disk).
# Usage: bench/all.sh [--soak] [--soak-minutes N] [--only runtime,graphql,...] [--no-write]
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

all=(runtime graphql ingest restart latency memory)
soak=0
soak_minutes=20
only=""
write=1
while [ $# -gt 0 ]; do
  case "$1" in
    --soak) soak=1; shift ;;
    --soak-minutes) soak=1; soak_minutes=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --no-write) write=0; shift ;;
    *) echo "usage: bench/all.sh [--soak] [--soak-minutes N] [--only runtime,graphql,ingest,restart,latency,memory,soak] [--no-write]" >&2
       exit 2 ;;
  esac
done
if [ "$soak" -eq 1 ]; then all+=(soak); fi
if [ -n "$only" ]; then
  IFS=, read -r -a all <<<"$only"
  for name in "${all[@]}"; do
    case "$name" in runtime|graphql|ingest|restart|latency|memory|soak) ;; *) echo "--only: unknown benchmark '$name'" >&2; exit 2 ;; esac
  done
fi

logs=$(mktemp -d /tmp/sipas-bench.XXXXXX)
started=$(date +%s)
say() { printf '[all.sh %5ss] %s\n' "$(( $(date +%s) - started ))" "$*" >&2; }

cores=$(nproc)
memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
machine="$cores cores, $memory, $cpu"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
say "machine: $machine; load average $load_start; logs in $logs"

# Thousands separators for integers, the rest as is.
fmt() { awk -v v="$1" 'BEGIN { if (v !~ /^-?[0-9]+$/) { print v; exit } s = ""; n = v; neg = n < 0; if (neg) n = -n
  while (n >= 1000) { s = sprintf(",%03d", n % 1000) s; n = int(n / 1000) } print (neg ? "-" : "") n s }'; }
# ge A B -> "yes" when A ≥ B, "no" otherwise; le likewise.
ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 >= b + 0) ? "yes" : "no" }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 <= b + 0) ? "yes" : "no" }'; }
both() { [ "$1" = yes ] && [ "$2" = yes ] && echo yes || echo no; }

# Table rows per benchmark: this run's, and the previous table's for those not run this time.
declare -A fresh previous
current=""
row() { current+="| $1 | $2 | $3 | $4 | $5 | $6 | \`$7\` | $8 |"$'\n'; }
if [ -f BENCHMARKS.md ]; then
  while IFS= read -r old; do
    script=$(echo "$old" | grep -o '`bench/[a-z]*\.sh' | head -n 1 | sed 's/^`bench\///; s/\.sh$//')
    [ -n "$script" ] && previous[$script]+="$old"$'\n'
  done < <(sed -n '/^<!-- results:begin -->$/,/^<!-- results:end -->$/p' BENCHMARKS.md | grep '^| ' | grep -v '^| figure \|^| --- ')
fi

title() {
  case "$1" in
    runtime) echo "Runtime: calls/s" ;; graphql) echo "GraphQL: parse + validate + execute" ;;
    ingest) echo "Ingestion end to end" ;; restart) echo "Restart with 10 M logged responses" ;;
    latency) echo "Dashboard latency" ;;
    memory) echo "Aggregates' memory" ;; soak) echo "Soak" ;;
  esac
}

# Rows from one benchmark's summary line ($2), or a failed/missing row.
rows_for() {
  local name=$1 line=$2 status=$3 when=$4 command="bench/$1.sh"
  current=""
  [ "$name" = soak ] && command="bench/soak.sh --minutes $soak_minutes"
  if [ "$status" = missing ]; then
    row "$(title "$name")" "missing (no $command in this tree)" "—" "—" "—" "—" "$command" "$when"
    return
  fi
  if [ "$status" != ok ]; then
    row "$(title "$name")" "**failed** ($status; log \`$logs/$name.log\`)" "—" "—" "—" "**no**" "$command" "$when"
    return
  fi
  v() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  case "$name" in
    runtime)
      row "Runtime: request/response calls/s, 100 grains, 100 callers" "$(fmt "$(v calls_per_sec)")" \
        "$(fmt "$(v baseline_per_sec)") (\`Channel<T>\` ping-pong)" "$(v ratio)" "≥ 1,000,000/s and ≥ 0.5×" \
        "$(both "$(ge "$(v calls_per_sec)" 1000000)" "$(ge "$(v ratio)" 0.5)")" "$command" "$when"
      row "Runtime: bytes allocated per call" "$(v alloc_bytes_per_call)" "—" "—" "—" "—" "$command" "$when" ;;
    graphql)
      row "GraphQL: parse + validate + execute, CPU µs per typical query" "$(v ours_us)" "$(v graphqljs_us) (graphql-js)" \
        "$(v ratio)× faster" "≥ 5× graphql-js" "$(ge "$(v ratio)" 5)" "$command" "$when"
      row "GraphQL over HTTP: req/s vs a minimal-API endpoint, same JSON" "—" "minimal API" "$(v http_ratio)" "≥ 0.5×" \
        "$(ge "$(v http_ratio)" 0.5)" "$command" "$when" ;;
    ingest)
      row "Ingestion end to end (SQLite), responses/s" "$(fmt "$(v responses_per_sec)")" \
        "$(fmt "$(v raw_per_sec)") (raw SQLite insert)" "$(v ratio)" "≥ 50,000/s and ≥ 0.3×" \
        "$(both "$(ge "$(v responses_per_sec)" 50000)" "$(ge "$(v ratio)" 0.3)")" "$command" "$when"
      row "Silo RSS after the ingestion run (2025 tree, 650,000 responses, two years of daily buckets), MiB" "$(fmt "$(v rss_mib)")" \
        "—" "—" "≤ 1,024" "$(le "$(v rss_mib)" 1024)" "$command" "$when"
      row "Restart after SIGKILL at the end of the ingestion run (650,000 logged), s" "$(v restart_s)" "—" "—" "≤ 15" \
        "$(le "$(v restart_s)" 15)" "$command" "$when" ;;
    restart)
      row "Start to ready after SIGKILL, $(fmt "$(v logged)") logged responses ($(fmt "$(v replayed)") replayed), s" "$(v restart_s)" \
        "—" "—" "≤ 15 with 10 M logged" "$(le "$(v restart_s)" 15)" "$command" "$when"
      row "Start to ready after a graceful stop, same log, s" "$(v graceful_s)" "—" "—" "≤ 15" "$(le "$(v graceful_s)" 15)" \
        "$command" "$when"
      row "Full replay of the log (no checkpoint covers it), s; Silo RSS after, MiB" "$(v full_replay_s); $(fmt "$(v rss_mib)") MiB" \
        "—" "—" "—" "—" "$command" "$when" ;;
    latency)
      row "Dashboard latency, response accepted → pushed to $(v clients) clients at $(fmt "$(v rate)")/s: p50 / p99 ms" \
        "$(v p50_ms) / $(v p99_ms)" "—" "—" "p99 ≤ 500 ms" "$(le "$(v p99_ms)" 500)" "$command" "$when" ;;
    memory)
      row "Aggregates of the 2025 tree, two years of daily history, MiB" "$(v memory_mib)" \
        "$(v baseline_mib) (same rings as \`long[]\`)" "$(v ratio)" "≤ 1,024 MiB" "$(le "$(v memory_mib)" 1024)" "$command" "$when" ;;
    soak)
      row "Soak $(v minutes) min at $(fmt "$(v rate)")/s: Silo RSS start → end MiB, growth MiB/h" \
        "$(v rss_start_mib) → $(v rss_end_mib), $(v rss_growth_mib_per_hour)/h" "—" "—" "no steady growth" "see Soak" "$command" "$when"
      row "Soak $(v minutes) min: request p99, first → last minute, ms" "$(v p99_first_ms) → $(v p99_last_ms)" "—" "—" \
        "no drift" "see Soak" "$command" "$when" ;;
  esac
}

index=0
for name in "${all[@]}"; do
  index=$(( index + 1 ))
  script="bench/$name.sh"
  args=()
  [ "$name" = soak ] && args=(--minutes "$soak_minutes")
  if [ ! -x "$script" ] && [ ! -f "$script" ]; then
    say "$index/${#all[@]} $name: missing ($script does not exist)"
    rows_for "$name" "" missing "$(date -u '+%Y-%m-%d %H:%M') UTC"
    fresh[$name]=$current
    continue
  fi
  say "$index/${#all[@]} $name: running $script ${args[*]} (log $logs/$name.log)"
  t0=$(date +%s)
  bash "$script" "${args[@]}" > >(tee "$logs/$name.out" | sed -u "s/^/    [$name] /" >&2) \
    2> >(tee "$logs/$name.log" | sed -u "s/^/    [$name] /" >&2)
  code=$?
  sleep 1 # lets the tees finish writing
  line=$(grep -v '^[[:space:]]*$' "$logs/$name.out" | tail -n 1)
  when="$(date -u '+%Y-%m-%d %H:%M') UTC, load $(cut -d' ' -f1 /proc/loadavg)"
  status=ok
  if [ "$code" -ne 0 ]; then status="exit $code"
  elif ! echo "$line" | grep -Eq '^([a-z0-9_]+=[^ ]+ ?)+$'; then status="no summary line"; fi
  say "$index/${#all[@]} $name: $status after $(( $(date +%s) - t0 )) s: ${line:-<no output>}"
  rows_for "$name" "$line" "$status" "$when"
  fresh[$name]=$current
done

table=$logs/table.md
{
  echo "<!-- results:begin -->"
  echo "<!-- Generated by bench/all.sh: edits between these markers are overwritten. -->"
  echo "**Latest results** (\`bench/all.sh\`; machine: $machine, Linux $(uname -r), .NET SDK $(dotnet --version 2>/dev/null || echo '?');"
  echo "load average $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end — the machine is shared, read the"
  echo "sections below for the spread). Baseline and ratio come from the same run as the value."
  echo
  echo "| figure | value | baseline | ratio | goal | met? | command | date |"
  echo "| --- | ---: | ---: | ---: | --- | --- | --- | --- |"
  for name in runtime graphql ingest restart latency memory soak; do
    if [ -n "${fresh[$name]+set}" ]; then printf '%s' "${fresh[$name]}"; else printf '%s' "${previous[$name]:-}"; fi
  done
  echo "<!-- results:end -->"
} >"$table"
cat "$table" >&2

if [ "$write" -eq 1 ]; then
  if grep -q '^<!-- results:begin -->$' BENCHMARKS.md && grep -q '^<!-- results:end -->$' BENCHMARKS.md; then
    awk -v table="$table" '
      /^<!-- results:begin -->$/ { while ((getline l < table) > 0) print l; skip = 1; next }
      /^<!-- results:end -->$/ { skip = 0; next }
      !skip { print }' BENCHMARKS.md >"$logs/BENCHMARKS.md"
  else
    # First run: the table goes right under the title.
    awk -v table="$table" 'NR == 1 { print; print ""; while ((getline l < table) > 0) print l; next } { print }' \
      BENCHMARKS.md >"$logs/BENCHMARKS.md"
  fi
  cat "$logs/BENCHMARKS.md" >BENCHMARKS.md
  say "BENCHMARKS.md: results table rewritten"
fi
say "done in $(( $(date +%s) - started )) s; logs in $logs"
failed=$(printf '%s' "${fresh[@]}" | grep -c '\*\*failed\*\*' || true)
[ "$failed" -eq 0 ]
