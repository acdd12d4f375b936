#!/usr/bin/env bash
# Crash recovery of a handover batch, for real: starts Jobbro (mvn -Prun package), sends a batch of N handovers with an
# Idempotency-Key, kill -9s Payara Micro once the batch has written some chunks, starts Jobbro again and retries the
# same request under the same key until it is answered. Prints how long the retry took after the restart and checks
# that every record was answered once and that every person of the batch has exactly one handover. The numbers are
# measured, not asserted: read them.
# Not part of the test command (it takes minutes and needs the run command's ports free):
#   bench/batch-kill-retry.sh [records, default 10000]
# Ports: JOBBRO_HTTP_PORT (default 8480), JOBBRO_DB_PORT (default 54480). Needs curl, jq, psql, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
HTTP=${JOBBRO_HTTP_PORT:-8480}
DB=${JOBBRO_DB_PORT:-54480}
BASE="http://localhost:$HTTP"
WORK=$(mktemp -d)
LAUNCHER=""

start() {
  mvn -B -ntp -q -o -Prun package -pl modules/war -am -Djobbro.http.port="$HTTP" -Djobbro.db.port="$DB" \
    >"$WORK/run-$1.log" 2>&1 &
  LAUNCHER=$!
  for _ in $(seq 1 600); do
    if curl -sf "$BASE/health/ready" >/dev/null 2>&1 && [ -s .jobbro/demo-tokens.env ]; then return 0; fi
    sleep 1
  done
  echo "Jobbro did not come up; see $WORK/run-$1.log" >&2
  exit 1
}

stop() {
  [ -n "$LAUNCHER" ] && kill "$LAUNCHER" 2>/dev/null && wait "$LAUNCHER" 2>/dev/null || true
}
trap stop EXIT

# shellcheck source=bench/micro-process.sh
source bench/micro-process.sh # the working directory is the repository's root (above)

sql() { PGPASSWORD=jobbro-dev psql -h 127.0.0.1 -p "$DB" -U jobbro -d jobbro -Atc "$1"; }

echo "[bench] starting Jobbro on $HTTP (database $DB)"
start 1
# shellcheck disable=SC1091
source .jobbro/demo-tokens.env
KEY="kill-bench-$(date +%s)"
python3 - "$N" >"$WORK/batch.json" <<'PY'
import datetime, json, random, sys
n = int(sys.argv[1])
today = datetime.date.today()
records = []
for _ in range(n):
    born = datetime.date(1960, 1, 1) + datetime.timedelta(days=random.randrange(39 * 365))
    cpr = born.strftime("%d%m%y") + "-%d%03d" % (random.randrange(4), random.randrange(1000))
    records.append({"person": {"cpr": cpr, "name": "Bench Person", "countryOfOrigin": "Syrien"},
                    "residenceBasis": "REFUGEE", "residencePermitDate": str(today - datetime.timedelta(days=60)),
                    "visitationDecisionDate": str(today - datetime.timedelta(days=30)), "receivingKommune": "101",
                    "languages": [{"language": "ar", "level": "FLUENT"}]})
print(json.dumps(records))
PY
python3 -c 'import json,sys; print("\n".join(sorted({r["person"]["cpr"].replace("-","") for r in json.load(open(sys.argv[1]))})))' \
  "$WORK/batch.json" >"$WORK/cprs.txt"
post() {
  curl -s -o "$WORK/answer.json" -D "$WORK/headers.txt" -w '%{http_code}' -X POST "$BASE/api/v1/handovers/batch" \
    -H "Authorization: Bearer $SENDER_REDCROSS" -H "Content-Type: application/json" -H "Idempotency-Key: $KEY" \
    --data-binary @"$WORK/batch.json" || echo 000
}

post >"$WORK/first-status.txt" &
FIRST=$!
# kill once some chunks are in: progress holds a line per record written
for _ in $(seq 1 600); do
  written=$(sql "select coalesce(length(progress) - length(replace(progress, chr(10), '')), 0)
                 from handover.batch_idempotency_key where key = '$KEY'" 2>/dev/null || echo 0)
  [ "${written:-0}" -ge 500 ] && break
  sleep 0.1
done
PAYARA=$(micro_pid "$LAUNCHER")
kill -9 "$PAYARA"
KILLED=$(date +%s.%N)
echo "[bench] kill -9 Payara Micro ($PAYARA) after ${written:-0} of $N records were written"
wait "$FIRST" || true
wait "$LAUNCHER" 2>/dev/null || true
LAUNCHER=""

echo "[bench] restarting"
start 2
READY=$(date +%s.%N)
tries=0
while :; do
  tries=$((tries + 1))
  status=$(post)
  [ "$status" = 200 ] && break
  after=$(grep -i '^Retry-After:' "$WORK/headers.txt" | tr -dc 0-9 || true)
  echo "[bench] retry $tries: $status, Retry-After ${after:-none}"
  sleep "${after:-1}"
done
DONE=$(date +%s.%N)
answered=$(jq '.results | length' "$WORK/answer.json")
summary=$(jq -c '{created, duplicates, rejected}' "$WORK/answer.json")
distinct=$(wc -l <"$WORK/cprs.txt")
counts=$(PGPASSWORD=jobbro-dev psql -h 127.0.0.1 -p "$DB" -U jobbro -d jobbro -Atq <<SQL
create temp table b(cpr char(10));
\copy b from '$WORK/cprs.txt'
select count(*) filter (where n = 1) || ' ' || count(*) filter (where n <> 1)
  from (select b.cpr, (select count(*) from handover.handover h where h.cpr = b.cpr and h.sender = 'dansk-roede-kors'
                       and h.receiving_kommune = '101') n from b) x;
SQL
)
printf '[bench] retry answered 200 after %d tries, %.1f s after the restart was ready (%.1f s after the kill)\n' \
  "$tries" "$(python3 -c "print($DONE - $READY)")" "$(python3 -c "print($DONE - $KILLED)")"
echo "[bench] records answered: $answered of $N $summary; distinct persons $distinct"
echo "[bench] persons with exactly one handover / with another count: $counts"
