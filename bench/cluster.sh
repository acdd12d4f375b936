#!/usr/bin/env bash
# Jobbro as a cluster on this machine, and a kill test through it:
#   - PostgreSQL: a primary and a streaming replica (pg_basebackup, standby.signal) from Debian's packages;
#   - Payara Server: one domain, a deployment group "jobbro-dg" with two instances, each running jobbro.war; the
#     domain is configured with server-config/jobbro.asadmin exactly as an operator would, the reports' datasource
#     pointing at the replica;
#   - HAProxy in front, health-checking /health/ready on both instances;
#   - a mixed load (registrations with Idempotency-Key, case reads) through HAProxy while one instance is killed with
#     kill -9 and started again. Then: every acknowledged registration is in the primary, no person has two cases,
#     the survivor kept serving, the killed instance rejoined; a report read from the replica states the replica's
#     replay time as its data cut-off, also while replay is paused; the every-minute SchedulerHeartbeat ran once per
#     minute with two instances up and went on while one was down; a pg_dump of the primary holds none of the CPR
#     numbers sent, nor does any log of the DAS, the instances or PostgreSQL.
#
# Not part of the test command: it installs packages, takes a few minutes and wants the machine to itself.
#   bash bench/cluster.sh              (CLUSTER_PORTBASE=40000, CLUSTER_LOAD_SECONDS=120, CLUSTER_THREADS=16)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${CLUSTER_PORTBASE:-40000}
SECONDS_OF_LOAD=${CLUSTER_LOAD_SECONDS:-120}
THREADS=${CLUSTER_THREADS:-16}
WORK=/var/tmp/jobbro-cluster-$BASE        # postgres must be able to enter it; /var/tmp survives a crashed run's /tmp
PG_PRIMARY=$((BASE + 1))
PG_REPLICA=$((BASE + 2))
LB=$((BASE + 3))
DAS_PORTBASE=$((BASE + 100))              # admin = +48
A_PORTBASE=$((BASE + 200))                # HTTP = +80
B_PORTBASE=$((BASE + 300))
A_HTTP=$((A_PORTBASE + 80))
B_HTTP=$((B_PORTBASE + 80))
ADMIN=$((DAS_PORTBASE + 48))
DOMAIN=jobbro-cluster
PAYARA_VERSION=$(sed -n 's:.*<payara.server.version>\(.*\)</payara.server.version>.*:\1:p' "$ROOT/pom.xml")

log() { printf '[cluster %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# --- packages: PostgreSQL (with pg_basebackup) and HAProxy from Debian ---------------------------------------------
if ! command -v haproxy >/dev/null || ! ls /usr/lib/postgresql/*/bin/pg_basebackup >/dev/null 2>&1; then
  log "installing postgresql and haproxy (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql haproxy >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { runuser -u postgres -- "$@"; }
psql_primary() { as_postgres "$PGBIN/psql" -X -q -At -h 127.0.0.1 -p "$PG_PRIMARY" -d jobbro "$@"; }
psql_replica() { as_postgres "$PGBIN/psql" -X -q -At -h 127.0.0.1 -p "$PG_REPLICA" -d jobbro "$@"; }

cleanup() {
  log "stopping everything"
  [[ -f $WORK/haproxy.pid ]] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  [[ -x $WORK/payara6/bin/asadmin ]] && "$WORK/payara6/bin/asadmin" --port "$ADMIN" stop-deployment-group jobbro-dg \
    >/dev/null 2>&1 || true
  [[ -x $WORK/payara6/bin/asadmin ]] && "$WORK/payara6/bin/asadmin" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  for pg in replica primary; do
    [[ -d $WORK/pg-$pg ]] && as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg-$pg" -m immediate stop >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

cleanup_previous() {
  if [[ -d $WORK ]]; then
    cleanup
    rm -rf "$WORK"
  fi
}
cleanup_previous
mkdir -p "$WORK"
chmod 755 "$WORK"

# --- the WAR, the bench classes and their classpath -----------------------------------------------------------------
log "building jobbro.war and the load driver"
(cd "$ROOT" && mvn -B -ntp -q package dependency:build-classpath -pl modules/war -am -DskipTests -DskipITs \
  -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test)
WAR=$ROOT/modules/war/target/jobbro.war
CP="$ROOT/modules/war/target/test-classes:$ROOT/modules/war/target/classes:$(cat "$WORK/classpath.txt")"
token() { java -cp "$CP" -Djobbro.home="$ROOT" dk.jobbro.devenv.DemoTokens "$@"; }

# --- PostgreSQL primary and streaming replica ------------------------------------------------------------------------
log "PostgreSQL primary on $PG_PRIMARY"
install -d -o postgres -g postgres -m 700 "$WORK/pg-primary"
install -d -o postgres -g postgres -m 755 "$WORK/pglog"
as_postgres "$PGBIN/initdb" -D "$WORK/pg-primary" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat >>"$WORK/pg-primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PRIMARY
unix_socket_directories = ''
wal_level = replica
max_wal_senders = 4
hot_standby = on
log_error_verbosity = terse
EOF
echo "host replication all 127.0.0.1/32 trust" >>"$WORK/pg-primary/pg_hba.conf"
as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg-primary" -l "$WORK/pglog/primary.log" -w start >/dev/null
as_postgres "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PG_PRIMARY" -d postgres \
  -c "create role jobbro login password 'jobbro'" -c "create database jobbro owner jobbro encoding 'UTF8'"

log "PostgreSQL replica on $PG_REPLICA (pg_basebackup -R: standby.signal and primary_conninfo)"
install -d -o postgres -g postgres -m 700 "$WORK/pg-replica"
as_postgres "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PRIMARY" -U postgres -D "$WORK/pg-replica" -R -X stream -c fast
sed -i "s/^port = $PG_PRIMARY/port = $PG_REPLICA/" "$WORK/pg-replica/postgresql.conf"
as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg-replica" -l "$WORK/pglog/replica.log" -w start >/dev/null
[[ $(psql_replica -c "select pg_is_in_recovery()") == t ]] || { log "the replica is not in recovery"; exit 1; }

# --- Payara Server: domain, deployment group, two instances ---------------------------------------------------------
log "Payara Server $PAYARA_VERSION: domain $DOMAIN (admin $ADMIN), instances on HTTP $A_HTTP and $B_HTTP"
unzip -q "$HOME/.m2/repository/fish/payara/distributions/payara/$PAYARA_VERSION/payara-$PAYARA_VERSION.zip" -d "$WORK"
ASADMIN="$WORK/payara6/bin/asadmin"
asadm() { "$ASADMIN" --port "$ADMIN" "$@"; }
"$ASADMIN" create-domain --nopassword=true --portbase "$DAS_PORTBASE" "$DOMAIN" >/dev/null
cp "$(tr ':' '\n' <"$WORK/classpath.txt" | grep '/postgresql-[0-9.]*\.jar$' | head -1)" \
  "$WORK/payara6/glassfish/domains/$DOMAIN/lib/"
"$ASADMIN" start-domain "$DOMAIN" >/dev/null

sed -e "s|@DB_HOST@|127.0.0.1|" -e "s|@DB_PORT@|$PG_PRIMARY|" -e "s|@DB_NAME@|jobbro|" \
    -e "s|@DB_USER@|jobbro|" -e "s|@DB_PASSWORD@|jobbro|" -e "s|@DB_MAX_POOL@|32|" \
    -e "s|@REPORTS_DB_HOST@|127.0.0.1|" -e "s|@REPORTS_DB_PORT@|$PG_REPLICA|" \
    -e "s|@JWT_ISSUER@|https://demo.jobbro.dk|" -e "s|@JWT_AUDIENCE@|jobbro|" \
    -e "s|@JWT_PUBLIC_KEY_LOCATION@|file:$ROOT/server-config/demo/jwt-demo-public.pem|" \
    -e "s|@AUDIT_HASH_KEY@|cluster-bench-audit-hash-key-not-for-real-use|" \
    -e "s|@MATCHING_REFERENCE_KEY@|cluster-bench-matching-key-not-for-real-use|" \
    -e "s|@ENCRYPTION_KEY_ID@|bench-1|" -e "s|@ENCRYPTION_KEY@|cluster-bench-encryption-key-not-for-real-use|" \
    -e "s|@ENCRYPTION_INDEX_KEY@|cluster-bench-blind-index-key-not-for-real-use|" \
    -e "s|@PUBLIC_URL@|http://127.0.0.1:$LB|" -e "s|@CONFIG@|default-config|g" \
    "$ROOT/server-config/jobbro.asadmin" >"$WORK/jobbro.asadmin"
cat >>"$WORK/jobbro.asadmin" <<EOF
delete-jvm-options --target default-config -Xmx512m
create-jvm-options --target default-config -Xmx1g
create-jvm-options --target default-config "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"
create-deployment-group jobbro-dg
create-instance --node localhost-$DOMAIN --portbase $A_PORTBASE jobbro-a
create-instance --node localhost-$DOMAIN --portbase $B_PORTBASE jobbro-b
add-instance-to-deployment-group --instance jobbro-a --deploymentgroup jobbro-dg
add-instance-to-deployment-group --instance jobbro-b --deploymentgroup jobbro-dg
create-resource-ref --target jobbro-dg jdbc/jobbro
create-resource-ref --target jobbro-dg jdbc/jobbro-reports
EOF
asadm multimode --file "$WORK/jobbro.asadmin" >"$WORK/asadmin.log" 2>&1
asadm deploy --target jobbro-dg --name jobbro --contextroot / "$WAR" >>"$WORK/asadmin.log" 2>&1
asadm start-deployment-group jobbro-dg >>"$WORK/asadmin.log" 2>&1

ready() { curl -fs -o /dev/null "http://127.0.0.1:$1/health/ready"; }
await_ready() {
  for _ in $(seq 1 180); do ready "$1" && return 0; sleep 1; done
  log "no /health/ready 200 on port $1"; return 1
}
await_ready "$A_HTTP"
await_ready "$B_HTTP"
log "both instances ready"

# --- the listener settings reached the instances (they read default-config, not the domain server's config) ---------
SERVER_HEADERS=$(curl -s -D - -o /dev/null "http://127.0.0.1:$A_HTTP/health/ready" | grep -ci '^server:' || true)
LONG_HEADER=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Long: $(head -c 10240 /dev/zero | tr '\0' a)" \
  "http://127.0.0.1:$A_HTTP/health/ready")
log "instance jobbro-a: Server headers: $SERVER_HEADERS; a 10 KiB header answered $LONG_HEADER (Jobbro's 431)"

# --- HAProxy ---------------------------------------------------------------------------------------------------------
cat >"$WORK/haproxy.cfg" <<EOF
global
  maxconn 1024
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 2
  option redispatch
frontend jobbro
  bind 127.0.0.1:$LB
  default_backend jobbro_instances
backend jobbro_instances
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  server jobbro-a 127.0.0.1:$A_HTTP check
  server jobbro-b 127.0.0.1:$B_HTTP check
EOF
haproxy -D -f "$WORK/haproxy.cfg" -p "$WORK/haproxy.pid"
for _ in $(seq 1 30); do curl -fs -o /dev/null "http://127.0.0.1:$LB/health/ready" && break; sleep 1; done
log "HAProxy on $LB"

# --- the kill test ---------------------------------------------------------------------------------------------------
LOAD_STARTED=$(psql_primary -c "select now()")
log "load: $SECONDS_OF_LOAD s, $THREADS threads, 30 % registrations; jobbro-a is killed after a third of it"
java -cp "$CP" -Djobbro.home="$ROOT" dk.jobbro.bench.ClusterLoad "http://127.0.0.1:$LB" "$SECONDS_OF_LOAD" \
  "$THREADS" "$WORK/acknowledged.txt" >"$WORK/load.out" 2>"$WORK/load.err" &
LOAD=$!
sleep $((SECONDS_OF_LOAD / 3))
A_PID=$(cat "$WORK/payara6/glassfish/nodes/localhost-$DOMAIN/jobbro-a/config/pid")
kill -9 "$A_PID"
KILLED_AT=$(date +%s)
log "kill -9 jobbro-a (pid $A_PID)"
sleep 5
ready "$B_HTTP" && log "jobbro-b still ready" || log "jobbro-b NOT ready"
asadm start-instance jobbro-a >>"$WORK/asadmin.log" 2>&1
await_ready "$A_HTTP"
log "jobbro-a rejoined: ready again $(( $(date +%s) - KILLED_AT )) s after the kill"
wait "$LOAD"
log "load: $(cat "$WORK/load.out")"

# --- what the database holds -----------------------------------------------------------------------------------------
ACKED=$(wc -l <"$WORK/acknowledged.txt")
FOUND=0
# the ids go in on stdin (COPY), not on the command line: a quick machine acknowledges thousands, more than one
# argument may hold
[[ $ACKED -gt 0 ]] && FOUND=$({ echo "create temp table acknowledged (id uuid); copy acknowledged from stdin;"
  cat "$WORK/acknowledged.txt"; echo '\.'
  echo "select count(*) from caseload.case_file where id in (select id from acknowledged);"; } | psql_primary)
DUPLICATES=$(psql_primary -c "select count(*) from (select cpr_index from caseload.case_file
                                where full_name = 'Cluster Person' group by cpr_index having count(*) > 1) d")
log "writes acknowledged: $ACKED; found in the primary: $FOUND; lost: $((ACKED - FOUND)); persons with two cases: $DUPLICATES"
# A case read's access-log row is committed by its instance's writer a few milliseconds after the answer (README,
# "When a read's row is written"): the killed instance takes the rows of its last milliseconds with it, and a read cut
# off by the kill may have its row without its answer. Counted, not asserted.
READS_ANSWERED=$(grep -o 'read-200=[0-9]*' "$WORK/load.out" | cut -d= -f2)
READS_LOGGED=$(psql_primary -c "select count(*) from audit.access_log where action = 'READ' and resource_type = 'case'
                                  and at >= '$LOAD_STARTED'")
log "case reads answered 200: $READS_ANSWERED; READ rows in the access log since the load began: $READS_LOGGED"

# --- scheduled work: once per minute with two instances, and on while one is down -----------------------------------
# SchedulerHeartbeat runs every minute under OncePerSchedule; each run of its body writes one row (no unique key).
HEARTBEATS=$(psql_primary -c "select count(*) || ' runs in ' || count(distinct slot) || ' minutes, by '
    || string_agg(distinct split_part(instance, '@', 1), ' and ') || '; minutes run twice: '
    || (select count(*) from (select slot from scheduling.heartbeat where slot >= '$LOAD_STARTED'
                              group by slot having count(*) > 1) d)
    || '; minutes missed: ' || (extract(epoch from max(slot) - min(slot))::bigint / 60 + 1 - count(distinct slot))
    from scheduling.heartbeat where slot >= '$LOAD_STARTED'")
log "scheduler heartbeat since the load began: $HEARTBEATS"
TWICE=$(psql_primary -c "select count(*) from (select slot from scheduling.heartbeat where slot >= '$LOAD_STARTED'
                         group by slot having count(*) > 1) d")

# --- reports from the replica: the cut-off is the replica's replay time ----------------------------------------------
ANALYST=$(token ministry-analyst 1)
report() {
  curl -fs -H "Authorization: Bearer $ANALYST" \
    "http://127.0.0.1:$LB/api/v1/reports/self-supporting?year=$(date +%Y)" | grep -o '"dataCutOff":"[^"]*"'
}
log "replica replay lag now: $(psql_replica -c "select now() - pg_last_xact_replay_timestamp()")"
log "report via the balancer: $(report)"
psql_replica -c "select pg_wal_replay_pause()" >/dev/null
log "replay paused on the replica; registering one more case on the primary"
CASEWORKER=$(token caseworker 101 1)
curl -fs -o /dev/null -H "Authorization: Bearer $CASEWORKER" -H 'Content-Type: application/json' \
  -d "{\"cpr\": \"0101$(printf '%02d' $((RANDOM % 60 + 30)))-$(printf '%04d' $((RANDOM % 4000)))\", \"name\": \"Lag Person\", \"residenceBasis\": \"REFUGEE\", \"takeoverDate\": \"$(date -d '3 days ago' +%F)\"}" \
  "http://127.0.0.1:$LB/api/v1/cases" || true
sleep 3
log "primary now: $(psql_primary -c "select now()"); report while the replica lags: $(report)"
psql_replica -c "select pg_wal_replay_resume()" >/dev/null
sleep 2
log "replay resumed; report: $(report)"

# --- CPR numbers at rest: a pg_dump of the primary holds none of those sent ------------------------------------------
# Debian's pg_dump matches Debian's server here (the embedded PostgreSQL 17 of the tests has no pg_dump of its own).
as_postgres "$PGBIN/pg_dump" -h 127.0.0.1 -p "$PG_PRIMARY" -d jobbro >"$WORK/primary.sql"
sed 's/-//' "$WORK/acknowledged.txt.cprs" | cat - "$WORK/acknowledged.txt.cprs" >"$WORK/cpr-patterns.txt"
CLEAR_CPRS=$(grep -c -F -f "$WORK/cpr-patterns.txt" "$WORK/primary.sql" || true)
log "pg_dump of the primary: $(wc -c <"$WORK/primary.sql") bytes, $(grep -c 'Cluster Person' "$WORK/primary.sql" || true)" \
  "lines with the load's persons' name (the dump holds their rows); lines holding one of the" \
  "$(wc -l <"$WORK/acknowledged.txt.cprs") CPR numbers sent (with or without the hyphen): $CLEAR_CPRS"

# ... nor do the servers' logs: the DAS's and both instances' (server logs, rotated or not) and PostgreSQL's
# (grep -l exits 1 for a file without a match, which xargs passes on: the list alone is taken)
LOG_FILES_WITH_CPRS=$(find "$WORK/payara6/glassfish/domains" "$WORK/payara6/glassfish/nodes" "$WORK/pglog" -type f \
  -name '*.log*' -print0 2>/dev/null | xargs -0 -r grep -l -F -f "$WORK/cpr-patterns.txt" || true)
LOGS_WITH_CPRS=$(printf '%s' "$LOG_FILES_WITH_CPRS" | grep -c . || true)
log "log files of the DAS, the instances and PostgreSQL that hold one of those numbers: $LOGS_WITH_CPRS of" \
  "$(find "$WORK/payara6/glassfish/domains" "$WORK/payara6/glassfish/nodes" "$WORK/pglog" -type f -name '*.log*' \
    2>/dev/null | wc -l)"

LOST=$((ACKED - FOUND))
if [[ $LOST -ne 0 || $DUPLICATES -ne 0 || $TWICE -ne 0 || $CLEAR_CPRS -ne 0 || $LOGS_WITH_CPRS -ne 0 \
      || $SERVER_HEADERS -ne 0 || $LONG_HEADER != 431 ]]; then
  log "FAILED: $LOST acknowledged writes lost, $DUPLICATES duplicated, $TWICE scheduled minutes run twice," \
    "$CLEAR_CPRS dump lines with a CPR number in clear, $LOGS_WITH_CPRS log files with one," \
    "$SERVER_HEADERS Server headers, $LONG_HEADER for a long header"
  exit 1
fi
log "OK: 0 acknowledged writes lost, 0 duplicated, no scheduled minute run twice, no CPR number in the pg_dump" \
  "or the logs," \
  "the instances send no Server header and take Jobbro's header limits"
