# Sourced by the benchmarks that start the platform themselves: `start_platform` starts it from this
# checkout on ports of its own with a fresh data folder, and it is stopped again when the benchmark
# ends, also when interrupted. Sets GATEWAY, the tokens (ADMIN_TOKEN, MANAGER_TOKEN, ANALYST_TOKEN),
# gateway_port, postgres_port and data (a scratch folder removed at the end). The packaged jars are
# needed: ./mvnw -q package -DskipTests.

[ -f local-stack/target/local-stack.jar ] || { echo "Package first: ./mvnw -q package -DskipTests" >&2; exit 1; }

free_port() {  # $1, or the first of the following tens with it and its three next ports free
  local port=$1
  while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null || (echo > "/dev/tcp/127.0.0.1/$((port + 1))") 2>/dev/null \
      || (echo > "/dev/tcp/127.0.0.1/$((port + 2))") 2>/dev/null || (echo > "/dev/tcp/127.0.0.1/$((port + 3))") 2>/dev/null; do
    port=$((port + 10))
  done
  echo "$port"
}

launcher=""
data=""
stop_platform() {
  if [ -n "$launcher" ] && kill -0 "$launcher" 2>/dev/null; then
    kill -TERM "$launcher"
    # the launcher stops the services, Kafka and PostgreSQL before it exits
    for _ in $(seq 1 120); do kill -0 "$launcher" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$launcher" 2>/dev/null && { echo "the launcher did not stop; killing it" >&2; kill -KILL "$launcher"; }
  fi
  [ -z "$data" ] || rm -rf "$data"
}

start_platform() {  # $1 a name for the data folder; further arguments go to the launcher
  local name=$1; shift
  gateway_port=$(free_port 18480); postgres_port=$(free_port 18432); kafka_port=$(free_port 18492)
  data=$(mktemp -d "/tmp/$name.XXXXXX")
  trap stop_platform EXIT
  trap 'exit 130' INT TERM
  echo "Starting the platform (gateway on port $gateway_port, PostgreSQL on $postgres_port, data in $data) ..."
  java -jar local-stack/target/local-stack.jar --port "$gateway_port" --postgres-port "$postgres_port" \
    --kafka-port "$kafka_port" --data-dir "$data" "$@" > "$data/launcher.log" 2>&1 &
  launcher=$!
  local deadline=$((SECONDS + 300))
  until [ -f "$data/tokens.env" ]; do
    kill -0 "$launcher" 2>/dev/null || { cat "$data/launcher.log" >&2; echo "the platform did not start" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "the platform was not ready within 300 s" >&2; exit 1; }
    sleep 1
  done
  source "$data/tokens.env"
}

# $1 method, $2 path, $3 token, $4 body: prints the answer, fails on anything but 2xx
call() {
  local out status
  out=$(curl -s -w '\n%{http_code}' -X "$1" "$GATEWAY$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' -d "$4")
  status=${out##*$'\n'}
  [[ $status == 2* ]] || { echo "$1 $2 answered $status: ${out%$'\n'*}" >&2; exit 1; }
  echo "${out%$'\n'*}"
}

median() { printf '%s\n' $1 | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
