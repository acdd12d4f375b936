#!/usr/bin/env bash
# Two kinds of cold start to /health/ready, alternated (A B, B A, ...): A is the WAR this clone builds with the quick
# start's JVM options, B another WAR (OTHER_WAR=/path/to/jobbro.war) and/or other JVM options (OTHER_JVM_OPTIONS,
# the whole set: they replace the quick start's). Each has a Payara Micro root and class data archive of its own (give
# an experiment that changes the WAR's classes roots of its own with ROOT_SUFFIX); both start on the same migrated
# database (a PostgreSQL cluster of its own in .jobbro/coldstart-pgdata, database jobbro_coldstart_ab). Prints per
# start the wall time, the process's CPU time, the main thread's CPU time (where the deployment runs; also by phase), the busiest
# threads and the load average, then the medians and the mean difference of the pairs with its standard error. Not
# part of the test command; one warm-up start of each (listing classes for a new archive) is not counted.
#   OTHER_WAR=/tmp/other/modules/war/target/jobbro.war bench/cold-start-ab.sh     (ROUNDS=3, ports 8581/54581)
#   OTHER_JVM_OPTIONS="-Xmx1g -XX:TieredStopAtLevel=1 ... -Dsome.flag=x" bench/cold-start-ab.sh
# With JFR_DIR set, each start records a profile (256 frames deep: Payara's deployment stacks are deeper than JFR's
# default 64) into JFR_DIR/<A|B><ROOT_SUFFIX>-<round>.jfr; OTHER_JVM_OPTIONS must then name the recording themselves.
# The roots are their own (ROOT_SUFFIX), so the archives are made with the same options:
#   JFR_DIR=/tmp/jfr ROOT_SUFFIX=-jfr OTHER_WAR=... bench/cold-start-ab.sh
set -euo pipefail
cd "$(dirname "$0")/.."
HTTP=${JOBBRO_HTTP_PORT:-8581}
DB=${JOBBRO_DB_PORT:-54581}
ARGS=(-Djobbro.run.main=dk.jobbro.devenv.ColdStartAb -Djobbro.http.port="$HTTP" -Djobbro.db.port="$DB"
  -Djobbro.ab.rounds="${ROUNDS:-3}" -Djobbro.ab.root-suffix="${ROOT_SUFFIX:-}")
[ -n "${OTHER_WAR:-}" ] && ARGS+=("-Djobbro.ab.other=$OTHER_WAR")
[ -n "${OTHER_JVM_OPTIONS:-}" ] && ARGS+=("-Djobbro.ab.other-jvm-options=$OTHER_JVM_OPTIONS")
if [ -n "${JFR_DIR:-}" ]; then
  mkdir -p "$JFR_DIR"
  ARGS+=("-Djobbro.ab.jfr-dir=$JFR_DIR")
  JVM_OPTIONS="${JVM_OPTIONS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl} -XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=settings=profile,filename=$JFR_DIR/"
fi
[ -n "${JVM_OPTIONS:-}" ] && ARGS+=("-Djobbro.run.jvm-options=$JVM_OPTIONS")
echo "[bench] building, then ${ROUNDS:-3} rounds of A/B cold starts (HTTP $HTTP, database $DB)"
mvn -B -ntp -q -Prun package -pl modules/war -am -DskipTests "${ARGS[@]}" | grep --line-buffered -E "^\[ab\]|ERROR"
