#!/usr/bin/env bash
# The gateway's cost: the same GET (one programme, by id) straight to programmes-service and through
# the gateway, in one run, alternating, so that both meet the same machine. Prints throughput and
# p50/p99 latency for each and the ratios; with --write, also records them in docs/PERFORMANCE.md.
#
# Needs: wrk (Debian: apt-get install wrk), curl, and the platform running from this checkout with a
# rate limit the benchmark cannot reach (the limit is still checked on every request):
#   ./mvnw -q package -DskipTests && LIP_GATEWAY_RATE_LIMIT_REQUESTS=1000000000 java -jar local-stack/target/local-stack.jar
# Usage: bench/gateway-overhead.sh [--write] [--rounds N] [--duration 20s] [--connections 32] [--threads 2]
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3; duration=20s; connections=32; threads=2; write=false
while [ $# -gt 0 ]; do
  case "$1" in
    --write) write=true ;;
    --rounds) rounds=$2; shift ;;
    --duration) duration=$2; shift ;;
    --connections) connections=$2; shift ;;
    --threads) threads=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f .local-stack/tokens.env ] || { echo "Start the platform first (see the top of this script)" >&2; exit 1; }
source .local-stack/tokens.env
direct=${DIRECT:-http://localhost:8081}

# a system and a programme to read (created once; later runs find them again)
curl -s -o /dev/null -X POST "$GATEWAY/api/v1/systems" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' -d '{"code":"SURREY","name":"Surrey Heartlands","kind":"ICS"}'
id=$(curl -s -X POST "$GATEWAY/api/v1/programmes" -H "Authorization: Bearer $MANAGER_TOKEN" \
  -H 'Content-Type: application/json' -H 'Idempotency-Key: bench-programme-1' \
  -d '{"title":"Benchmark programme","systemCode":"SURREY","kind":"SYSTEM_LEADERSHIP"}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
path="/api/v1/programmes/$id"
for base in "$direct" "$GATEWAY"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path" -H "Authorization: Bearer $MANAGER_TOKEN")
  [ "$status" = 200 ] || { echo "GET $base$path answered $status" >&2; exit 1; }
done
limit=$(curl -s -D - -o /dev/null "$GATEWAY$path" -H "Authorization: Bearer $MANAGER_TOKEN" | tr -d '\r' | awk -F': ' 'tolower($1) == "ratelimit-limit" {print $2}')
[ "${limit:-0}" -ge 100000000 ] || { echo "The gateway's rate limit ($limit) would throttle the benchmark: start the platform as the top of this script says" >&2; exit 1; }

# wrk --latency prints "50%  1.23ms" and "99%  4.56ms"; normalise to milliseconds
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v + 0 } else { sub(/s$/, "", v); print v * 1000 } }'; }
run() {
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $MANAGER_TOKEN" "$1$path")
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(ms "$(echo "$out" | awk '$1 == "50%" {print $2}')") $(ms "$(echo "$out" | awk '$1 == "99%" {print $2}')") $(echo "$out" | awk '/Non-2xx/ {print $NF}')"
}

echo "Warming up both paths (JIT, connection pools) ..."
wrk -t"$threads" -c"$connections" -d10s -H "Authorization: Bearer $MANAGER_TOKEN" "$direct$path" > /dev/null
wrk -t"$threads" -c"$connections" -d10s -H "Authorization: Bearer $MANAGER_TOKEN" "$GATEWAY$path" > /dev/null

declare -a d_rps d_p50 d_p99 g_rps g_p50 g_p99
for r in $(seq 1 "$rounds"); do
  read -r rps p50 p99 errors <<< "$(run "$direct")"
  [ -z "$errors" ] || { echo "direct: $errors non-2xx answers" >&2; exit 1; }
  d_rps+=("$rps"); d_p50+=("$p50"); d_p99+=("$p99")
  read -r rps p50 p99 errors <<< "$(run "$GATEWAY")"
  [ -z "$errors" ] || { echo "gateway: $errors non-2xx answers" >&2; exit 1; }
  g_rps+=("$rps"); g_p50+=("$p50"); g_p99+=("$p99")
  echo "round $r: direct ${d_rps[-1]} req/s p50 ${d_p50[-1]} ms p99 ${d_p99[-1]} ms | gateway ${g_rps[-1]} req/s p50 ${g_p50[-1]} ms p99 ${g_p99[-1]} ms"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
D_RPS=$(median "${d_rps[@]}"); D_P50=$(median "${d_p50[@]}"); D_P99=$(median "${d_p99[@]}")
G_RPS=$(median "${g_rps[@]}"); G_P50=$(median "${g_p50[@]}"); G_P99=$(median "${g_p99[@]}")
THROUGHPUT=$(awk -v g="$G_RPS" -v d="$D_RPS" 'BEGIN { printf "%.2f", g / d }')
P99=$(awk -v g="$G_P99" -v d="$D_P99" 'BEGIN { printf "%.2f", g / d }')
P50=$(awk -v g="$G_P50" -v d="$D_P50" 'BEGIN { printf "%.2f", g / d }')
summary="| GET one programme | direct | $D_RPS | $D_P50 | $D_P99 |
| GET one programme | through the gateway | $G_RPS | $G_P50 | $G_P99 |"
echo
echo "Medians of $rounds rounds of $duration, $connections connections, $threads threads:"
echo "$summary"
echo "gateway / direct: throughput $THROUGHPUT (target ≥ 0.85), p50 $P50, p99 $P99 (target ≤ 1.30)"

if $write; then
  section=$(mktemp)
  cat > "$section" <<DOC
<!-- gateway-overhead:start (written by bench/gateway-overhead.sh --write) -->
\`bench/gateway-overhead.sh --write\` (wrk, $rounds alternating rounds of $duration each way,
$connections connections, $threads threads, after a 10 s warm-up each way; medians of the rounds), run
on $(nproc) cores with the whole platform (PostgreSQL, Kafka, three services, gateway) and wrk on the
same machine, on $(date -u +%Y-%m-%d).

| Request | Path | Throughput (req/s) | p50 (ms) | p99 (ms) |
|---|---|---|---|---|
$summary

**Gateway / direct: throughput $THROUGHPUT (target ≥ 0.85), p50 $P50, p99 $P99 (target ≤ 1.30).**
<!-- gateway-overhead:end -->
DOC
  # replace only the measured section; what we wrote about it stays
  awk -v section="$section" '
    /<!-- gateway-overhead:start/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- gateway-overhead:end -->/ { skip = 0; next }
    !skip { print }' docs/PERFORMANCE.md > docs/PERFORMANCE.md.new && mv docs/PERFORMANCE.md.new docs/PERFORMANCE.md
  rm -f "$section"
  echo "Written to docs/PERFORMANCE.md"
fi
