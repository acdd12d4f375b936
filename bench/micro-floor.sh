#!/usr/bin/env bash
# The floor under Jobbro's cold start: Payara Micro (the quick start's version and JVM options) deploying a WAR of
# one JAX-RS class, from the process start to that class answering, 3 times, with the CPU time Micro had used by then
# (/proc/<pid>/stat, user + system). Whatever Jobbro's own start costs comes on top of this.
#   bench/micro-floor.sh                     (FLOOR_HTTP_PORT=8582, RUNS=3)
# Not part of the test command; needs only the JDK and the Maven repository the build fills.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${FLOOR_HTTP_PORT:-8582}
RUNS=${RUNS:-3}
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
VERSION=$(grep -oP '(?<=<payara.micro.version>)[^<]+' pom.xml)
MICRO=$REPO/fish/payara/extras/payara-micro/$VERSION/payara-micro-$VERSION.jar
EE=$(grep -oP '(?<=<jakartaee.version>)[^<]+' pom.xml)
API=$REPO/jakarta/platform/jakarta.jakartaee-api/$EE/jakarta.jakartaee-api-$EE.jar
[ -f "$MICRO" ] || mvn -B -ntp -q dependency:get -Dartifact="fish.payara.extras:payara-micro:$VERSION"
[ -f "$API" ] || mvn -B -ntp -q dependency:get -Dartifact="jakarta.platform:jakarta.jakartaee-api:$EE"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src/floor" "$WORK/war/WEB-INF/classes"
cat > "$WORK/src/floor/Hello.java" <<'JAVA'
package floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/")
@Path("hello")
public class Hello extends Application {
  @GET
  public String get() {
    return "ok";
  }
}
JAVA
javac -d "$WORK/war/WEB-INF/classes" -cp "$API" "$WORK/src/floor/Hello.java"
(cd "$WORK/war" && jar cf ../floor.war .)

echo "[floor] Payara Micro $VERSION, one-class WAR, JVM -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC, port $PORT"
for run in $(seq 1 "$RUNS"); do
  started=$(date +%s%N)
  java -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar "$MICRO" --deploy "$WORK/floor.war" --contextroot / --port "$PORT" \
    --nohazelcast --disablephonehome --rootdir "$WORK/root$run" > "$WORK/micro$run.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/hello" > /dev/null 2>&1; do
    kill -0 "$pid" 2> /dev/null || { echo "[floor] Payara Micro ended:"; tail -20 "$WORK/micro$run.log"; exit 1; }
    sleep 0.1
  done
  ready=$(date +%s%N)
  cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$pid/stat")
  printf '[floor] run %d: ready in %.1f s, %s s of CPU, load average %s\n' "$run" \
    "$(echo "($ready - $started) / 1000000000" | bc -l)" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"
  wait "$pid" 2> /dev/null || true
done
