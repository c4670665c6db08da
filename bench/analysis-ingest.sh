#!/usr/bin/env bash
# Benchmark: one analysis instance ingesting samples through a real Kafka broker, with PostgreSQL behind it. Starts
# its own embedded stack (separate ports and state folder), floods it with the samples of many tests, and reports the
# ingest rate and how soon each test.completed follows its last final sample. Writes a section of docs/benchmarks.md.
#
#   bash bench/analysis-ingest.sh [TESTS=100] [SHARDS=4] [INTERVALS=50] [--no-write]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
TESTS="${1:-100}" SHARDS="${2:-4}" INTERVALS="${3:-50}" WRITE=1
[[ "${4:-}" == "--no-write" ]] && WRITE=0

export MESHPERF_HOME="$(mktemp -d /tmp/meshperf-bench-analysis.XXXXXX)"
export MESHPERF_KAFKA_PORT="${BENCH_KAFKA_PORT:-39092}" MESHPERF_KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-39093}"
export MESHPERF_PG_PORT="${BENCH_PG_PORT:-35432}" MESHPERF_SERVICES=analysis
cleanup() { ./meshperf down >/dev/null 2>&1 || true; rm -rf "$MESHPERF_HOME"; }
trap cleanup EXIT

DRIVER="$ROOT/bench/analysis-ingest/target"
[[ -f "$DRIVER/runtime.classpath" ]] || ./mvnw -q -B install -DskipTests
./meshperf up
# analysis must be consuming before the flood starts
for _ in $(seq 100); do curl -sf http://127.0.0.1:8092/q/health/ready >/dev/null && break; sleep 0.2; done

OUT="$(java -Xmx512m -cp "$DRIVER/classes:$(cat "$DRIVER/runtime.classpath")" dev.meshperf.bench.SampleFlood \
  "127.0.0.1:$MESHPERF_KAFKA_PORT" "$TESTS" "$SHARDS" "$INTERVALS")"
echo "$OUT"
RATE=$(echo "$OUT" | sed -n 's/.*ingest_samples_per_second=\([0-9]*\).*/\1/p')
P50=$(echo "$OUT" | sed -n 's/.*p50=\([0-9]*\).*/\1/p')
P95=$(echo "$OUT" | sed -n 's/.*p95=\([0-9]*\).*/\1/p')
MAX=$(echo "$OUT" | sed -n 's/.*max=\([0-9]*\).*/\1/p')
SAMPLES=$(echo "$OUT" | sed -n 's/.*samples=\([0-9]*\).*/\1/p')
verdict() { awk -v v="$1" -v bar="$2" -v dir="$3" 'BEGIN { ok = (dir == "ge") ? (v >= bar) : (v <= bar); print ok ? "pass" : "FAIL" }'; }

if (( WRITE )); then
  bash bench/section.sh docs/benchmarks.md analysis-ingest <<MD
## Analysis ingest (\`bash bench/analysis-ingest.sh\`)

$(date -u +%Y-%m-%d), $(nproc) cores: one analysis instance, Kafka and PostgreSQL on the same machine (embedded
default), $TESTS tests × $SHARDS shards × $((INTERVALS + 1)) samples = $SAMPLES samples, each with three histograms of
100 values, sent as fast as the broker takes them. The rate counts from the first sample sent to the last
\`test.completed\` received, so it includes storing every result.

| measure | value | bar | verdict |
|---|---|---|---|
| samples ingested per second | $RATE | >= 10000 | $(verdict "$RATE" 10000 ge) |
| test.completed after the last final sample, p50 / p95 / max (ms) | $P50 / $P95 / $MAX | max <= 500 | $(verdict "$MAX" 500 le) |

The completion delay is measured from the broker's acknowledgement of a test's last final sample to the arrival of
its \`test.completed\` at a consumer, so it includes the broker in both directions; with the whole flood queued, later
tests wait behind earlier samples, which the max shows.

Reading: both bars are missed. Found and fixed on the way: every histogram was allocated at its full 1-hour range
(about 190 KB each, three decoded per sample), and the per-second series kept one histogram per interval per open test
until the test ended, which ran analysis out of memory at 80,000 samples (267 samples/s then, one test never
finished). Histograms now auto-resize and an interval's histogram is reduced to its percentiles once every shard has
reported it. A thread dump then shows the consuming worker busy only a fraction of the time, so the limit is the
one-record-at-a-time blocking delivery; consuming \`test.samples\` in batches is the next step.
MD
  echo "bench: wrote the analysis-ingest section of docs/benchmarks.md"
fi
