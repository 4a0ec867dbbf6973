# Shared helpers of the benchmark scripts that start a Silo (source it; it defines functions and nothing runs).
# The sourcing script sets: work (its temporary directory; the Silo's log goes to $work/silo.log), base (the Silo's
# address, e.g. http://127.0.0.1:$(free_port)), silo_dll, and a log function for progress lines.

silo_pid=""

# A free loopback port (fails after 50 tries).
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

now_s() { date +%s.%N; }
elapsed_since() { echo "$(now_s) - $1" | bc -l; }

# Starts the Silo in the background (extra arguments go to it, --data-dir first); sets ready_s to the seconds until
# /healthz is 200 and key to the national admin key the Silo wrote to that data directory on its first start.
# Waits up to $SILO_READY_TIMEOUT seconds (default 60).
ready_s=""
key=""
start_silo() {
  local t0 tries
  t0=$(now_s)
  tries=$(( ${SILO_READY_TIMEOUT:-60} * 20 ))
  [ "$1" = --data-dir ] || { log "start_silo: pass --data-dir first"; return 1; }
  dotnet "$silo_dll" --urls "$base" "$@" >>"$work/silo.log" 2>&1 &
  silo_pid=$!
  for _ in $(seq 1 "$tries"); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz" || true)" = 200 ]; then
      ready_s=$(printf '%.2f' "$(elapsed_since "$t0")")
      key=$(cat "$2/admin.key")
      return 0
    fi
    if ! kill -0 "$silo_pid" 2>/dev/null; then
      log "the Silo exited; its log:"; tail -n 40 "$work/silo.log" >&2
      return 1
    fi
    sleep 0.05
  done
  log "the Silo was not ready after ${SILO_READY_TIMEOUT:-60} s"
  return 1
}

# SIGKILL (a crash): nothing flushed, nothing checkpointed.
stop_silo() {
  if [ -n "$silo_pid" ] && kill -0 "$silo_pid" 2>/dev/null; then
    kill -KILL "$silo_pid" 2>/dev/null || true
    wait "$silo_pid" 2>/dev/null || true
  fi
  silo_pid=""
}

# SIGTERM (a graceful stop: the Silo drains and checkpoints); sets stopped_s to the seconds it took. Not in a
# command substitution: only this shell can wait for the Silo.
stopped_s=""
graceful_stop() {
  local t0
  t0=$(now_s)
  kill -TERM "$silo_pid"
  wait "$silo_pid" 2>/dev/null || true
  silo_pid=""
  stopped_s=$(printf '%.2f' "$(elapsed_since "$t0")")
}

# The Silo's resident memory (MiB) and CPU seconds so far (user + system).
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$silo_pid/status"; }
silo_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$silo_pid/stat"; }

# The nation's n (window=all) as the Silo reports it.
nation_n() { curl -s -H "Authorization: Bearer $key" "$base/api/v1/units/VN/score?window=all" | jq -r '.n // 0'; }

# Waits until the nation's n equals $1 (the rollup has settled); prints the seconds it took, or fails after 120 s.
settle() {
  local want=$1 t0 n=0
  t0=$(now_s)
  for _ in $(seq 1 1200); do
    n=$(nation_n)
    if [ "$n" = "$want" ]; then
      printf '%.1f' "$(elapsed_since "$t0")"
      return 0
    fi
    sleep 0.1
  done
  log "nation n=$n, expected $want after 120 s"
  return 1
}

# The recovery line of the Silo's last start: replayed count, position, seconds and the time of each step.
last_recovery() {
  grep -o 'replayed [0-9]* responses after log position [0-9]* in [0-9.]* s ([^)]*)' "$work/silo.log" | tail -n 1 || true
}
