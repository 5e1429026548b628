#!/usr/bin/env bash
# Reads against the database's own speed: GET /api/v1/programmes/{id} straight to programmes-service
# against pgbench running the statements the service runs for it (the programme's row, its delivery
# partners, its target professions) on the same PostgreSQL at the same concurrency; and the same GET
# through the gateway against straight to the service. Rounds alternate, so that all meet the same
# machine; medians of the rounds. Issue 17 asks for service / pgbench >= 0.50 and gateway / service
# >= 0.85 (the latter with the gateway on a core of its own: bench/gateway-overhead.sh measures that
# layout; here everything shares every core).
#
# That the reference runs what the service runs is checked, not assumed: before measuring, a fixed
# number of GETs is sent one at a time and PostgreSQL's per-table counters (pg_stat_user_tables) must
# show exactly one index scan per GET on each of the three tables and nothing else touched (the outbox
# apart, which the relay polls all the time).
#
# One command: starts the platform from this checkout on ports of its own (the packaged jars are
# needed: ./mvnw -q package -DskipTests), with a rate limit the benchmark cannot reach (it is still
# checked on every request), measures, and stops it again. Needs curl, jq, psql, pgbench (Debian:
# apt-get install curl jq postgresql-client) and wrk (apt-get install wrk).
# Usage: bench/reads.sh [--write] [--rounds 3] [--duration 10] [--connections 16] [--changed "what this run measures"]
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3; duration=10; connections=16; write=false; changed="the code at $(git rev-parse --short HEAD)"
source bench/options.sh
read_options "rounds duration connections changed" "$@"
for tool in curl jq psql pgbench wrk java; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (see the top of this script)" >&2; exit 1; }
done
source bench/platform.sh
source bench/sections.sh
export LIP_GATEWAY_RATE_LIMIT_REQUESTS=1000000000 LIP_GATEWAY_RATE_LIMIT_CONCURRENT=1000
start_platform reads
direct="http://127.0.0.1:$((gateway_port + 1))"
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$postgres_port" -U postgres -d programmes "$@"; }

call POST /api/v1/systems "$ADMIN_TOKEN" '{"code":"SURREY","name":"Surrey Heartlands","kind":"ICS"}' > /dev/null
partners=""
for name in "Benchmark Trust" "Benchmark Council"; do
  partners+="${partners:+,}\"$(call POST /api/v1/organisations "$MANAGER_TOKEN" "{\"systemCode\":\"SURREY\",\"name\":\"$name\",\"type\":\"NHS_TRUST\"}" | jq -r .id)\""
done
programme=$(call POST /api/v1/programmes "$MANAGER_TOKEN" "{\"systemCode\":\"SURREY\",\"title\":\"Benchmark programme\",\"kind\":\"SYSTEM_LEADERSHIP\",
  \"deliveryPartnerIds\":[$partners],\"targetProfessions\":[\"NURSE\",\"GP\"],\"capacity\":40}" | jq -r .id)
path="/api/v1/programmes/$programme"

# the statements programmes-service runs for the GET, as a pgbench script; prepared, as the JDBC
# driver's are once a statement has run a few times
cat > "$data/by-id.sql" <<SQL
SELECT * FROM programme WHERE id = '$programme';
SELECT organisation_id FROM programme_delivery_partner WHERE programme_id = '$programme';
SELECT profession FROM programme_target_profession WHERE programme_id = '$programme';
SQL
tables="programme programme_delivery_partner programme_target_profession"

# the check: per GET, one index scan of each table and nothing else (but the outbox, which the relay
# polls all the time)
counters() {
  sql -c "SELECT relname || ' ' || coalesce(idx_scan, 0) || ' ' || coalesce(seq_scan, 0) FROM pg_stat_user_tables
          WHERE relname <> 'outbox_event' ORDER BY relname"
}
settled_counters() {  # the counters once unchanged for 12 s: an idle connection publishes its counts within 10 s
  local now before="" still=0
  now=$(counters)
  while [ $still -lt 12 ]; do
    sleep 2; before=$now; now=$(counters)
    if [ "$now" = "$before" ]; then still=$((still + 2)); else still=0; fi
  done
  echo "$now"
}
checks=50
before=$(settled_counters)
for _ in $(seq 1 "$checks"); do
  curl -sf -o /dev/null "$direct$path" -H "Authorization: Bearer $MANAGER_TOKEN" || { echo "GET $path failed" >&2; exit 1; }
done
after=$(settled_counters)
touched=$(join <(echo "$before") <(echo "$after") | awk '$4 - $2 != 0 || $5 - $3 != 0 { print $1, $4 - $2, $5 - $3 }')
expected=$(for t in $tables; do echo "$t $checks 0"; done | sort)
if [ "$(echo "$touched" | sort)" != "$expected" ]; then
  echo "The reference does not run what the service runs: over $checks GETs the service scanned (table, index scans, sequential scans):" >&2
  echo "$touched" >&2
  exit 1
fi
echo "Checked: $checks GETs made one index scan of each of $tables and touched nothing else."

# $1 a URL: prints requests per second, p50 ms, p99 ms
run_wrk() {
  wrk -t 2 -c "$connections" -d "${duration}s" --latency -H "Authorization: Bearer $MANAGER_TOKEN" "$1" | awk '
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END { if (bad) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 } printf "%s %.2f %.2f\n", rps, ms(p50), ms(p99) }'
}
run_pgbench() {
  pgbench -n -M prepared -h 127.0.0.1 -p "$postgres_port" -U postgres -c "$connections" -j 2 -T "$duration" \
    -f "$data/by-id.sql" programmes 2>/dev/null | awk '/^tps = / { printf "%.0f\n", $3 }'
}

echo "Warming up ..."
run_wrk "$direct$path" > /dev/null; run_wrk "$GATEWAY$path" > /dev/null; run_pgbench > /dev/null
declare -A rps p50 p99
ratios_direct=""; ratios_gateway=""
for r in $(seq 1 "$rounds"); do
  read -r pg <<< "$(run_pgbench)"
  read -r d d50 d99 <<< "$(run_wrk "$direct$path")"
  read -r g g50 g99 <<< "$(run_wrk "$GATEWAY$path")"
  rps[pgbench]+="$pg "; rps[direct]+="$d "; rps[gateway]+="$g "
  p50[direct]+="$d50 "; p99[direct]+="$d99 "; p50[gateway]+="$g50 "; p99[gateway]+="$g99 "
  rd=$(awk -v a="$d" -v b="$pg" 'BEGIN { printf "%.3f", a / b }'); rg=$(awk -v a="$g" -v b="$d" 'BEGIN { printf "%.3f", a / b }')
  ratios_direct+="$rd "; ratios_gateway+="$rg "
  echo "round $r: pgbench $pg/s, direct $d/s (p50 $d50 ms, p99 $d99 ms), gateway $g/s (p50 $g50 ms, p99 $g99 ms): direct / pgbench $rd, gateway / direct $rg"
done

range() { printf '%s\n' $1 | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }
table="| pgbench, the same three statements | $(median "${rps[pgbench]}") | | |
| \`GET $(echo "$path" | sed 's/[0-9a-f-]\{36\}/{id}/')\` straight to programmes-service | $(median "${rps[direct]}") | $(median "${p50[direct]}") | $(median "${p99[direct]}") |
| the same through the gateway | $(median "${rps[gateway]}") | $(median "${p50[gateway]}") | $(median "${p99[gateway]}") |
"
summary="**Service / pgbench: $(median "$ratios_direct")** ($(range "$ratios_direct"); target ≥ 0.50). Gateway / service, all on every core: $(median "$ratios_gateway") ($(range "$ratios_gateway"))."
echo
echo "| Reader | Requests or scripts per second | p50 (ms) | p99 (ms) |"
echo "|---|---|---|---|"
echo -n "$table"
echo "$summary"

if $write; then
  section=$(mktemp)
  cat > "$section" <<DOC
<!-- reads:start (written by bench/reads.sh --write) -->
\`bench/reads.sh --write\` on $(date -u +%Y-%m-%d), measuring $changed: $rounds rounds of ${duration} s each
for pgbench, straight to the service and through the gateway, in that order, $connections connections
(wrk with 2 threads, pgbench with 2 threads and prepared statements), after a warm-up of each; medians of
the rounds. The platform (PostgreSQL, Kafka, three services, gateway) and the load on the same $(nproc)-core
machine, all on every core, the data folder fresh. Checked before measuring: $checks GETs made one index
scan of each of the programme's three tables and touched nothing else but the outbox (which the relay polls), as the pgbench script does.

| Reader | Requests or scripts per second | p50 (ms) | p99 (ms) |
|---|---|---|---|
$table
$summary
<!-- reads:end -->
DOC
  write_section reads "$section" "Reads against the database's own speed"
fi
