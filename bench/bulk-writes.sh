#!/usr/bin/env bash
# Bulk writes against the database's own speed: a 500-row bulk call through the gateway to each of
# the four bulk endpoints (programmes-service's participants, enrolments and a session's attendance
# register; projects-service's data points of a measure) against psql writing the same rows and their
# outbox rows in one committed transaction into the same PostgreSQL. Rows per second of the API / rows
# per second of psql, per endpoint.
#
# The reference copies the rows the API call just wrote (fresh ids, the e-mail made unique) with their
# outbox rows, payloads as the service wrote them, into scratch schemas (reference_copy, reference_insert) whose tables
# are copies of the service's, with the same columns, defaults, indexes, unique constraints and foreign
# keys (to the service's own tables), so the platform's data stays as the API left it. Two ways are
# timed, each with psql's \timing from BEGIN to COMMIT (no connection start): COPY FROM STDIN, and one
# multi-row INSERT per table (json_populate_recordset); the faster of the two is the reference.
#
# One command: starts the platform from this checkout on ports of its own with a fresh data folder
# (the packaged jars are needed: ./mvnw -q package -DskipTests), measures, and stops it again, also
# when interrupted. Needs curl, jq and psql (Debian: apt-get install curl jq postgresql-client; the
# embedded PostgreSQL brings only its server).
# Usage: bench/bulk-writes.sh [--write] [--rounds 3] [--calls 5] [--warmup 5] [--changed "what this run measures"]
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3; calls=5; warmup=5; rows=500; write=false; changed="the code at $(git rev-parse --short HEAD)"
source bench/options.sh
read_options "rounds calls warmup changed" "$@"
for tool in curl jq psql java; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (see the top of this script)" >&2; exit 1; }
done
source bench/platform.sh
source bench/sections.sh
start_platform bulk-writes
# the service's database: programmes, or projects for data points
db=programmes
sql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$postgres_port" -U postgres -d "$db" "$@"; }

# $1 method, $2 path, $3 body file: prints the seconds the call took, fails on anything but 2xx
timed() {
  local out
  out=$(curl -s -o "$data/answer.json" -w '%{http_code} %{time_total}' -X "$1" "$GATEWAY$2" -H "Authorization: Bearer $MANAGER_TOKEN" \
    -H 'Content-Type: application/json' --data-binary "@$3")
  [[ $out == 2* ]] || { echo "$1 $2 answered ${out%% *}: $(head -c 2000 "$data/answer.json")" >&2; exit 1; }
  echo "${out#* }"
}

call POST /api/v1/systems "$ADMIN_TOKEN" '{"code":"SURREY","name":"Surrey Heartlands","kind":"ICS"}' > /dev/null
organisation=$(call POST /api/v1/organisations "$MANAGER_TOKEN" '{"systemCode":"SURREY","name":"Benchmark Trust","type":"NHS_TRUST"}' | jq -r .id)
programme=$(call POST /api/v1/programmes "$MANAGER_TOKEN" '{"systemCode":"SURREY","title":"Benchmark programme","kind":"SYSTEM_LEADERSHIP"}' | jq -r .id)
call PUT "/api/v1/programmes/$programme/status" "$MANAGER_TOKEN" '{"status":"OPEN"}' > /dev/null
cohort=$(call POST /api/v1/cohorts "$MANAGER_TOKEN" "{\"programmeId\":\"$programme\",\"name\":\"Benchmark cohort\",\"capacity\":100000}" | jq -r .id)

# projects-service learns of the system from programmes-service's events: the project is refused
# until it has
deadline=$((SECONDS + 60))
until project=$(curl -sf -X POST "$GATEWAY/api/v1/projects" -H "Authorization: Bearer $MANAGER_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"systemCode\":\"SURREY\",\"title\":\"Benchmark project\",\"theme\":\"OTHER\",\"originProgrammeId\":\"$programme\"}" | jq -r .id); do
  [ $SECONDS -lt $deadline ] || { echo "projects-service did not take a project of SURREY within 60 s" >&2; exit 1; }
  sleep 0.5
done

# the scratch schemas, one for each way of writing: the service's tables again, with their foreign
# keys to the service's own rows
scratch_schemas() {  # $1: the tables
  { echo "SET bench.tables = '{$1}';"; cat <<'SQL'; } | sql
DO $$
DECLARE s text; t text; fk text;
BEGIN
  FOREACH s IN ARRAY ARRAY['reference_copy', 'reference_insert'] LOOP
    EXECUTE format('CREATE SCHEMA %I', s);
    FOREACH t IN ARRAY current_setting('bench.tables')::text[] LOOP
      EXECUTE format('CREATE TABLE %I.%I (LIKE public.%I INCLUDING ALL)', s, t, t);
      FOR fk IN SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = format('public.%I', t)::regclass AND contype = 'f' LOOP
        EXECUTE format('ALTER TABLE %I.%I ADD %s', s, t, replace(fk, 'REFERENCES ', 'REFERENCES public.'));
      END LOOP;
    END LOOP;
  END LOOP;
END $$;
SQL
}
scratch_schemas participant,enrolment,attendance,outbox_event
db=projects; scratch_schemas data_point,outbox_event; db=programmes

n=0  # calls so far: every call's rows are new
participants_body() {  # $1 file: $rows new participants
  jq -n --arg prefix "bench-$n-" --arg org "$organisation" --argjson rows "$rows" '{participants: [range($rows) | {
      systemCode: "SURREY", givenName: "Given\(.)", familyName: "Family\(.)", email: "\($prefix)\(.)@example.org",
      profession: "NURSE", sector: "NHS_ACUTE", organisationId: $org, jobTitle: "Ward manager"}]}' > "$1"
}
new_participants() {  # prints the ids of $rows participants registered for an enrolment call
  participants_body "$data/setup.json"
  timed POST /api/v1/participants/bulk "$data/setup.json" > /dev/null
  jq -r '.participants[].id' "$data/answer.json"
}
# the register's cohort: $rows enrolments, marked at a new session in each call
register_cohort=$(call POST /api/v1/cohorts "$MANAGER_TOKEN" "{\"programmeId\":\"$programme\",\"name\":\"Register cohort\",\"capacity\":100000}" | jq -r .id)
n=$((n + 1))
new_participants | jq -R . | jq -s --arg cohort "$register_cohort" '{enrolments: [.[] | {participantId: ., cohortId: $cohort}]}' > "$data/register.json"
timed POST /api/v1/enrolments/bulk "$data/register.json" > /dev/null
jq '{marks: [.enrolments[] | {enrolmentId: .id, mark: "PRESENT"}]}' "$data/answer.json" > "$data/marks.json"

# One API call of each endpoint with new rows: sets $api_seconds to the time it took, $selection to a
# query for the rows it wrote (as rows of the service's table, with new ids) and $events to a condition
# on outbox_event o that picks their outbox rows.
api_call() {
  n=$((n + 1))
  case $1 in
    participants)
      participants_body "$data/body.json"
      api_seconds=$(timed POST /api/v1/participants/bulk "$data/body.json")
      selection="SELECT (json_populate_record(p, json_build_object('id', gen_random_uuid(), 'email', 'ref-' || p.email))).*
                 FROM participant p WHERE p.email LIKE 'bench-$n-%'"
      events="o.type LIKE '%.ParticipantRegistered.%' AND o.aggregate_id IN (SELECT id::text FROM participant WHERE email LIKE 'bench-$n-%')" ;;
    enrolments)
      new_participants | jq -R . | jq -s --arg cohort "$cohort" '{enrolments: [.[] | {participantId: ., cohortId: $cohort}]}' > "$data/body.json"
      n=$((n + 1))
      api_seconds=$(timed POST /api/v1/enrolments/bulk "$data/body.json")
      local ids; ids=$(jq -r '[.enrolments[].id] | join(",")' "$data/answer.json")
      selection="SELECT (json_populate_record(e, json_build_object('id', gen_random_uuid()))).*
                 FROM enrolment e WHERE e.id = ANY('{$ids}'::uuid[])"
      events="o.type LIKE '%.EnrolmentCreated.%' AND o.aggregate_id = ANY('{$ids}'::text[])" ;;
    attendance)
      local session
      session=$(call POST /api/v1/sessions "$MANAGER_TOKEN" "{\"cohortId\":\"$register_cohort\",\"title\":\"Session $n\",\"kind\":\"WORKSHOP\",\"date\":\"2026-01-05\"}" | jq -r .id)
      api_seconds=$(timed PUT "/api/v1/sessions/$session/attendance" "$data/marks.json")
      selection="SELECT * FROM attendance WHERE session_id = '$session'"
      events="o.type LIKE '%.AttendanceRecorded.%' AND o.payload LIKE '%\"sessionId\":\"$session\"%'" ;;
    datapoints)
      # a new measure each call, so every point is a new row, as a first load of a measure's history is
      local measure
      measure=$(call POST /api/v1/measures "$MANAGER_TOKEN" "{\"projectId\":\"$project\",\"name\":\"Benchmark measure $n\",\"kind\":\"OUTCOME\",\"unit\":\"per 1,000\",\"direction\":\"DECREASE\"}" | jq -r .id)
      jq -n --argjson rows "$rows" --argjson n "$n" '{points: [range($rows) | . as $i | {
          date: (("2000-01-01" | strptime("%Y-%m-%d") | mktime) + $i * 86400 | strftime("%Y-%m-%d")),
          value: (40 + (($i * 7919 + $n * 31) % 100) / 10)}]}' > "$data/body.json"
      api_seconds=$(timed POST "/api/v1/measures/$measure/data-points" "$data/body.json")
      selection="SELECT * FROM data_point WHERE measure_id = '$measure'"
      # the points recorded, and the chart they make announced
      events="o.aggregate_id = '$measure' AND (o.type LIKE '%.DataPointsRecorded.%' OR o.type LIKE '%.MeasureChartChanged.%')" ;;
  esac
}
outbox_columns="id, aggregate_type, aggregate_id, type, payload, occurred_at, published_at"
table_of() { case $1 in participants) echo participant ;; enrolments) echo enrolment ;; attendance) echo attendance ;; datapoints) echo data_point ;; esac; }
# the service's database, and the outbox rows a call writes: an event per row, or one for the batch and
# one for the chart
database_of() { case $1 in datapoints) echo projects ;; *) echo programmes ;; esac; }
events_of() { case $1 in datapoints) echo 2 ;; *) echo "$rows" ;; esac; }

# psql's \timing lines from BEGIN to COMMIT, summed, in seconds
psql_seconds() { sql -f "$1" | awk '/^Time: / { total += $2 } END { printf "%.6f", total / 1000 }'; }
# The reference for the rows of the last API call: prints the seconds of COPY, then of INSERT
reference() {
  local table; table=$(table_of "$1"); db=$(database_of "$1")
  local outbox_rows="SELECT gen_random_uuid() AS id, aggregate_type, aggregate_id, type, payload, occurred_at, NULL::timestamptz AS published_at
                     FROM outbox_event o WHERE $events"
  local count; count=$(sql -At -c "SELECT (SELECT count(*) FROM ($selection) r) || ' ' || (SELECT count(*) FROM ($outbox_rows) o)")
  [ "$count" = "$rows $(events_of "$1")" ] || { echo "$1: expected $rows rows and $(events_of "$1") outbox rows from the call, found $count" >&2; exit 1; }
  { echo '\timing on'; echo 'BEGIN;'; echo "COPY reference_copy.$table FROM STDIN;"
    sql -c "COPY ($selection) TO STDOUT"; echo '\.'
    echo "COPY reference_copy.outbox_event ($outbox_columns) FROM STDIN;"
    sql -c "COPY ($outbox_rows) TO STDOUT"; echo '\.'; echo 'COMMIT;'; } > "$data/copy.sql"
  { echo '\timing on'; echo 'BEGIN;'
    echo "INSERT INTO reference_insert.$table SELECT * FROM json_populate_recordset(null::reference_insert.$table, \$json\$"
    sql -At -c "SELECT json_agg(r) FROM ($selection) r"; echo "\$json\$);"
    echo "INSERT INTO reference_insert.outbox_event ($outbox_columns) SELECT $outbox_columns FROM json_populate_recordset(null::reference_insert.outbox_event, \$json\$"
    sql -At -c "SELECT json_agg(o) FROM ($outbox_rows) o"; echo "\$json\$);"; echo 'COMMIT;'; } > "$data/insert.sql"
  echo "$(psql_seconds "$data/copy.sql") $(psql_seconds "$data/insert.sql")"
  db=programmes
}

endpoints="participants enrolments attendance datapoints"
echo "Warming up ($warmup calls of each endpoint, and the reference) ..."
for _ in $(seq 1 "$warmup"); do
  for e in $endpoints; do api_call "$e"; reference "$e" > /dev/null; done
done

declare -A api copy insert ratios
for r in $(seq 1 "$rounds"); do
  declare -A round_api=() round_copy=() round_insert=()
  for c in $(seq 1 "$calls"); do
    for e in $endpoints; do
      api_call "$e"
      read -r copy_seconds insert_seconds <<< "$(reference "$e")"
      round_api[$e]+="$api_seconds "; round_copy[$e]+="$copy_seconds "; round_insert[$e]+="$insert_seconds "
    done
  done
  for e in $endpoints; do
    a=$(median "${round_api[$e]}"); cp=$(median "${round_copy[$e]}"); in=$(median "${round_insert[$e]}")
    best=$(awk -v x="$cp" -v y="$in" 'BEGIN { print (x < y) ? x : y }')
    ratio=$(awk -v a="$a" -v b="$best" 'BEGIN { printf "%.3f", b / a }')
    api[$e]+="$a "; copy[$e]+="$cp "; insert[$e]+="$in "; ratios[$e]+="$ratio "
    printf 'round %d, %-12s API %7.1f ms, psql COPY %6.1f ms, psql INSERT %6.1f ms: ratio %s\n' "$r" "$e" \
      "$(awk -v s="$a" 'BEGIN { print s * 1000 }')" "$(awk -v s="$cp" 'BEGIN { print s * 1000 }')" \
      "$(awk -v s="$in" 'BEGIN { print s * 1000 }')" "$ratio"
  done
done

ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }
per_second() { awk -v s="$1" -v n="$rows" 'BEGIN { printf "%.0f", n / s }'; }
declare -A label=([participants]="\`POST /api/v1/participants/bulk\`" [enrolments]="\`POST /api/v1/enrolments/bulk\`"
  [attendance]="\`PUT /api/v1/sessions/{id}/attendance\`" [datapoints]="\`POST /api/v1/measures/{id}/data-points\`")
table=""; faster=""
for e in $endpoints; do
  a=$(median "${api[$e]}"); cp=$(median "${copy[$e]}"); in=$(median "${insert[$e]}")
  best=$(awk -v x="$cp" -v y="$in" 'BEGIN { print (x < y) ? x : y }')
  faster+="${faster:+, }$e $(awk -v x="$cp" -v y="$in" 'BEGIN { print (x < y) ? "COPY" : "INSERT" }')"
  range=$(printf '%s\n' ${ratios[$e]} | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }')
  table+="| ${label[$e]} | $(ms "$a") | $(per_second "$a") | $(ms "$cp") | $(ms "$in") | $(per_second "$best") | **$(median "${ratios[$e]}")** ($range) |"$'\n'
done
echo
echo "Medians of $rounds rounds, each the median of $calls calls of $rows rows per endpoint:"
echo "| Endpoint | API (ms) | API rows/s | psql COPY (ms) | psql INSERT (ms) | psql rows/s (faster) | API / psql (rounds' range) |"
echo "|---|---|---|---|---|---|---|"
echo "$table"
echo "The faster reference: $faster. API / psql is the median of the rounds' ratios (psql's median time / the API's, per round)."

if $write; then
  section=$(mktemp)
  cat > "$section" <<DOC
<!-- bulk-writes:start (written by bench/bulk-writes.sh --write) -->
\`bench/bulk-writes.sh --write\` on $(date -u +%Y-%m-%d), measuring $changed: $rounds rounds, each of
$calls calls of $rows rows per endpoint, endpoints alternating, after $warmup warm-up calls of each (the JIT); medians.
The platform (PostgreSQL, Kafka, three services, gateway) and the benchmark on the same $(nproc)-core
machine, the data folder fresh. "psql" is the same $rows rows and their outbox rows ($rows, or for data points the batch's
event and the chart's) in one
committed transaction into copies of the service's tables (same indexes and foreign keys), timed from
BEGIN to COMMIT; the faster of COPY and a multi-row INSERT is the reference (here: $faster).
API / psql is the median of the rounds' ratios, each a round's median psql time over its median API
time; the times are the medians over all rounds, so they need not divide to the ratio exactly.

| Endpoint | API (ms) | API rows/s | psql COPY (ms) | psql INSERT (ms) | psql rows/s (faster) | API / psql (rounds' range) |
|---|---|---|---|---|---|---|
$table<!-- bulk-writes:end -->
DOC
  write_section bulk-writes "$section"
fi
