#!/usr/bin/env bash
# Event propagation under load: participants registered one request at a time through the gateway at
# each of --rates writes a second for --seconds, and for each, the time from its write's answer to the
# commit of evaluation-service's transaction that put it in its read model; against Kafka's own
# end-to-end latency tool (org.apache.kafka.tools.EndToEndLatency, kafka-tools of the broker's version:
# a producer sends one record at a time and a consumer on the same topic waits for it) on the same
# broker, in the same run. Issue 17 asks for the p99 of propagation at 200 writes/s for 60 s to be at
# most 5× Kafka's p99.
#
# The path measured: gateway → programmes-service (participant and its outbox row committed, answer) →
# the outbox relay → Kafka → evaluation-service's consumer → participant_fact committed. The writer
# (bench/propagation/Propagation.java) is open loop: a write is due every 1/rate seconds whatever the
# earlier ones are doing, so a platform that cannot keep up is not let off with a lower rate; it stamps
# each answer with the wall clock as it arrives. The commit's time is PostgreSQL's own record of it
# (track_commit_timestamp, turned on for this platform), so nothing polls the read model while the
# writes run: the machine carries the writes and nothing else. The writer also says where the time
# went, from the stamps the services keep (the outbox's occurred_at and published_at, evaluation's
# applied_at, the commit).
# EndToEndLatency runs after each rate's writes, on a topic of its own (the tool makes it, one
# partition), acks=all as the relay's producer, records of 1,000 bytes (an event of the platform is
# 0.6–1 KB), --e2e-records records, one at a time, no other load: Kafka at its quickest, the strict
# reference. Percentiles of both are nearest rank over the sorted times (the tool's own rule).
#
# One command: starts the platform from this checkout on ports of its own with a fresh data folder
# (the packaged jars are needed: ./mvnw -q package -DskipTests), measures, and stops it again, also
# when interrupted. It holds the shared Maven lock while it runs, so that no build shares the machine.
# Needs curl, jq and java; Maven (the wrapper) fetches kafka-tools and the PostgreSQL driver once
# (bench/propagation/pom.xml). A rate the platform cannot keep up with makes a backlog that drains
# after the writes: each rate waits up to --drain seconds for it.
# Usage: bench/propagation.sh [--write] [--rounds 3] [--rates "50 200"] [--seconds 60] [--warmup 60]
#                             [--drain 600] [--e2e-records 5000] [--changed "what this run measures"]
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3; rates="50 200"; seconds=60; warmup=60; drain=600; e2e_records=5000; write=false; changed="the code at $(git rev-parse --short HEAD)"
source bench/options.sh
read_options "rounds rates seconds warmup drain e2e-records changed" "$@"
! $write || [ "$rounds" -ge 3 ] || { echo "--write needs --rounds 3 or more" >&2; exit 2; }
for tool in curl jq java flock; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (see the top of this script)" >&2; exit 1; }
done

# no build shares the machine while the benchmark runs (and none is running when it starts)
exec {lock}> "${LIP_MAVEN_LOCK:-/tmp/lip-maven.lock}"
flock "$lock"
classpath=bench/propagation/target/classpath
if [ ! -s "$classpath" ]; then
  mkdir -p bench/propagation/target
  # offline first (the usual case); online when kafka-tools was never fetched on this machine
  get_classpath() { ./mvnw -q "$@" -f bench/propagation/pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath; }
  get_classpath -o || get_classpath
fi
cp=$(cat "$classpath")

source bench/platform.sh
source bench/sections.sh
# one caller writing 200 a second is over the gateway's per-caller limit, which is not what is measured here
export LIP_GATEWAY_RATE_LIMIT_REQUESTS=1000000000 LIP_GATEWAY_RATE_LIMIT_CONCURRENT=1000
start_platform propagation --postgres-setting track_commit_timestamp=on

call POST /api/v1/systems "$ADMIN_TOKEN" '{"code":"SURREY","name":"Surrey Heartlands","kind":"ICS"}' > /dev/null
organisation=$(call POST /api/v1/organisations "$MANAGER_TOKEN" '{"systemCode":"SURREY","name":"Benchmark Trust","type":"NHS_TRUST"}' | jq -r .id)
database() { echo "jdbc:postgresql://127.0.0.1:$postgres_port/$1?user=postgres"; }

# $1 a name for the e-mails, $2 the rate, $3 seconds: prints the writer's lines
writes() {
  java -cp "$cp" bench/propagation/Propagation.java "$GATEWAY" "$MANAGER_TOKEN" "$(database evaluation)" "$(database programmes)" \
    "$organisation" "$2" "$3" "bench-$1-" "$drain"
}
# prints the tool's p50 and p99 in milliseconds
kafka_e2e() {
  java -cp "$cp" org.apache.kafka.tools.EndToEndLatency "127.0.0.1:$kafka_port" "bench-e2e-$1" "$e2e_records" all 1000 \
    2> "$data/e2e-$1.err" \
    | awk '/Avg latency/ { next } /Percentiles/ { gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "50th") p50 = $(i + 2); if ($i == "99th") p99 = $(i + 2) } }
           END { if (p50 == "") exit 1; print p50, p99 }' \
    || { echo "EndToEndLatency printed no percentiles:" >&2; cat "$data/e2e-$1.err" >&2; exit 1; }
}
field() { awk -v k="$2" '{ for (i = 1; i < NF; i++) if ($i == k) { print $(i + 1); exit } }' <<< "$1"; }

lowest=$(tr ' ' '\n' <<< "$rates" | sort -g | head -1)
echo "Warm-up: $warmup s of writes at $lowest/s, and the tool once (the JIT, the topics' first records)"
writes warmup "$lowest" "$warmup" | head -2 | sed 's/^/  /'
kafka_e2e warmup > /dev/null

declare -A ratios=() ours50=() ours99=() theirs50=() theirs99=() answers99=() stages=()
for round in $(seq 1 "$rounds"); do
  for rate in $rates; do
    out=$(writes "round$round-$rate" "$rate" "$seconds")
    echo "Round $round, $rate writes/s: $(head -1 <<< "$out")"
    read -r writes_count accepted seen <<< "$(awk 'NR == 1 { print $2, $4, $6 }' <<< "$out")"
    [ "$seen" = "$accepted" ] || { echo "only $seen of the $accepted accepted writes reached the read model within $drain s" >&2; exit 1; }
    [ "$accepted" = "$writes_count" ] || echo "  (only $accepted of $writes_count writes were accepted: see the refusals above)"
    prop=$(grep '^propagation_ms' <<< "$out"); ans=$(grep '^answer_ms' <<< "$out")
    read -r k50 k99 <<< "$(kafka_e2e "round$round-$rate")"
    ours50[$rate]+=" $(field "$prop" p50)"; ours99[$rate]+=" $(field "$prop" p99)"; answers99[$rate]+=" $(field "$ans" p99)"
    theirs50[$rate]+=" $k50"; theirs99[$rate]+=" $k99"
    ratio=$(awk -v a="$(field "$prop" p99)" -v b="$k99" 'BEGIN { printf "%.2f", a / b }')
    ratios[$rate]+=" $ratio"
    for stage in occurred_to_published published_to_applied applied_to_committed; do
      stages[$rate-$stage]+=" $(field "$(grep "^${stage}_ms" <<< "$out")" p99)"
    done
    echo "  $prop"
    echo "  $ans (from when each write was due)"
    grep -E '^(occurred_to_published|published_to_applied|applied_to_committed)_ms' <<< "$out" | sed 's/^/  /'
    echo "  Kafka EndToEndLatency: p50 $k50 p99 $k99 ms; propagation p99 / Kafka p99 = $ratio"
  done
done

header="| Load | Propagation p50 (ms) | Propagation p99 (ms) | Kafka e2e p50 (ms) | Kafka e2e p99 (ms) | Propagation p99 / Kafka p99 (rounds' range) | Answer p99 (ms) | p99 of: outbox to Kafka's ack / to evaluation applying / to its commit (ms) |
|---|---|---|---|---|---|---|---|"
table=""
for rate in $rates; do
  range=$(printf '%s\n' ${ratios[$rate]} | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }')
  table+="| $rate writes/s for $seconds s | $(median "${ours50[$rate]}") | $(median "${ours99[$rate]}") | $(median "${theirs50[$rate]}") | $(median "${theirs99[$rate]}") | **$(median "${ratios[$rate]}")** ($range) | $(median "${answers99[$rate]}") | $(median "${stages[$rate-occurred_to_published]}") / $(median "${stages[$rate-published_to_applied]}") / $(median "${stages[$rate-applied_to_committed]}") |"$'\n'
done
echo
echo "Medians of $rounds rounds:"
echo "$header"
echo -n "$table"

if $write; then
  section=$(mktemp)
  cat > "$section" <<DOC
<!-- propagation:start (written by bench/propagation.sh --write) -->
\`bench/propagation.sh --write\` on $(date -u +%Y-%m-%d), measuring $changed: $rounds rounds, each with $seconds s of
participants registered one request at a time through the gateway (open loop) at each rate in turn ($rates a second),
after $warmup s at $lowest a second as warm-up; after each rate's writes had all reached the read model, Kafka's
EndToEndLatency with $e2e_records records of 1,000 bytes, acks=all, on the same broker. The platform (PostgreSQL,
Kafka, three services, gateway) and the benchmark on the same $(nproc)-core machine, the data folder fresh.
Propagation: from a write's answer to the commit of evaluation's transaction that put the participant in
participant_fact (PostgreSQL's commit timestamp). Answer: from when a write was due to its answer. Medians over
rounds; the ratio is the median of the rounds' ratios.

$header
$table<!-- propagation:end -->
DOC
  write_section propagation "$section" "Event propagation under load against Kafka's own latency"
fi
