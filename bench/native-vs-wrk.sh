#!/usr/bin/env bash
# Benchmark: meshperf's native engine against wrk, in alternation, on this machine, against nginx on loopback.
# Prints a table and writes docs/benchmarks.md. Bounded: every run has a fixed duration and targets 127.0.0.1 only.
#
#   bash bench/native-vs-wrk.sh [--rounds 3] [--duration 10] [--connections 32] [--threads 1] [--no-write]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"

ROUNDS=3 DURATION=10 CONNECTIONS=32 THREADS=1 WRITE=1 PORT="${BENCH_PORT:-18089}"
while (( $# )); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --no-write) WRITE=0; shift ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done

need() {
  local missing=()
  command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  [[ -x /usr/bin/time ]] || missing+=(time)
  command -v jq >/dev/null 2>&1 || missing+=(jq)
  command -v gcc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
  if (( ${#missing[@]} )); then
    echo "bench: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}
need
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

WORK="$(mktemp -d /tmp/meshperf-bench.XXXXXX)"
cleanup() { [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

cat > "$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 100000;
  client_body_temp_path $WORK/body;
  proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fastcgi;
  uwsgi_temp_path $WORK/uwsgi;
  scgi_temp_path $WORK/scgi;
  server {
    listen 127.0.0.1:$PORT;
    location / { return 200 "meshperf bench target\n"; }
  }
}
EOF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
URL="http://127.0.0.1:$PORT/"
for _ in $(seq 50); do curl -sf "$URL" >/dev/null && break; sleep 0.1; done

# the yardstick for scheduling lag: a minimal constant-rate client in C (wrk2 is not packaged), same queueing rule
OPEN_LOOP="$WORK/open-loop"
gcc -O2 -o "$OPEN_LOOP" "$ROOT/bench/open-loop.c"

# the engine's classpath, built by ./mvnw install (the launcher builds it when missing)
CLI="$ROOT/services/cli/target"
[[ -f "$CLI/runtime.classpath" ]] || ./mvnw -q -B install -DskipTests
JAVA=(java -XX:+UseParallelGC -Xms256m -Xmx512m
  -cp "$CLI/classes:$(cat "$CLI/runtime.classpath")" dev.meshperf.cli.LoadCommand)

# run_timed OUT CMD...: runs CMD, leaves stdout in OUT and "user sys maxrss_kb" in OUT.time
run_timed() { local out="$1"; shift; /usr/bin/time -f "%U %S %M" -o "$out.time" "$@" > "$out" 2>/dev/null; }

cpu_per_100k() { awk -v u="$1" -v s="$2" -v n="$3" 'BEGIN { printf "%.2f", (n > 0) ? (u + s) * 100000 / n : 0 }'; }

echo "bench: nginx on $URL, $CONNECTIONS connections, $THREADS thread(s), ${DURATION}s per run, $ROUNDS rounds"
# every native run has a 2 s warm-up (left out of its results), so the JIT is warm when measuring starts; wrk, in C,
# needs none. CPU and RSS include the warm-up and the JVM's start.
WARMUP=2s

declare -a WRK_RPS NATIVE_RPS WRK_CPU NATIVE_CPU NATIVE_RSS
for r in $(seq "$ROUNDS"); do
  run_timed "$WORK/wrk.$r" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$URL"
  w_rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.$r")
  w_req=$(awk '/requests in/ {print $1}' "$WORK/wrk.$r")
  read -r wu ws _ < "$WORK/wrk.$r.time"

  run_timed "$WORK/native.$r" "${JAVA[@]}" "$URL" -c "$CONNECTIONS" -t "$THREADS" -d "${DURATION}s" --warmup "$WARMUP" \
    -q --json
  n_rps=$(jq -r .actualRps "$WORK/native.$r")
  n_req=$(jq -r .requests "$WORK/native.$r")
  read -r nu ns nrss < "$WORK/native.$r.time"

  WRK_RPS+=("$w_rps"); NATIVE_RPS+=("$n_rps")
  WRK_CPU+=("$(cpu_per_100k "$wu" "$ws" "$w_req")"); NATIVE_CPU+=("$(cpu_per_100k "$nu" "$ns" "$n_req")")
  NATIVE_RSS+=("$((nrss / 1024))")
  printf 'round %d: wrk %10.0f req/s   native %10.0f req/s   ratio %.3f\n' "$r" "$w_rps" "$n_rps" \
    "$(awk -v a="$n_rps" -v b="$w_rps" 'BEGIN { print a / b }')"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
max_of() { printf '%s\n' "$@" | sort -g | tail -1; }
W=$(median "${WRK_RPS[@]}"); N=$(median "${NATIVE_RPS[@]}")
RATIO=$(awk -v a="$N" -v b="$W" 'BEGIN { printf "%.3f", a / b }')
RSS=$(max_of "${NATIVE_RSS[@]}")

# constant rate at 80 % of the engine's closed-loop throughput (the bar) and at 40 %, each in every round, the engine
# and then the C client at the same rate; the table gives medians over the rounds, the rounds line every value
declare -A V
constant_round() { # LABEL RATE ROUND
  local label="$1" rate="$2" r="$3" out="$WORK/constant.$1.$3"
  run_timed "$out" "${JAVA[@]}" "$URL" -c "$CONNECTIONS" -t "$THREADS" -d "${DURATION}s" --warmup "$WARMUP" \
    -r "$rate" -q --json
  V[$label.actual.$r]=$(jq -r .actualRps "$out")
  V[$label.requests.$r]=$(jq -r .requests "$out")
  V[$label.dropped.$r]=$(jq -r .dropped "$out")
  V[$label.error.$r]=$(awk -v a="${V[$label.actual.$r]}" -v r="$rate" \
    'BEGIN { d = (a - r) / r * 100; printf "%.3f", (d < 0) ? -d : d }')
  V[$label.lag.$r]=$(jq -r .schedulingLagMs.p99 "$out")
  V[$label.p99.$r]=$(jq -r .latencyMs.p99 "$out")
  read -r _ _ crss < "$out.time"
  RSS=$(max_of "$RSS" "$((crss / 1024))")
  "$OPEN_LOOP" 127.0.0.1 "$PORT" / "$CONNECTIONS" "$rate" "$DURATION" "${WARMUP%s}" > "$out.c"
  V[$label.clag.$r]=$(jq -r .schedulingLagMs.p99 "$out.c")
}
values() { local r; for r in $(seq "$ROUNDS"); do echo "${V[$1.$2.$r]}"; done; }
med() { median $(values "$1" "$2"); }
RATE=$(awk -v n="$N" 'BEGIN { printf "%d", n * 0.8 }')
LOW=$(awk -v n="$N" 'BEGIN { printf "%d", n * 0.4 }')
for r in $(seq "$ROUNDS"); do
  constant_round low "$LOW" "$r"
  constant_round high "$RATE" "$r"
  printf 'constant round %d: scheduling lag p99 at 80 %%: native %s ms, C %s ms; at 40 %%: native %s ms, C %s ms\n' "$r" \
    "${V[high.lag.$r]}" "${V[high.clag.$r]}" "${V[low.lag.$r]}" "${V[low.clag.$r]}"
done
H_DROPPED=$(values high dropped | awk '{ s += $1 } END { print s }')
L_DROPPED=$(values low dropped | awk '{ s += $1 } END { print s }')
H_ERR=$(max_of $(values high error)) L_ERR=$(max_of $(values low error))
H_LAG=$(med high lag) L_LAG=$(med low lag)

verdict() { awk -v v="$1" -v bar="$2" -v dir="$3" 'BEGIN { ok = (dir == "ge") ? (v >= bar) : (v <= bar); print ok ? "pass" : "FAIL" }'; }
TABLE=$(cat <<EOF
| measure | wrk | native | bar | verdict |
|---|---|---|---|---|
| closed loop req/s (median of $ROUNDS) | $W | $N | ratio >= 0.8 | $RATIO $(verdict "$RATIO" 0.8 ge) |
| CPU seconds per 100k requests (median) | $(median "${WRK_CPU[@]}") | $(median "${NATIVE_CPU[@]}") | | |
| runner peak RSS (MB) | | $RSS | <= 512 | $(verdict "$RSS" 512 le) |
| constant rate at 80 %: requested / median achieved req/s | | $RATE / $(med high actual) ($H_DROPPED dropped in $ROUNDS runs) | error <= 1 % | worst run $H_ERR % $(verdict "$H_ERR" 1 le) |
| constant rate at 80 %: scheduling lag p99 (ms, median of $ROUNDS) | | $H_LAG | <= 1 ms | $(verdict "$H_LAG" 1 le) |
| constant rate at 80 %: latency p99 (ms, median) | | $(med high p99) | | |
| at 40 %: requested / median achieved req/s | | $LOW / $(med low actual) ($L_DROPPED dropped in $ROUNDS runs) | error <= 1 % | worst run $L_ERR % $(verdict "$L_ERR" 1 le) |
| at 40 %: scheduling lag p99 / latency p99 (ms, medians) | | $L_LAG / $(med low p99) | lag <= 1 ms | $(verdict "$L_LAG" 1 le) |
| C open-loop client (\`bench/open-loop.c\`) at the same rates: scheduling lag p99 at 80 % / 40 % (ms, medians) | | $(med high clag) / $(med low clag) | | |
EOF
)
echo
echo "$TABLE"

if (( WRITE )); then
  bash "$ROOT/bench/section.sh" "$ROOT/docs/benchmarks.md" native-vs-wrk <<MD
## Native engine against wrk (\`bash bench/native-vs-wrk.sh\`)

Written on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m), $(java -version 2>&1 | head -1)).
Target: nginx $("$NGINX" -v 2>&1 | sed 's#.*/##'), one worker, \`return 200\`, keep-alive; $CONNECTIONS connections,
$THREADS client thread(s) (wrk \`-t\`, native \`--threads\`), ${DURATION} s per run, wrk and native in alternation,
$ROUNDS rounds; the client, nginx and the JVM share the machine's cores. CPU and peak RSS come from
\`/usr/bin/time\` around each client process (the JVM's start-up included).

$TABLE

Rounds (req/s): wrk ${WRK_RPS[*]}; native ${NATIVE_RPS[*]}.
Rounds (scheduling lag p99, ms): at 80 % native $(values high lag | xargs), C $(values high clag | xargs);
at 40 % native $(values low lag | xargs), C $(values low clag | xargs).

$(cat "$ROOT/bench/reading.md")
MD
  echo "bench: wrote the native-vs-wrk section of docs/benchmarks.md"
fi
