#!/usr/bin/env bash
# Cold start to ready, reproducibly: builds the WAR once, then starts Payara Micro with it 3 times on an empty
# database (every migration applied) and 3 times on the migrated one, each time from the process start to
# /health/ready answering 200, and prints every run and the medians: wall time and the CPU time Payara Micro had used
# by then (/proc/<pid>/stat). On a machine shared with other builds read the CPU time; the wall time follows the load.
# The quick start's JVM options are used unless given:
#   bench/cold-start.sh                                     (JOBBRO_HTTP_PORT=8581, JOBBRO_DB_PORT=54581, RUNS=3)
#   JVM_OPTIONS="-Xmx1g" bench/cold-start.sh                the JVM as before the quick start dropped C2
#   CDS=false bench/cold-start.sh                           without the class data archive (by default the first
#                                                           start lists its classes and the archive is written after it)
# Payara Micro's own log of each run: modules/war/target/devenv/coldstart-*.log. Not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
HTTP=${JOBBRO_HTTP_PORT:-8581}
DB=${JOBBRO_DB_PORT:-54581}
RUNS=${RUNS:-3}
ARGS=(-Djobbro.run.main=dk.jobbro.devenv.ColdStartBench -Djobbro.http.port="$HTTP" -Djobbro.db.port="$DB"
  -Djobbro.coldstart.runs="$RUNS")
[ -n "${JVM_OPTIONS:-}" ] && ARGS+=("-Djobbro.run.jvm-options=$JVM_OPTIONS")
[ -n "${CDS:-}" ] && ARGS+=("-Djobbro.run.cds=$CDS")
echo "[bench] building, then $RUNS cold starts on an empty and $RUNS on a migrated database (HTTP $HTTP, database $DB)"
mvn -B -ntp -q -Prun package -pl modules/war -am -DskipTests "${ARGS[@]}" | grep --line-buffered -E "^\[coldstart\]|ERROR"
