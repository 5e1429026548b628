#!/usr/bin/env bash
# Catch-up: evaluation-service applying a backlog from the topics (a rebuild: its read models emptied,
# both topics read again from the beginning) against psql doing the same SQL per event, one
# transaction per event, in the same PostgreSQL. Events applied per second by the service (from its first
# commit after the read models were emptied to its last) / by psql.
#
# The backlog is the demo (the five case studies) and --participants more participants registered in
# bulk calls of 500. The reference's SQL is the service's own: one rebuild runs with PostgreSQL's
# statement log on (log_statement=all, to a CSV log), and every statement the service sent in it is
# replayed with its logged parameters, in the same order, into a database of the same schema
# (evaluation's migrations); each event's statements, up to and including its insert into
# applied_event, are one transaction that first looks the event up in applied_event, as a consumer
# applying one event at a time must. The service's per-poll lookup (one query for a poll's events) and
# its BEGIN/COMMIT are left out. psql sends each statement on its own, unprepared; the service prepares
# its statements (the JDBC driver's server-side prepare after five uses). The timed service rebuilds
# run with the statement log off again. Both write with fsync and synchronous commit on, as the local
# stack runs.
#
# With --per-event the same is measured a second time on a platform whose consumer applies one event
# per transaction (LIP_EVENTS_CONSUMER_BATCH_SIZE=1), as it did before it batched a poll.
#
# One command: starts the platform from this checkout on ports of its own with a fresh data folder
# (the packaged jars are needed: ./mvnw -q package -DskipTests), measures, and stops it again, also
# when interrupted. Needs curl, jq, psql and python3.
# Usage: bench/catch-up.sh [--write] [--rounds 3] [--participants 20000] [--per-event] [--changed "what this run measures"]
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3; participants=20000; per_event=false; write=false; changed="the code at $(git rev-parse --short HEAD)"
source bench/options.sh
read_options "rounds participants per-event? changed" "$@"
for tool in curl jq psql python3 java; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (see the top of this script)" >&2; exit 1; }
done
source bench/platform.sh
source bench/sections.sh

sql() {  # $1 database, then psql's arguments
  local db=$1; shift
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$postgres_port" -U postgres -d "$db" "$@"
}
now() { date +%s.%N; }

load_backlog() {  # the demo is being loaded by the launcher; then $participants more in bulk calls
  local deadline=$((SECONDS + 600))
  until grep -q "Demo loaded" "$data/launcher.log"; do
    [ $SECONDS -lt $deadline ] || { echo "the demo was not loaded within 600 s" >&2; exit 1; }
    sleep 1
  done
  local organisation call status
  organisation=$(call POST /api/v1/organisations "$MANAGER_TOKEN" '{"systemCode":"SURREY","name":"Catch-up Trust","type":"NHS_TRUST"}' | jq -r .id)
  for call in $(seq 1 $((participants / 500))); do
    jq -n --arg prefix "catch-up-$call-" --arg org "$organisation" '{participants: [range(500) | {
        systemCode: "SURREY", givenName: "Given\(.)", familyName: "Family\(.)", email: "\($prefix)\(.)@example.org",
        profession: "NURSE", sector: "NHS_ACUTE", organisationId: $org, jobTitle: "Ward manager"}]}' > "$data/body.json"
    status=$(curl -s -o "$data/answer.json" -w '%{http_code}' -X POST "$GATEWAY/api/v1/participants/bulk" \
      -H "Authorization: Bearer $MANAGER_TOKEN" -H 'Content-Type: application/json' --data-binary "@$data/body.json")
    [[ $status == 2* ]] || { echo "a bulk call answered $status: $(head -c 2000 "$data/answer.json")" >&2; exit 1; }
  done
}

# every event the producers published: evaluation applies (and records) each one, whatever its type
events_published() {
  echo $(( $(sql programmes -c "SELECT count(*) FROM outbox_event") + $(sql projects -c "SELECT count(*) FROM outbox_event") ))
}
applied() { sql evaluation -c "SELECT count(*) FROM applied_event"; }

await_applied() {  # $1 events
  local deadline=$((SECONDS + 1800))
  until [ "$(applied)" -ge "$1" ]; do
    [ $SECONDS -lt $deadline ] || { echo "evaluation applied $(applied) of $1 events within 1800 s" >&2; exit 1; }
    sleep 0.05
  done
}

# $1 events; prints the events per second the service applied them at again, from its first commit
# (the read models emptied, the consumer group joined) to its last
rebuild() {
  call POST /api/v1/evaluation/read-models/rebuild "$ADMIN_TOKEN" '' > /dev/null
  local deadline=$((SECONDS + 120)) first start
  until first=$(applied) && [ "$first" -gt 0 ] && [ "$first" -lt "$1" ]; do
    [ $SECONDS -lt $deadline ] || { echo "the rebuild did not start applying within 120 s" >&2; exit 1; }
    sleep 0.02
  done
  start=$(now)
  await_applied "$1"
  echo "($1 - $first) / ($(now) - $start)" | bc -l
}

# The service's statements in the captured rebuild, as a psql script of one transaction per event.
replay_script() {  # $1 CSV log, $2 output
  python3 - "$1" "$2" <<'PY'
import csv, re, sys
log, out = sys.argv[1], sys.argv[2]
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
statements, started = [], False
with open(log, newline='') as f:
    for row in csv.reader(f):
        database, message, detail, application = row[2], row[13], row[14], row[22]
        if database != 'evaluation' or application == 'psql':
            continue
        m = re.match(r"(?:execute [^:]+|statement): (.*)", message, re.S)
        if not m:
            continue
        text = m.group(1).strip()
        if not started:
            started = text.upper().startswith('TRUNCATE')  # the rebuild's first statement
            continue
        if text.upper() in ('BEGIN', 'COMMIT', 'ROLLBACK') or re.search(r"from applied_event", text, re.I):
            continue
        params = dict(PARAM.findall(detail.removeprefix('Parameters: '))) if detail.startswith('Parameters:') else {}
        text = re.sub(r"\$(\d+)\b", lambda p: params[p.group(1)], text)
        statements.append(text)
events = 0
with open(out, 'w') as f:
    pending = []
    for text in statements:
        pending.append(text)
        insert = re.match(r"insert into applied_event \(([^)]*)\) values \(([^)]*)\)", text, re.I)
        if insert:
            columns = [c.strip() for c in insert.group(1).split(',')]
            values = re.findall(r"NULL|'(?:[^']|'')*'|[^,\s]+", insert.group(2))
            event_id = values[columns.index('event_id')]
            f.write("BEGIN;\nSELECT 1 FROM applied_event WHERE event_id = %s;\n" % event_id)
            f.write(''.join(t + ";\n" for t in pending))
            f.write("COMMIT;\n")
            events += 1
            pending = []
print(events)
PY
}

statement_log() {  # $1 all or none: for every session, once the server has read its settings again
  sql evaluation -c "ALTER SYSTEM SET log_statement = '$1'" -c "SELECT pg_reload_conf()" > /dev/null
  local deadline=$((SECONDS + 30))
  until [ "$(sql evaluation -c "SELECT setting FROM pg_settings WHERE name = 'log_statement'")" = "$1" ]; do
    [ $SECONDS -lt $deadline ] || { echo "PostgreSQL did not take log_statement = $1 within 30 s" >&2; exit 1; }
    sleep 0.1
  done
}

reference_database() {  # an empty database with evaluation's schema, as its migrations make it
  sql postgres -c "DROP DATABASE IF EXISTS evaluation_reference" -c "CREATE DATABASE evaluation_reference"
  local migration
  for migration in $(ls platform/src/main/resources/db/platform/*.sql evaluation-service/src/main/resources/db/migration/*.sql \
      | awk -F/ '{ print $NF "\t" $0 }' | sort -V -k1,1 | cut -f2); do
    sql evaluation_reference -f "$migration" > /dev/null
  done
}

measure() {  # $1 a name for the data folder, then further launcher options; sets service_rates, reference_rates, events
  start_platform "$@" --demo --postgres-setting logging_collector=on --postgres-setting log_destination=csvlog \
    --postgres-setting log_directory=statements --postgres-setting log_rotation_size=0 --postgres-setting log_rotation_age=0
  echo "Loading the demo and $participants participants ..."
  load_backlog
  events=$(events_published)
  echo "Waiting until evaluation has applied all $events events ..."
  await_applied "$events"

  echo "A rebuild with the statement log on, to capture the service's SQL ..."
  statement_log all
  rebuild "$events" > /dev/null
  statement_log none
  local replayed
  find "$data" -path '*/statements/*.csv' | sort | xargs cat > "$data/statements.csv"
  replayed=$(replay_script "$data/statements.csv" "$data/replay.sql")
  [ "$replayed" -eq "$events" ] || { echo "the statement log holds $replayed events, not $events" >&2; exit 1; }
  echo "Captured $(grep -c ';$' "$data/replay.sql") statements for $events events"

  service_rates=""; reference_rates=""
  local round seconds start
  for round in $(seq 1 "$rounds"); do
    service_rates="$service_rates $(rebuild "$events")"
    reference_database
    start=$(now)
    sql evaluation_reference -f "$data/replay.sql" > /dev/null
    seconds=$(echo "$(now) - $start" | bc -l)
    reference_rates="$reference_rates $(echo "$events / $seconds" | bc -l)"
    printf 'round %d: service %.0f events/s, psql %.0f events/s\n' "$round" \
      "${service_rates##* }" "${reference_rates##* }"
  done
  stop_platform
  launcher=""; data=""
}

ratios() {  # ratio of each round's pair, then the median and the range
  paste -d' ' <(printf '%s\n' $1) <(printf '%s\n' $2) | awk '{ printf "%.3f\n", $1 / $2 }'
}

measure catch-up
batched_service=$service_rates; batched_reference=$reference_rates; batched_events=$events
batched_ratios=$(ratios "$batched_service" "$batched_reference")
summary="| a poll (up to 500 events) per transaction | $batched_events | $(printf '%.0f' "$(median "$batched_service")") | $(printf '%.0f' "$(median "$batched_reference")") | **$(median "$batched_ratios")** ($(echo "$batched_ratios" | sort -g | head -1)–$(echo "$batched_ratios" | sort -g | tail -1)) |"
if $per_event; then
  LIP_EVENTS_CONSUMER_BATCH_SIZE=1 measure catch-up-per-event
  single_ratios=$(ratios "$service_rates" "$reference_rates")
  summary="$summary
| one event per transaction | $events | $(printf '%.0f' "$(median "$service_rates")") | $(printf '%.0f' "$(median "$reference_rates")") | $(median "$single_ratios") ($(echo "$single_ratios" | sort -g | head -1)–$(echo "$single_ratios" | sort -g | tail -1)) |"
fi
table="| Consumer | Events | Service, events/s (median) | psql, events/s (median) | Service / psql, median (range) |
|---|---:|---:|---:|---:|
$summary"
echo "$table"

if $write; then
  section=$(mktemp)
  cat > "$section" <<EOF
<!-- catch-up:start (written by bench/catch-up.sh --write; edit the script, not this section) -->
Measured on $(date -u +%Y-%m-%d) with \`bench/catch-up.sh --write --rounds $rounds --participants $participants$($per_event && echo ' --per-event')\`
($changed), $rounds rounds, a rebuild of evaluation's read models from the topics against psql replaying
the service's own SQL, one transaction per event (the bar: **0.30**).

$table
<!-- catch-up:end -->
EOF
  write_section catch-up "$section" "Catch-up: applying a backlog of events"
fi
