#!/usr/bin/env bash
# Analyst exports against the database's own speed: the data-points CSV export of a system through the
# gateway (GET /api/v1/evaluation/exports/data-points?system=..., Accept: text/csv) against psql's
# `\copy (the same query) to stdout csv header` on the same PostgreSQL, rows per second of each, in
# alternating rounds; with evaluation-service's resident memory sampled while it streams. Issue 17 asks
# for the export at >= 0.50 of psql, with the heap flat (ExportTest holds the heap; here the process's
# RSS is shown).
#
# The rows are written straight into evaluation's read model with SQL (a project and a measure per 100
# points, as projects-service's events would leave them), so that millions of rows take seconds to make;
# the export reads only the read model, so how the rows got there does not change what is measured.
#
# One command: starts the platform from this checkout on ports of its own (the packaged jars are
# needed: ./mvnw -q package -DskipTests), measures, and stops it again. Needs curl, jq and psql (Debian:
# apt-get install curl jq postgresql-client).
# Usage: bench/exports.sh [--write] [--rows 1000000] [--rounds 3] [--changed "what this run measures"]
set -euo pipefail
cd "$(dirname "$0")/.."

rows=1000000; rounds=3; write=false; changed="the code at $(git rev-parse --short HEAD)"
source bench/options.sh
read_options "rows rounds changed" "$@"
for tool in curl jq psql java; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (see the top of this script)" >&2; exit 1; }
done
[ $((rows % 100)) -eq 0 ] || { echo "--rows must be a multiple of 100" >&2; exit 2; }
source bench/platform.sh
source bench/sections.sh
start_platform exports
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$postgres_port" -U postgres -d evaluation "$@"; }
evaluation_pid=$(pgrep -f "evaluation-service/target/quarkus-app" | head -1)

call POST /api/v1/systems "$ADMIN_TOKEN" '{"code":"SURREY","name":"Surrey Heartlands","kind":"ICS"}' > /dev/null
path="/api/v1/evaluation/exports/data-points?system=SURREY"
deadline=$((SECONDS + 60))
until curl -sf -o /dev/null "$GATEWAY$path" -H "Authorization: Bearer $ANALYST_TOKEN" -H 'Accept: text/csv'; do
  [ $SECONDS -lt $deadline ] || { echo "evaluation-service did not export SURREY's data points within 60 s" >&2; exit 1; }
  sleep 0.5
done

echo "Writing $rows data points into evaluation's read model ..."
sql <<SQL
CREATE TEMP TABLE bench_measure AS
  SELECT gen_random_uuid() AS id, gen_random_uuid() AS project_id, n FROM generate_series(1, $rows / 100) n;
INSERT INTO project_fact (id, system_code, title, theme, stage, registered_at, event_time)
  SELECT project_id, 'SURREY', 'Benchmark project ' || n, 'OTHER', 'IMPLEMENTING', now(), now() FROM bench_measure;
INSERT INTO measure_fact (id, project_id, system_code, name, kind, unit, direction, event_time)
  SELECT id, project_id, 'SURREY', 'Benchmark measure ' || n, 'OUTCOME', 'per 1,000', 'DECREASE', now() FROM bench_measure;
INSERT INTO data_point_fact (measure_id, period, value, system_code, event_time)
  SELECT m.id, DATE '2015-01-01' + d * 7, round((40 + (d * 7919 + m.n * 31) % 100 / 10.0)::numeric, 1), 'SURREY', now()
  FROM bench_measure m, generate_series(0, 99) d;
ANALYZE project_fact; ANALYZE measure_fact; ANALYZE data_point_fact;
SQL
# the export's own statement (Dataset.DATA_POINTS with the system filter Exports adds)
query="SELECT d.measure_id, m.project_id, d.system_code, j.origin_programme_id AS programme_id,
       j.origin_cohort_id AS cohort_id, d.period, d.value
FROM data_point_fact d
LEFT JOIN measure_fact m ON m.id = d.measure_id
LEFT JOIN project_fact j ON j.id = m.project_id
WHERE true AND d.system_code = ANY ('{SURREY}')"
grep -q "FROM data_point_fact d" evaluation-service/src/main/java/org/leadershipimpact/evaluation/export/Dataset.java \
  || { echo "Dataset.DATA_POINTS no longer reads as this script's query: update the query" >&2; exit 1; }

rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$evaluation_pid/status"; }
api_export() {  # prints seconds, lines, highest RSS (MiB) seen while streaming
  local sampler
  rss_mib > "$data/rss"
  ( highest=$(rss_mib); while true; do r=$(rss_mib); [ "$r" -gt "$highest" ] && highest=$r && echo "$highest" > "$data/rss"; sleep 0.2; done ) &
  sampler=$!
  local out
  out=$(curl -sf -o "$data/api.csv" -w '%{time_total}' "$GATEWAY$path" -H "Authorization: Bearer $ANALYST_TOKEN" -H 'Accept: text/csv') \
    || { kill "$sampler"; echo "the export failed" >&2; exit 1; }
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  echo "$out $(wc -l < "$data/api.csv") $(cat "$data/rss")"
}
psql_export() {  # prints seconds, lines
  local start end
  start=$(date +%s.%N)
  sql -c "\\copy ($(echo "$query" | tr '\n' ' ')) to '$data/psql.csv' with (format csv, header)"
  end=$(date +%s.%N)
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }') $(wc -l < "$data/psql.csv")"
}

echo "Warming up ..."
api_export > /dev/null; psql_export > /dev/null
rss_before=$(rss_mib)
api_times=""; psql_times=""; ratios=""; highest=0
for r in $(seq 1 "$rounds"); do
  read -r p p_lines <<< "$(psql_export)"
  read -r a a_lines a_rss <<< "$(api_export)"
  [ "$a_lines" -eq "$p_lines" ] && [ "$a_lines" -eq $((rows + 1)) ] \
    || { echo "the export gave $a_lines lines and psql $p_lines; expected $((rows + 1)) with the header" >&2; exit 1; }
  ratio=$(awk -v a="$a" -v p="$p" 'BEGIN { printf "%.3f", p / a }')
  api_times+="$a "; psql_times+="$p "; ratios+="$ratio "; [ "$a_rss" -gt "$highest" ] && highest=$a_rss
  echo "round $r: export $a s ($(wc -c < "$data/api.csv") bytes), psql \\copy $p s ($(wc -c < "$data/psql.csv") bytes): export / psql $ratio; evaluation-service's RSS at most $a_rss MiB"
done

a=$(median "$api_times"); p=$(median "$psql_times")
range=$(printf '%s\n' $ratios | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }')
per_second() { awk -v s="$1" -v n="$rows" 'BEGIN { printf "%.0f", n / s }'; }
table="| \`GET $path\` through the gateway (CSV) | $a | $(per_second "$a") |
| psql \`\\copy (the same query) to ... csv header\` | $p | $(per_second "$p") |
"
summary="**Export / psql: $(median "$ratios")** ($range; target ≥ 0.50). evaluation-service's resident memory: $rss_before MiB before the measured rounds, at most $highest MiB while streaming."
echo
echo "| Reader | Seconds for $rows rows | Rows/s |"
echo "|---|---|---|"
echo -n "$table"
echo "$summary"

if $write; then
  section=$(mktemp)
  cat > "$section" <<DOC
<!-- exports:start (written by bench/exports.sh --write) -->
\`bench/exports.sh --write --rows $rows\` on $(date -u +%Y-%m-%d), measuring $changed: $rounds rounds, psql then the
export in each, after one of each to warm up; medians. $rows data points of one system ($((rows / 100))
measures of 100 points, each with its project) written into evaluation's read model with SQL; the
platform and both readers on the same $(nproc)-core machine, the data folder fresh. Both give
$((rows + 1)) lines (a header and a line per point); psql writes to a file, the export's CSV is read by
curl to a file.

| Reader | Seconds for $rows rows | Rows/s |
|---|---|---|
$table
$summary
<!-- exports:end -->
DOC
  write_section exports "$section" "Exports against the database's own speed"
fi
