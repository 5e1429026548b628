#!/usr/bin/env bash
# Footprint: each service's time to ready and resident memory against a bare Quarkus twin with the same
# extensions (issue 17 asks for at most 1.5× the twin's time to ready and 1.3× its RSS).
#
# The twins live in bench/footprint/ (a Maven project of its own, not a module of the platform's build):
# service-twin has the Quarkus extensions of programmes-, projects- and evaluation-service, one resource
# returning a string and one unused entity (without an entity Quarkus switches Hibernate ORM off);
# gateway-twin has the gateway's extensions and one Vert.x route. This script builds them (the Maven
# wrapper, offline, under the shared Maven lock) and checks that Quarkus reports the same installed
# features for each twin as for its service.
#
# It starts PostgreSQL and Kafka as local-stack does (bench/footprint/Infrastructure.java, the same
# classes), on ports of its own with a fresh data folder, and then, one process at a time, each service
# and its twin, alternately (the order flips every round), with local-stack's JVM options
# (ServiceProcess: -Xms64m -Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError) and the same
# environment: its own database (the twin a database of its own), Kafka, the token public key. Every
# app is started once first on its empty database (migrations; not part of the rounds), so the rounds
# measure a restart, as a deployment restarts most often.
# For each start: the time from the process's start to /q/health/ready answering 200 (polled every
# 50 ms), the CPU time it had used by then and VmRSS from /proc/<pid>/status at that moment, and VmRSS
# again after a fixed warm-up load of GETs (a service: a cheap API read with an admin token; the gateway:
# an API call without a token, which it refuses itself; a twin: its one endpoint). Ratios service / twin
# per round, medians over rounds.
#
# Needs the packaged services and launcher: ./mvnw -q package -DskipTests. Bounded (every wait has a
# deadline) and leaves nothing running: an exit, also on Ctrl-C or a failure, stops what it started
# and removes the data folder.
# Usage: bench/footprint.sh [--write] [--rounds 5] [--requests 200] [--changed "what this run measures"]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/sections.sh

rounds=5; requests=200; write=false; changed=""
source bench/options.sh
read_options "rounds requests changed" "$@"
# issue 17: a figure is the median of at least three rounds
! $write || [ "$rounds" -ge 3 ] || { echo "--write needs --rounds 3 or more" >&2; exit 2; }
for tool in curl java flock; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
services="programmes-service projects-service evaluation-service gateway"
for module in $services; do
  jar=$module/target/quarkus-app/quarkus-run.jar
  [ -f "$jar" ] || { echo "$jar is missing. Package first: ./mvnw -q package -DskipTests" >&2; exit 1; }
  sources="$module/src/main"
  grep -q '<artifactId>platform</artifactId>' "$module/pom.xml" && sources+=" platform/src/main"
  # shellcheck disable=SC2086
  newer=$(find $sources -newer "$jar" -type f | head -1)
  [ -z "$newer" ] || { echo "$newer is newer than $jar. Package again: ./mvnw -q package -DskipTests" >&2; exit 1; }
done
[ -f local-stack/target/local-stack.jar ] || { echo "Package first: ./mvnw -q package -DskipTests" >&2; exit 1; }


free_port() {
  local port=$1
  while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null || (echo > "/dev/tcp/127.0.0.1/$((port + 1))") 2>/dev/null; do
    port=$((port + 10))
  done
  echo "$port"
}
postgres_port=$(free_port 18532); kafka_port=$(free_port 18592); app_port=$(free_port 18580)
data=$(mktemp -d /tmp/footprint.XXXXXX)
build=""; infrastructure=""; app=""
stop_process() {  # $1 pid, $2 seconds to wait after SIGTERM before SIGKILL
  kill -0 "$1" 2>/dev/null || return 0
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 1 $(($2 * 10))); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  echo "pid $1 did not stop in $2 s; killing it" >&2
  kill -KILL "$1" 2>/dev/null || true
}
descendants() { local child; for child in $(ps -o pid= --ppid "$1"); do descendants "$child"; echo "$child"; done; }
finish() {
  # the build is flock, the wrapper and Maven's JVM: all of them stop
  if [ -n "$build" ]; then
    # shellcheck disable=SC2046
    kill -TERM $(descendants "$build") "$build" 2>/dev/null || true
  fi
  [ -z "$app" ] || stop_process "$app" 20
  if [ -n "$infrastructure" ]; then
    # it stops Kafka and PostgreSQL before it exits; Kafka also ends when its parent goes
    stop_process "$infrastructure" 60
    postmaster=$(head -1 "$data/postgres/postmaster.pid" 2>/dev/null || true)
    [ -z "$postmaster" ] || stop_process "$postmaster" 20
  fi
  rm -rf "$data"
}
trap finish EXIT
trap 'exit 130' INT TERM

echo "Building the twins (bench/footprint) ..."
flock "${LIP_MAVEN_LOCK:-/tmp/lip-maven.lock}" sh -c './mvnw -o -q -f bench/footprint/pom.xml package -DskipTests \
  && ./mvnw -o -q -f bench/footprint/pom.xml -pl service-twin -Pevaluation package -DskipTests' &
build=$!
wait "$build" || { echo "the twins did not build" >&2; exit 1; }
build=""

echo "Starting PostgreSQL (port $postgres_port) and Kafka (port $kafka_port), data in $data ..."
databases="programmes projects evaluation twin_programmes twin_projects twin_evaluation"
# shellcheck disable=SC2086
java -cp 'local-stack/target/local-stack.jar:local-stack/target/lib/*' bench/footprint/Infrastructure.java \
  "$data" "$postgres_port" "$kafka_port" "$((kafka_port + 1))" $databases > "$data/infrastructure.log" 2>&1 &
infrastructure=$!
deadline=$((SECONDS + 180))
until [ -f "$data/infrastructure.env" ]; do
  kill -0 "$infrastructure" 2>/dev/null || { cat "$data/infrastructure.log" >&2; echo "PostgreSQL or Kafka did not start" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "PostgreSQL and Kafka were not up within 180 s" >&2; exit 1; }
  sleep 0.5
done
# shellcheck disable=SC1091
source "$data/infrastructure.env"
secret=$(head -c 32 /dev/urandom | base64 | tr -d '=+/\n')
nowhere="http://127.0.0.1:9"  # the services' neighbours are not started: nothing at start needs them

jar_of() {
  case $1 in
    twin-gateway) echo bench/footprint/gateway-twin/target/quarkus-app/quarkus-run.jar ;;
    twin-evaluation-service) echo bench/footprint/service-twin/target-evaluation/quarkus-app/quarkus-run.jar ;;
    twin-*) echo bench/footprint/service-twin/target/quarkus-app/quarkus-run.jar ;;
    *) echo "$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}
# the environment local-stack gives the service, for the service and for its twin alike
environment_of() {
  local service=${1#twin-} database
  database=${service%-service}
  [[ $1 == twin-* ]] && database=twin_$database
  echo "QUARKUS_HTTP_PORT=$app_port KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS MP_JWT_VERIFY_PUBLICKEY_LOCATION=$MP_JWT_VERIFY_PUBLICKEY_LOCATION"
  case $service in
    gateway) echo "LIP_GATEWAY_UPSTREAMS_PROGRAMMES_URL=$nowhere LIP_GATEWAY_UPSTREAMS_PROJECTS_URL=$nowhere LIP_GATEWAY_UPSTREAMS_EVALUATION_URL=$nowhere" ;;
    *) echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$postgres_port/$database QUARKUS_DATASOURCE_USERNAME=postgres" ;;
  esac
  [ "$service" != evaluation-service ] ||
    echo "LIP_EVALUATION_PSEUDONYM_SECRET=$secret LIP_EVALUATION_PROGRAMMES_URL=$nowhere LIP_EVALUATION_PROJECTS_URL=$nowhere"
}
# the warm-up load: curl's config lines for $requests GETs over one connection
load_of() {
  local url header=""
  case $1 in
    twin-*) url=/twin ;;
    programmes-service) url=/api/v1/systems ;;
    projects-service) url=/api/v1/projects ;;
    evaluation-service) url=/api/v1/evaluation/national/summary ;;
    gateway) url=/api/v1/systems ;;  # no token: the gateway answers 401 itself, upstreams are not asked
  esac
  case $1 in twin-* | gateway) ;; *) header="header = \"Authorization: Bearer $ADMIN_TOKEN\"" ;; esac
  echo "$header"
  for _ in $(seq 1 "$requests"); do echo "url = \"http://127.0.0.1:$app_port$url\""; echo 'output = "/dev/null"'; done
}
expected_status() { [ "$1" = gateway ] && echo 401 || echo 200; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
rss_mib() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
ticks=$(getconf CLK_TCK)
cpu_seconds() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat"; }  # user + system, all threads

# One start of $1: sets ready_ms, cpu_ready, rss_ready, rss_loaded and started_s (Quarkus's own "started in").
measure() {
  local name=$1 log="$data/$1.log" start status answers
  start=$(now_ms)
  # shellcheck disable=SC2046
  env $(environment_of "$name") java "-Dfootprint.app=$name" -Xms64m -Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
    -jar "$(jar_of "$name")" >> "$log" 2>&1 &
  app=$!
  local deadline=$(($(now_ms) + 120000))
  while :; do
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$app_port/q/health/ready" || true)
    [ "$status" != 200 ] || break
    kill -0 "$app" 2>/dev/null || { tail -50 "$log" >&2; echo "$name stopped while starting" >&2; exit 1; }
    [ "$(now_ms)" -lt "$deadline" ] || { tail -50 "$log" >&2; echo "$name was not ready within 120 s" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(($(now_ms) - start))
  cpu_ready=$(cpu_seconds "$app")
  rss_ready=$(rss_mib "$app")
  answers=$(load_of "$name" | curl -s -K - -w '%{http_code}\n' | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }')
  [ "$answers" = "${requests}×$(expected_status "$name") " ] || { echo "$name answered the warm-up load with $answers" >&2; exit 1; }
  rss_loaded=$(rss_mib "$app")
  started_s=$(grep -o 'started in [0-9.]*s' "$log" | tail -1 | grep -o '[0-9.]*' || echo "?")
  stop_process "$app" 20
  app=""
  # the port is free again before the next start
  for _ in $(seq 1 100); do (echo > "/dev/tcp/127.0.0.1/$app_port") 2>/dev/null || break; sleep 0.1; done
}
features() { grep -o 'Installed features: \[[^]]*\]' "$data/$1.log" | head -1; }

declare -A first
echo "First starts, on empty databases (migrations; not part of the rounds):"
for service in $services; do
  for name in "$service" "twin-$service"; do
    measure "$name"
    first[$name]=$ready_ms
    printf '  %-26s ready in %6d ms (Quarkus: started in %ss, CPU %s s), RSS %s MiB, after %d GETs %s MiB\n' "$name" "$ready_ms" "$started_s" "$cpu_ready" "$rss_ready" "$requests" "$rss_loaded"
  done
  [ "$(features "$service")" = "$(features "twin-$service")" ] || {
    echo "The twin's extensions differ from $service's:" >&2; echo "  $service: $(features "$service")" >&2
    echo "  twin:    $(features "twin-$service")" >&2; exit 1; }
done

median() { printf '%s\n' $1 | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
range() { printf '%s\n' $1 | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
declare -A ready cpu rss loaded started ratio_ready ratio_cpu ratio_rss ratio_loaded this_round
for r in $(seq 1 "$rounds"); do
  for service in $services; do
    order="$service twin-$service"
    [ $((r % 2)) -eq 1 ] || order="twin-$service $service"
    for name in $order; do
      measure "$name"
      ready[$name]+="$ready_ms "; cpu[$name]+="$cpu_ready "; rss[$name]+="$rss_ready "; loaded[$name]+="$rss_loaded "; started[$name]+="$started_s "
      this_round[$name]="$ready_ms $cpu_ready $rss_ready $rss_loaded"
    done
    read -r s_ready s_cpu s_rss s_loaded <<< "${this_round[$service]}"
    read -r t_ready t_cpu t_rss t_loaded <<< "${this_round[twin-$service]}"
    ratio_ready[$service]+="$(ratio "$s_ready" "$t_ready") "; ratio_cpu[$service]+="$(ratio "$s_cpu" "$t_cpu") "; ratio_rss[$service]+="$(ratio "$s_rss" "$t_rss") "
    ratio_loaded[$service]+="$(ratio "$s_loaded" "$t_loaded") "
    printf 'round %d, %-19s ready %5d ms (twin %5d): %s; CPU %5s s (twin %5s): %s; RSS %6s MiB (twin %6s): %s; after the load %6s MiB (twin %6s): %s\n' \
      "$r" "$service" "$s_ready" "$t_ready" "$(ratio "$s_ready" "$t_ready")" "$s_cpu" "$t_cpu" "$(ratio "$s_cpu" "$t_cpu")" "$s_rss" "$t_rss" "$(ratio "$s_rss" "$t_rss")" \
      "$s_loaded" "$t_loaded" "$(ratio "$s_loaded" "$t_loaded")"
  done
done

verdict() {  # $1 ready ratio, $2 RSS ratio at ready, $3 RSS ratio after the load
  awk -v a="$1" -v b="$2" -v c="$3" 'BEGIN {
    misses = ""
    if (a > 1.5) misses = misses ", time to ready"
    if (b > 1.3) misses = misses ", RSS at ready"
    if (c > 1.3) misses = misses ", RSS after the load"
    print (misses == "") ? "met" : "**missed**: " substr(misses, 3) }'
}
table=""; firsts=""; misses=""
for service in $services; do
  twin=twin-$service
  rr=$(median "${ratio_ready[$service]}"); rs=$(median "${ratio_rss[$service]}"); rl=$(median "${ratio_loaded[$service]}")
  v=$(verdict "$rr" "$rs" "$rl")
  [ "$v" = met ] || misses+="${misses:+, }$service"
  table+="| $service | $(median "${ready[$service]}") / $(median "${ready[$twin]}") | **$rr** ($(range "${ratio_ready[$service]}"))"
  table+=" | $(median "${cpu[$service]}") / $(median "${cpu[$twin]}") | $(median "${ratio_cpu[$service]}") ($(range "${ratio_cpu[$service]}"))"
  table+=" | $(median "${rss[$service]}") / $(median "${rss[$twin]}") | **$rs** ($(range "${ratio_rss[$service]}"))"
  table+=" | $(median "${loaded[$service]}") / $(median "${loaded[$twin]}") | **$rl** ($(range "${ratio_loaded[$service]}")) | $v |"$'\n'
  firsts+="${firsts:+, }$service ${first[$service]} ms (twin ${first[$twin]} ms)"
done
quarkus_started=""
for service in $services; do
  quarkus_started+="${quarkus_started:+, }$service $(median "${started[$service]}") s (twin $(median "${started[twin-$service]}") s)"
done
header="| Service | Time to ready (ms): service / twin | ratio (rounds' range) | CPU to ready (s): service / twin | ratio (range) | RSS at ready (MiB): service / twin | ratio (range) | RSS after $requests GETs (MiB): service / twin | ratio (range) | Bar (≤ 1.5, ≤ 1.3) |
|---|---|---|---|---|---|---|---|---|---|"
echo
echo "Medians of $rounds rounds:"
echo "$header"
echo "$table"
echo "First starts on empty databases (migrations included): $firsts."
echo "Quarkus's own \"started in\" (medians): $quarkus_started."
echo "Missing the bar: ${misses:-none}."

if $write; then
  commit=$(git rev-parse --short HEAD)
  git diff --quiet HEAD -- . ':!docs/PERFORMANCE.md' || commit+=" with uncommitted changes"
  section=$(mktemp)
  cat > "$section" <<DOC
<!-- footprint:start (written by bench/footprint.sh --write) -->
\`bench/footprint.sh --write\` on $(date -u +%Y-%m-%d), commit $commit${changed:+, measuring $changed}: $rounds rounds,
each starting every service and its twin one after the other (the order flipping every round), on a
$(nproc)-core machine ($(uname -m), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end)
shared with PostgreSQL and Kafka (idle) and whatever else ran on it. JVM options as local-stack's:
-Xms64m -Xmx384m -XX:+UseSerialGC. Time to ready: from the process's start to \`/q/health/ready\`
answering 200 (polled every 50 ms). CPU to ready: the process's user and system time then, all threads
(steadier than the time on a shared machine; not part of the bar). RSS: VmRSS when ready, and after
$requests GETs of a cheap endpoint (a service: an API read with an admin token on an empty database; the
gateway: an API call without a token, which it refuses itself; a twin: its one endpoint). Ratios are
the medians of the rounds' ratios; the other figures are medians of the rounds.

$header
$table
First starts on empty databases, migrations included (not in the rounds): $firsts.
Quarkus's own "started in" (JVM start to the application started; medians): $quarkus_started.
<!-- footprint:end -->
DOC
  write_section footprint "$section"
fi
