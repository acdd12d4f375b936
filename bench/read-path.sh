#!/usr/bin/env bash
# The read path against its floor, from one run on this machine: starts Jobbro (mvn -Prun package, Payara Micro and
# its embedded PostgreSQL with the demo data), then measures with wrk and pgbench, side by side:
#   - cold start: from the Payara Micro process starting to /health/ready answering 200;
#   - GET /api/v1/kommuner/101 (bearer token, reference data): the trivial authenticated request;
#   - GET /api/v1/cases/{id} (bearer token, tenant check, access-log row): the most common request, its ratio to the
#     trivial one, and its p99 at about half its maximum rate (wrk with a per-connection delay);
#   - GET /api/v1/worklist (one page of 20);
#   - pgbench -S (select by primary key) on the same PostgreSQL, in a database of its own;
#   - for each wrk run, the CPU time per request of Payara Micro's JVM and of PostgreSQL (postmaster and backends),
#     from /proc/<pid>/stat before and after: on a shared machine requests/s follow the other load, CPU per request
#     much less so.
# The numbers are measured, not asserted: read them. Not part of the test command; it wants the machine to itself.
#   bench/read-path.sh        (JOBBRO_HTTP_PORT=8580, JOBBRO_DB_PORT=54580, BENCH_SECONDS=20, BENCH_CONNECTIONS=32,
#                             WARM_SECONDS=10: the load on each path before it is measured; with the full JIT,
#                             C2 was still compiling after 60 s and had settled after 180 s)
#   JVM_OPTIONS="-Xmx1g" bench/read-path.sh      Payara Micro's JVM options instead of the quick start's; with
#                                                -Xlog:gc:file=FILE among them, the GC pauses of the half-rate run
#                                                are counted from FILE (the quick start's options are in PayaraMicro)
#   JFR_DIR=/tmp/jfr bench/read-path.sh          also records each full-speed run with JFR (execution samples every
#                                                2 ms, which costs some CPU of its own) and prints bench/jfr-breakdown.sh
#                                                of the trivial and the case read side by side
#   PERF_DIR=/tmp/perf JVM_OPTIONS="... -XX:+PreserveFramePointer" bench/read-path.sh
#                                                also records the trivial and the case read's full-speed runs and the
#                                                half-rate run with perf (call stacks, 499 Hz) and prints
#                                                bench/perf-breakdown.py: CPU per request by frame, which compares
#                                                across the three (JFR's does not), so what a read costs more when the
#                                                server is not saturated shows frame by frame
set -euo pipefail
cd "$(dirname "$0")/.."
HTTP=${JOBBRO_HTTP_PORT:-8580}
DB=${JOBBRO_DB_PORT:-54580}
SECONDS_EACH=${BENCH_SECONDS:-20}
WARM_EACH=${WARM_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
BASE="http://127.0.0.1:$HTTP"
WORK=$(mktemp -d)
LAUNCHER=""

need() { command -v "$1" >/dev/null || { [ -f "$WORK/apt-updated" ] || { apt-get update -qq && touch "$WORK/apt-updated"; }; apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need pgbench postgresql-client
need curl curl
need jq jq
if [ -n "${PERF_DIR:-}" ]; then
  need perf linux-perf
  grep -q -- '-XX:+PreserveFramePointer' <<<"${JVM_OPTIONS:-}" \
    || { echo "PERF_DIR needs -XX:+PreserveFramePointer in JVM_OPTIONS (perf cannot walk JIT frames without)" >&2; exit 1; }
  mkdir -p "$PERF_DIR"
fi

stop() { [ -n "$LAUNCHER" ] && kill "$LAUNCHER" 2>/dev/null && wait "$LAUNCHER" 2>/dev/null || true; }
trap stop EXIT

# shellcheck source=bench/micro-process.sh
source bench/micro-process.sh # the working directory is the repository's root (above)

echo "[bench] building and starting Jobbro on $HTTP (database $DB)"
RUN_ARGS=(-Djobbro.http.port="$HTTP" -Djobbro.db.port="$DB")
[ -n "${JVM_OPTIONS:-}" ] && RUN_ARGS+=("-Djobbro.run.jvm-options=$JVM_OPTIONS")
mvn -B -ntp -q -Prun package -pl modules/war -am -DskipTests "${RUN_ARGS[@]}" >"$WORK/run.log" 2>&1 &
LAUNCHER=$!
PAYARA=""
for _ in $(seq 1 6000); do
  PAYARA=$(micro_pid "$LAUNCHER" || true)
  [ -n "$PAYARA" ] && break
  sleep 0.1
done
[ -n "$PAYARA" ] || { echo "Payara Micro did not start; see $WORK/run.log" >&2; exit 1; }
STARTED=$(date +%s%N)
until curl -sf -o /dev/null "$BASE/health/ready"; do sleep 0.1; done
READY_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
echo "[bench] cold start: Payara Micro process to /health/ready 200 in $READY_MS ms"
# the demo data is loaded through the API after ready; the banner says when
until grep -q "Jobbro is up" "$WORK/run.log" 2>/dev/null; do sleep 1; done
# The first start in a new Payara Micro root writes its class data archive in the background once it is ready
# (ClassDataArchive): about 40 s of CPU that would be measured with the requests, so wait for it to end.
while pgrep -f -- "-Xshare:dump" >/dev/null; do
  [ -n "${DUMP_SEEN:-}" ] || { echo "[bench] waiting for the quick start's class data archive to be written"; DUMP_SEEN=1; }
  sleep 1
done
# shellcheck disable=SC1091
source .jobbro/demo-tokens.env
CASE_ID=$(curl -sf -H "Authorization: Bearer $CASEWORKER_101" "$BASE/api/v1/cases?size=1" | jq -r '.items[0].id')

# wrk: the latency distribution and requests/s of one path at full speed, or with a delay per request
# With WRK_DELAY_MS each connection pauses before every request for a random time of that mean, drawn anew each time
# from an exponential distribution: a connection's requests then arrive like those of an independent client (a
# Poisson stream while the answers are quick), instead of all connections waiting the same constant and firing in
# lock-step bursts. Each wrk thread seeds its own generator.
cat >"$WORK/auth.lua" <<EOF
wrk.headers["Authorization"] = "Bearer $CASEWORKER_101"
local mean = tonumber(os.getenv("WRK_DELAY_MS") or "0")
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", os.time() * 100 + threads)
end
function init(args)
  math.randomseed(seed)
end
if mean > 0 then
  function delay() return math.floor(-mean * math.log(1 - math.random()) + 0.5) end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.0f %.2f %.2f %d %.2f\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, latency.mean / 1000))
end
EOF
POSTMASTER=$(head -1 .jobbro/pgdata/postmaster.pid)
HZ=$(getconf CLK_TCK)
# CPU ticks (user + system) of a process; with "children", also those of its children that have exited
ticks() { awk -v c="${2:-}" '{ sub(/^.*\) /, ""); t = $12 + $13; if (c != "") t += $14 + $15; print t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() { # the postmaster, its live backends, and the backends that have ended
  local t k
  t=$(ticks "$POSTMASTER" children)
  for k in $(pgrep -P "$POSTMASTER"); do t=$((t + $(ticks "$k"))); done
  echo "$t"
}
if [ -n "${JFR_DIR:-}" ]; then
  mkdir -p "$JFR_DIR"
  cat >"$WORK/sampling.jfc" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="execution samples">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">2 ms</setting></event>
</configuration>
EOF
fi
# with JFR_DIR, records a run as JFR_DIR/<name>.jfr and the requests it served as JFR_DIR/<name>.requests
PERF_PID=""
recording() { # start|stop name [requests]
  [ -n "$2" ] || return 0
  if [ -n "${PERF_DIR:-}" ]; then
    if [ "$1" = start ]; then
      perf record -q -g -F 499 -p "$PAYARA" -o "$PERF_DIR/$2.data" >"$PERF_DIR/$2.log" 2>&1 &
      PERF_PID=$!
    else
      # perf may have died early (no permission, out of space): say so here, since its section at the end is
      # then built from an empty or missing recording
      if kill -INT "$PERF_PID" 2>/dev/null; then wait "$PERF_PID" || true
      else echo "[bench] perf record for the $2 run had ended before the run did; see $PERF_DIR/$2.log" >&2; fi
      echo "$3" >"$PERF_DIR/$2.requests"
    fi
  fi
  [ -n "${JFR_DIR:-}" ] || return 0
  if [ "$1" = start ]; then jcmd "$PAYARA" JFR.start name="$2" settings="$WORK/sampling.jfc" >/dev/null
  else jcmd "$PAYARA" JFR.stop name="$2" filename="$JFR_DIR/$2.jfr" >/dev/null; echo "$3" >"$JFR_DIR/$2.requests"; fi
}
# wrk on one path: "req/s p50-ms p99-ms requests mean-ms"
load() { # path delay-ms seconds
  WRK_DELAY_MS=$2 wrk -t2 -c"$CONNECTIONS" -d"$3s" -s "$WORK/auth.lua" "$BASE$1" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}
measure() { # path [delay-ms] [recording name] -> "req/s p50-ms p99-ms jvm-cpu-ms/req postgres-cpu-ms/req"
  local jvm0 pg0 result
  recording start "${3:-}"
  jvm0=$(ticks "$PAYARA")
  pg0=$(postgres_ticks)
  result=$(load "$1" "${2:-0}" "$SECONDS_EACH")
  recording stop "${3:-}" "$(awk '{print $4}' <<<"$result")"
  awk -v r="$result" -v jvm=$(($(ticks "$PAYARA") - jvm0)) -v pg=$(($(postgres_ticks) - pg0)) -v hz="$HZ" 'BEGIN {
    split(r, f, " "); n = f[4] > 0 ? f[4] : 1
    printf "%s %s %s %.2f %.2f\n", f[1], f[2], f[3], jvm * 1000 / hz / n, pg * 1000 / hz / n }'
}
warm() { wrk -t2 -c"$CONNECTIONS" -d"$WARM_EACH"s -s "$WORK/auth.lua" "$BASE$1" >/dev/null; }

warm /api/v1/kommuner/101
warm "/api/v1/cases/$CASE_ID"
read -r TRIVIAL_RPS TRIVIAL_P50 TRIVIAL_P99 TRIVIAL_JVM TRIVIAL_PG <<<"$(measure /api/v1/kommuner/101 0 trivial)"
read -r CASE_RPS CASE_P50 CASE_P99 CASE_JVM CASE_PG <<<"$(measure "/api/v1/cases/$CASE_ID" 0 case)"
# Half the maximum rate. A connection's cycle is its pause plus the answer's time, so the pause that makes the 32
# connections send CASE_RPS / 2 together depends on the answer's time at that rate, which is not the full-speed
# latency (that one is mostly queueing): calibrate the mean pause with short runs until the rate is within 5 % of
# the target, then measure. GC pauses in that run come from the JVM's log when JVM_OPTIONS has -Xlog:gc:file=...
HALF_TARGET=$(awk -v r="$CASE_RPS" 'BEGIN { print r / 2 }')
HALF_DELAY=$(awk -v c="$CONNECTIONS" -v t="$HALF_TARGET" 'BEGIN { printf "%.1f", c / t * 1000 }')
for _ in 1 2 3 4; do
  read -r rate _ _ _ mean <<<"$(load "/api/v1/cases/$CASE_ID" "$HALF_DELAY" 5)"
  echo "[bench] half-rate calibration: mean pause $HALF_DELAY ms gave $rate req/s (target $HALF_TARGET)"
  awk -v a="$rate" -v t="$HALF_TARGET" 'BEGIN { exit (a > t * 0.95 && a < t * 1.05) ? 0 : 1 }' && break
  # cycle = connections / rate; what is not pause is the answer's time: keep it, change the pause
  HALF_DELAY=$(awk -v c="$CONNECTIONS" -v t="$HALF_TARGET" -v a="$rate" -v d="$HALF_DELAY" \
    'BEGIN { s = c / a * 1000 - d; d = c / t * 1000 - s; printf "%.1f", (d < 1 ? 1 : d) }')
done
GC_LOG=$(grep -oP -- '-Xlog:gc[^ ]*:file=\K[^ :]+' <<<"${JVM_OPTIONS:-}" || true)
GC_LINES=$( [ -n "$GC_LOG" ] && wc -l <"$GC_LOG" || echo 0)
read -r HALF_RPS HALF_P50 HALF_P99 HALF_JVM HALF_PG <<<"$(measure "/api/v1/cases/$CASE_ID" "$HALF_DELAY" half)"
HALF_GC=""
if [ -n "$GC_LOG" ]; then # the pauses logged during the half-rate run: count, sum and longest
  HALF_GC=$(tail -n +"$((GC_LINES + 1))" "$GC_LOG" | { grep -oP 'Pause.* \K[0-9.]+(?=ms$)' || true; } \
    | awk '{ n++; s += $1; if ($1 > m) m = $1 } END { printf "%d GC pauses, %.1f ms in all, longest %.1f ms", n, s, m }')
fi
warm "/api/v1/worklist?size=20"
read -r WORKLIST_RPS WORKLIST_P50 WORKLIST_P99 WORKLIST_JVM WORKLIST_PG <<<"$(measure "/api/v1/worklist?size=20")"

export PGPASSWORD=jobbro-dev
psql -q -h 127.0.0.1 -p "$DB" -U jobbro -d jobbro -c "DROP DATABASE IF EXISTS pgbench" -c "CREATE DATABASE pgbench" \
  >/dev/null
pgbench -q -i -s 10 -h 127.0.0.1 -p "$DB" -U jobbro pgbench >/dev/null 2>&1
PGBENCH_TPS=$(pgbench -S -c 8 -j 2 -T "$SECONDS_EACH" -h 127.0.0.1 -p "$DB" -U jobbro pgbench 2>/dev/null \
  | awk '/^tps/ {print int($3); exit}')
psql -q -h 127.0.0.1 -p "$DB" -U jobbro -d jobbro -c "DROP DATABASE pgbench" >/dev/null

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", a / b * 100 }'; }
echo
echo "[bench] $(nproc) cores, wrk $CONNECTIONS connections, ${SECONDS_EACH} s each, after ${WARM_EACH} s warm-up on each path"
row() { printf '%-52s %10s %9s %9s %11s %11s\n' "$@"; }
row "request" "req/s" "p50 ms" "p99 ms" "JVM ms/req" "PG ms/req"
row "GET /api/v1/kommuner/101 (trivial, authenticated)" "$TRIVIAL_RPS" "$TRIVIAL_P50" "$TRIVIAL_P99" "$TRIVIAL_JVM" "$TRIVIAL_PG"
row "GET /api/v1/cases/{id}" "$CASE_RPS" "$CASE_P50" "$CASE_P99" "$CASE_JVM" "$CASE_PG"
row "GET /api/v1/cases/{id} at about half that rate" "$HALF_RPS" "$HALF_P50" "$HALF_P99" "$HALF_JVM" "$HALF_PG"
row "GET /api/v1/worklist?size=20" "$WORKLIST_RPS" "$WORKLIST_P50" "$WORKLIST_P99" "$WORKLIST_JVM" "$WORKLIST_PG"
printf '%-52s %10s\n' "pgbench -S, 8 clients (tps)" "$PGBENCH_TPS"
echo "[bench] case read / trivial read: $(ratio "$CASE_RPS" "$TRIVIAL_RPS"); case read / pgbench -S: $(ratio "$CASE_RPS" "$PGBENCH_TPS")"
echo "[bench] CPU per request (JVM + PostgreSQL), trivial read / case read: $(ratio \
  "$(awk -v a="$TRIVIAL_JVM" -v b="$TRIVIAL_PG" 'BEGIN { print a + b }')" \
  "$(awk -v a="$CASE_JVM" -v b="$CASE_PG" 'BEGIN { print a + b }')")"
echo "[bench] half rate: $HALF_RPS req/s = $(ratio "$HALF_RPS" "$CASE_RPS") of the case read's maximum, each connection pausing before each request for an exponentially distributed time of mean $HALF_DELAY ms${HALF_GC:+; $HALF_GC}"
echo "[bench] load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "[bench] cold start to ready: $READY_MS ms"
if [ -n "${PERF_DIR:-}" ]; then
  # the JIT's symbols, written now that the recorded code has run; perf script reads /tmp/perf-<pid>.map
  jcmd "$PAYARA" Compiler.perfmap >/dev/null
  for name in trivial case half; do
    perf script -i "$PERF_DIR/$name.data" -F comm,tid,ip,sym >"$PERF_DIR/$name.txt" 2>>"$PERF_DIR/$name.log" \
      || echo "[bench] perf script could not read the $name run's recording; see $PERF_DIR/$name.log" >&2
    [ -s "$PERF_DIR/$name.txt" ] || echo "[bench] the $name run's perf recording holds no samples; its figures below are empty" >&2
  done
  echo; echo "[bench] perf: CPU per request by frame (run 1 trivial read, run 2 case read, run 3 case read at half rate; $PERF_DIR)"
  bench/perf-breakdown.py 499 "$PERF_DIR/trivial.txt" "$(cat "$PERF_DIR/trivial.requests")" \
    "$PERF_DIR/case.txt" "$(cat "$PERF_DIR/case.requests")" "$PERF_DIR/half.txt" "$(cat "$PERF_DIR/half.requests")"
fi
if [ -n "${JFR_DIR:-}" ]; then
  for name in trivial case; do
    echo; echo "[bench] JFR execution samples, $name read ($JFR_DIR/$name.jfr)"
    bench/jfr-breakdown.sh "$JFR_DIR/$name.jfr" "$(cat "$JFR_DIR/$name.requests")"
  done
fi
