#!/usr/bin/env bash
# Benchmark: the web UI draws the result page of a 24-hour run (86,400 points per per-second series) in Debian's
# headless Chromium. Starts its own embedded stack (analysis and the gateway; separate broker and database ports and
# state folder; the services' own ports must be free), stores such a run through the real broker and analysis, then
# times the page from navigation to every chart drawn, as the UI draws it (thinned for display) and with every point
# drawn (?points=all), the peer measured in the same run. Writes a section of docs/benchmarks.md.
#
#   bash bench/ui-render.sh [SECONDS=86400] [ROUNDS=5] [--no-write]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
SECONDS_OF_RUN="${1:-86400}" ROUNDS="${2:-5}" WRITE=1
[[ "${3:-}" == "--no-write" ]] && WRITE=0

export MESHPERF_HOME="$(mktemp -d /tmp/meshperf-bench-ui.XXXXXX)"
export MESHPERF_KAFKA_PORT="${BENCH_KAFKA_PORT:-39092}" MESHPERF_KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-39093}"
export MESHPERF_PG_PORT="${BENCH_PG_PORT:-35432}" MESHPERF_SERVICES=analysis,gateway
cleanup() { ./meshperf down >/dev/null 2>&1 || true; rm -rf "$MESHPERF_HOME"; }
trap cleanup EXIT

command -v chromium >/dev/null && command -v chromedriver >/dev/null || bash .ci/install-test-deps
DRIVER="$ROOT/bench/analysis-ingest/target"
[[ -f "$DRIVER/runtime.classpath" ]] || ./mvnw -q -B install -DskipTests
./meshperf up
for _ in $(seq 150); do curl -sf http://127.0.0.1:8092/q/health/ready >/dev/null && break; sleep 0.2; done
bench() { java -Xmx512m -cp "$DRIVER/classes:$(cat "$DRIVER/runtime.classpath")" "$@"; }

STORED="$(bench dev.meshperf.bench.DayOfSamples "127.0.0.1:$MESHPERF_KAFKA_PORT" "$SECONDS_OF_RUN")"
echo "$STORED"
TEST_ID="$(echo "$STORED" | sed -n 's/.*testId=\([^ ]*\).*/\1/p')"
BYTES="$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:8090/api/results/$TEST_ID")"
OUT="$(bench dev.meshperf.bench.UiRender http://127.0.0.1:8090 "$TEST_ID" "$ROUNDS")"
echo "$OUT"
field() { echo "$OUT" | sed -n "s/.*$1=\([0-9]*\).*/\1/p"; }
POINTS="$(field points)" THINNED="$(field thinned_ms)" ALL="$(field all_points_ms)"
RATIO="$(awk -v a="$ALL" -v t="$THINNED" 'BEGIN { printf "%.2f", a / t }')"
VERDICT="$(awk -v t="$THINNED" 'BEGIN { print (t <= 2000) ? "pass" : "FAIL" }')"

if (( WRITE )); then
  bash bench/section.sh docs/benchmarks.md ui-render <<MD
## Web UI: the result page of a 24-hour run (\`bash bench/ui-render.sh\`, $(date -u +%Y-%m-%d))

One stored run of $POINTS one-second points (a day), its result JSON $((BYTES / 1024)) KiB, opened in Debian's
headless Chromium on this machine (2 cores, shared with the broker, PostgreSQL, analysis and the gateway); median of
$ROUNDS fresh page loads, from the navigation's start to every chart drawn (histogram, spectrum, the two
per-second charts), data download and JSON parsing included.

| drawing | time to every chart drawn | bar | verdict |
|---|---|---|---|
| as the UI draws it: each line thinned to at most 2,000 points (min-max per bucket, so spikes stay) | $THINNED ms | <= 2000 | $VERDICT |
| every point drawn (\`?points=all\`), the peer | $ALL ms | | |
| ratio, every point / thinned | $RATIO | | |

Exports (CSV, fortio JSON, HdrHistogram log) keep every point; only the charts are thinned, and the page says so
with a link to draw every point.
MD
  echo "bench: wrote the ui-render section of docs/benchmarks.md"
fi
