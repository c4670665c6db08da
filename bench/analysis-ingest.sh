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

flood() {
  java -Xmx512m -cp "$DRIVER/classes:$(cat "$DRIVER/runtime.classpath")" dev.meshperf.bench.SampleFlood \
    "127.0.0.1:$MESHPERF_KAFKA_PORT" "$@"
}
field() { echo "$1" | sed -n "s/.*$2=\([0-9]*\).*/\1/p"; }

# 0. warm-up: analysis is a long-running service; measure it after the JIT compiled its hot paths, not during
for _ in 1 2; do flood 200 "$SHARDS" 50 >/dev/null; done
# 1. the flood: every sample of every test queued at once, to measure the ingest rate
OUT="$(flood "$TESTS" "$SHARDS" "$INTERVALS")"
echo "$OUT"
RATE=$(field "$OUT" ingest_samples_per_second)
P50=$(field "$OUT" p50)
P95=$(field "$OUT" p95)
MAX=$(field "$OUT" max)
SAMPLES=$(field "$OUT" samples)
# 2. a steady load peaking at 10,000 samples/s, tests starting and ending one after another, to measure how soon a
#    result follows its last final sample while analysis is busy
STEADY="$(flood 200 "$SHARDS" 50 10000 staggered)"
echo "$STEADY"
S50=$(field "$STEADY" p50)
S95=$(field "$STEADY" p95)
SMAX=$(field "$STEADY" max)
# 3. a burst: 200 tests ending within the same 0.3 s
BURST="$(flood 200 "$SHARDS" 30 2500)"
echo "$BURST"
B50=$(field "$BURST" p50)
B95=$(field "$BURST" p95)
BMAX=$(field "$BURST" max)
# 4. a light load (what a few running tests send)
LIGHT="$(flood 10 "$SHARDS" 5)"
echo "$LIGHT"
L50=$(field "$LIGHT" p50)
L95=$(field "$LIGHT" p95)
LMAX=$(field "$LIGHT" max)
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
| samples ingested per second (flood) | $RATE | >= 10000 | $(verdict "$RATE" 10000 ge) |
| test.completed after the last final sample, steady load peaking at 10,000 samples/s: p50 / p95 / max (ms) | $S50 / $S95 / $SMAX | max <= 500 | $(verdict "$SMAX" 500 le) |
| the same, light load (10 tests): p50 / p95 / max (ms) | $L50 / $L95 / $LMAX | max <= 500 | $(verdict "$LMAX" 500 le) |
| the same, a burst of 200 tests ending within 0.3 s: p50 / p95 / max (ms) | $B50 / $B95 / $BMAX | | |
| the same in the flood, where tests queue behind each other: p50 / p95 / max (ms) | $P50 / $P95 / $MAX | | |

How it is measured: analysis is warmed up first with two floods of 200 tests (40,800 samples), as a running
service is; every sample is serialized before the clock starts, so the producer only sends bytes. The completion
delay runs from the broker's acknowledgement of a test's last final sample to the arrival of its \`test.completed\`
at a consumer, so it includes the broker in both directions. The steady load is 200 tests × $SHARDS shards × 51
samples, each test sending one sample per shard per period, the tests starting one after another over a test's
length (so they also end one after another), the rate peaking at 10,000 samples/s half-way. The burst is 200 tests
× $SHARDS shards × 31 samples at 2,500 samples/s with every test in step, so all of them end within one period. The
light load is 10 tests × $SHARDS shards × 6 samples sent at once.

Reading: the Kafka consumer hands each poll to the merging threads as one batch (\`batch=true\`; per-record
messages, tracing spans and context propagation had cost as much as the merge), records go to ingest lanes by test
id without a thread hop per record, and interval histograms are merged from their compressed encoding as sparse
counts, never decoded into a full histogram. Finished tests are stored by a separate finisher, up to 50 that end
together in one transaction, so merging goes on while results are written and a burst of endings costs a few
commits (storing a test takes about 3 ms of that thread's time: summary, three encoded histograms, the series rows).
The flood's completion delays are queueing: every sample of every test is in the broker before the first test can
end. The machine's two cores are shared by the broker, PostgreSQL, analysis and the producer.
MD
  echo "bench: wrote the analysis-ingest section of docs/benchmarks.md"
fi
