#!/usr/bin/env bash
# The gateway's cost: the same GET (one programme, by id) straight to programmes-service and through
# the gateway, in one run, alternating, so that all meet the same machine. Two layouts of the CPUs:
#   own-core  the gateway on a core of its own, everything else (wrk, services, PostgreSQL, Kafka) on
#             the rest, as in a deployment where the gateway has its own resources;
#   shared    everything on every core, so the gateway's CPU comes out of the service's.
# With nginx installed, a bare nginx reverse proxy (no tokens, no limits, no log) in the gateway's place
# is measured too, as a reference for what any second hop costs on this machine. Prints throughput,
# p50/p99 latency, the CPU the gateway and the service spend per request, and the ratios; with
# --write, also records them in docs/PERFORMANCE.md.
#
# Needs: wrk and taskset (Debian: apt-get install wrk util-linux), curl; optionally nginx; and the
# platform running from this checkout with a rate limit the benchmark cannot reach (the limit is still
# checked on every request):
#   ./mvnw -q package -DskipTests && LIP_GATEWAY_RATE_LIMIT_REQUESTS=1000000000 LIP_GATEWAY_RATE_LIMIT_CONCURRENT=1000 java -jar local-stack/target/local-stack.jar
# Usage: bench/gateway-overhead.sh [--write] [--rounds N] [--duration 20s] [--connections 32] [--threads 2] [--no-reference]
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=5; duration=20s; connections=32; threads=2; write=false; no_reference=false
source bench/options.sh
read_options "rounds duration connections threads no-reference?" "$@"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset is needed: apt-get install util-linux" >&2; exit 1; }
cpus=$(nproc)
[ "$cpus" -ge 2 ] || { echo "The own-core layout needs at least 2 CPUs; this machine has $cpus" >&2; exit 1; }
[ -f .local-stack/tokens.env ] || { echo "Start the platform first (see the top of this script)" >&2; exit 1; }
source .local-stack/tokens.env
direct=${DIRECT:-http://localhost:8081}
gateway_pid=$(pgrep -f 'gateway/target/quarkus-app' | head -1 || true)
service_pid=$(pgrep -f 'programmes-service/target/quarkus-app' | head -1 || true)
[ -n "$gateway_pid" ] && [ -n "$service_pid" ] || { echo "The gateway and programmes-service must run on this machine, from this checkout" >&2; exit 1; }

# a system and a programme to read (created once; later runs find them again)
curl -s -o /dev/null -X POST "$GATEWAY/api/v1/systems" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' -d '{"code":"SURREY","name":"Surrey Heartlands","kind":"ICS"}'
id=$(curl -s -X POST "$GATEWAY/api/v1/programmes" -H "Authorization: Bearer $MANAGER_TOKEN" \
  -H 'Content-Type: application/json' -H 'Idempotency-Key: bench-programme-1' \
  -d '{"title":"Benchmark programme","systemCode":"SURREY","kind":"SYSTEM_LEADERSHIP"}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
path="/api/v1/programmes/$id"
limit=$(curl -s -D - -o /dev/null "$GATEWAY$path" -H "Authorization: Bearer $MANAGER_TOKEN" | tr -d '\r' | awk -F': ' 'tolower($1) == "ratelimit-limit" {print $2}')
[ "${limit:-0}" -ge 100000000 ] || { echo "The gateway's rate limit ($limit) would throttle the benchmark: start the platform as the top of this script says" >&2; exit 1; }

# the reference: nginx with one worker, keeping connections to the service open as the gateway does
workdir=$(mktemp -d)
nginx_url=""
if ! $no_reference && command -v nginx >/dev/null; then
  port=18099
  while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  mkdir -p "$workdir/logs"
  cat > "$workdir/nginx.conf" <<CONF
worker_processes 1;
pid $workdir/nginx.pid;
error_log $workdir/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream service { server ${direct#http://}; keepalive 64; }
  server {
    listen 127.0.0.1:$port;
    location / { proxy_pass http://service; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$http_host; }
  }
}
CONF
  nginx -p "$workdir" -e "$workdir/logs/error.log" -c "$workdir/nginx.conf"
  nginx_url="http://127.0.0.1:$port"
fi
targets="direct gateway${nginx_url:+ nginx}"
url() { case $1 in direct) echo "$direct" ;; gateway) echo "$GATEWAY" ;; nginx) echo "$nginx_url" ;; esac; }
for t in $targets; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$(url "$t")$path" -H "Authorization: Bearer $MANAGER_TOKEN")
  [ "$status" = 200 ] || { echo "GET $(url "$t")$path answered $status" >&2; exit 1; }
done

# which CPUs each process may use
all_cpus="0-$((cpus - 1))"; own_cpu=$((cpus - 1)); rest_cpus="0-$((cpus - 2))"
rest_label="CPUs $rest_cpus"; [ "$cpus" -eq 2 ] && rest_label="CPU 0"
platform_pids() { { pgrep -f 'quarkus-run.jar|KafkaBrokerMain|local-stack.jar' || true; pgrep -x postgres || true; }; }
proxy_pids() { echo "$gateway_pid"; [ -f "$workdir/nginx.pid" ] && pgrep -P "$(cat "$workdir/nginx.pid")" || true; }
pin() { for pid in $2; do taskset -a -p -c "$1" "$pid" > /dev/null 2>&1 || true; done; }
layout() {
  case $1 in
    shared) pin "$all_cpus" "$(platform_pids) $(proxy_pids)"; wrk_cpus=$all_cpus ;;
    own-core) pin "$rest_cpus" "$(platform_pids)"; pin "$own_cpu" "$(proxy_pids)"; wrk_cpus=$rest_cpus ;;
  esac
}
finish() {
  layout shared
  [ -f "$workdir/nginx.pid" ] && nginx -p "$workdir" -e "$workdir/logs/error.log" -c "$workdir/nginx.conf" -s quit
  rm -rf "$workdir"
}
trap finish EXIT

# wrk --latency prints "50%  1.23ms" and "99%  4.56ms"; normalise to milliseconds
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v + 0 } else { sub(/s$/, "", v); print v * 1000 } }'; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
tick_us=$((1000000 / $(getconf CLK_TCK)))
# prints: requests/s, p50 ms, p99 ms, gateway and service CPU per request (µs), non-2xx answers
run() {
  local out gateway_before service_before requests
  gateway_before=$(cpu_ticks "$gateway_pid"); service_before=$(cpu_ticks "$service_pid")
  out=$(taskset -c "$wrk_cpus" wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $MANAGER_TOKEN" "$1$path")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(ms "$(echo "$out" | awk '$1 == "50%" {print $2}')") $(ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")" \
    "$(( ($(cpu_ticks "$gateway_pid") - gateway_before) * tick_us / requests ))" \
    "$(( ($(cpu_ticks "$service_pid") - service_before) * tick_us / requests ))" \
    "$(echo "$out" | awk '/Non-2xx/ {print $NF}')"
}

echo "Warming up every path (JIT, connection pools) ..."
layout shared
for t in $targets; do
  warm=10s; [ "$t" = gateway ] && warm=30s
  wrk -t"$threads" -c"$connections" -d"$warm" -H "Authorization: Bearer $MANAGER_TOKEN" "$(url "$t")$path" > /dev/null
done

declare -A rps p50 p99 gateway_cpu service_cpu
for r in $(seq 1 "$rounds"); do
  for l in own-core shared; do
    layout "$l"
    for t in $targets; do
      read -r a b c d e errors <<< "$(run "$(url "$t")")"
      [ -z "$errors" ] || { echo "$l $t: $errors non-2xx answers" >&2; exit 1; }
      rps[$l.$t]+="$a "; p50[$l.$t]+="$b "; p99[$l.$t]+="$c "; gateway_cpu[$l.$t]+="$d "; service_cpu[$l.$t]+="$e "
      echo "round $r, $l, $t: $a req/s, p50 $b ms, p99 $c ms, CPU per request: gateway $d µs, programmes-service $e µs"
    done
  done
done

median() { printf '%s\n' $1 | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
declare -A name=([direct]="direct" [gateway]="through the gateway" [nginx]="through bare nginx (reference)")
declare -A place=([own-core]="gateway on its own core" [shared]="all on every core")
table=""; declare -A m
for l in own-core shared; do
  for t in $targets; do
    m[rps.$l.$t]=$(median "${rps[$l.$t]}"); m[p50.$l.$t]=$(median "${p50[$l.$t]}"); m[p99.$l.$t]=$(median "${p99[$l.$t]}")
    table+="| ${place[$l]} | ${name[$t]} | ${m[rps.$l.$t]} | ${m[p50.$l.$t]} | ${m[p99.$l.$t]} |"$'\n'
  done
done
gw_cpu=$(median "${gateway_cpu[shared.gateway]}"); svc_cpu=$(median "${service_cpu[shared.direct]}")
verdict="**Gateway on its own core / direct: throughput $(ratio "${m[rps.own-core.gateway]}" "${m[rps.own-core.direct]}") (target ≥ 0.85), p50 $(ratio "${m[p50.own-core.gateway]}" "${m[p50.own-core.direct]}"), p99 $(ratio "${m[p99.own-core.gateway]}" "${m[p99.own-core.direct]}") (target ≤ 1.30).**

All on every core, gateway / direct: throughput $(ratio "${m[rps.shared.gateway]}" "${m[rps.shared.direct]}"), p99 $(ratio "${m[p99.shared.gateway]}" "${m[p99.shared.direct]}")."
if [ -n "$nginx_url" ]; then
  verdict+=" Bare nginx / direct, in the same places: throughput $(ratio "${m[rps.own-core.nginx]}" "${m[rps.own-core.direct]}") and $(ratio "${m[rps.shared.nginx]}" "${m[rps.shared.direct]}"), p99 $(ratio "${m[p99.own-core.nginx]}" "${m[p99.own-core.direct]}") and $(ratio "${m[p99.shared.nginx]}" "${m[p99.shared.direct]}")."
fi
verdict+="

CPU per request, all on every core: the gateway $gw_cpu µs, programmes-service (direct) $svc_cpu µs; gateway / service $(ratio "$gw_cpu" "$svc_cpu")."
echo
echo "Medians of $rounds rounds of $duration, $connections connections, $threads wrk threads:"
echo "$table"
echo "$verdict"

if $write; then
  section=$(mktemp)
  cat > "$section" <<DOC
<!-- gateway-overhead:start (written by bench/gateway-overhead.sh --write) -->
\`bench/gateway-overhead.sh --write\` (wrk, $rounds rounds of $duration per path and layout, alternating,
$connections connections, $threads threads, after a warm-up of every path; medians of the rounds), run
on $cpus cores with the whole platform (PostgreSQL, Kafka, three services, gateway) and wrk on the
same machine, on $(date -u +%Y-%m-%d). "Gateway on its own core": the gateway (or nginx) on CPU
$own_cpu, everything else, wrk included, on $rest_label.

| CPUs | Path | Throughput (req/s) | p50 (ms) | p99 (ms) |
|---|---|---|---|---|
$table
$verdict
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
