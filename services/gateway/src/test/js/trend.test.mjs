import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trendLines } from '../../main/resources/META-INF/resources/ui/lib/trend.js';

test('runs become oldest-first lines and the bad ones are flagged with why', () => {
  const runs = [
    { testId: 'c', status: 'COMPLETED', startAt: '2026-12-03T00:00:00Z', requests: 100, errors: 5, p50Ms: 2, p99Ms: 9, actualRps: 10, sloPassed: false, baselinePassed: false },
    { testId: 'b', status: 'FAILED', startAt: '2026-12-02T00:00:00Z', requests: 0, errors: 0, p50Ms: null, p99Ms: null, actualRps: 0, sloPassed: null },
    { testId: 'a', status: 'COMPLETED', startAt: '2026-12-01T00:00:00Z', requests: 200, errors: 0, p50Ms: 1, p99Ms: 4, actualRps: 20, sloPassed: true, baselinePassed: true },
    { testId: 'r', status: 'RUNNING', startAt: '2026-12-04T00:00:00Z', requests: null },
  ];
  const t = trendLines(runs);
  assert.deepEqual(t.runs.map((r) => r.testId), ['a', 'b', 'c']);
  assert.deepEqual(t.p99.map((p) => p[1]), [4, null, 9]);
  assert.deepEqual(t.errorRate.map((p) => p[1]), [0, null, 5]);
  assert.deepEqual(t.flagged.map((f) => [f.testId, f.why]), [['b', 'failed'], ['c', 'missed an SLO, worse than the baseline']]);
});

test('a cancelled run is flagged but left out of the lines', () => {
  const t = trendLines([
    { testId: 'x', status: 'CANCELLED', startAt: '2026-12-02T00:00:00Z', requests: 700, errors: 0, actualRps: 35 },
    { testId: 'y', status: 'COMPLETED', startAt: '2026-12-01T00:00:00Z', requests: 2000, errors: 0, actualRps: 100 },
  ]);
  assert.deepEqual(t.rps.map((p) => p[1]), [100]);
  assert.deepEqual(t.flagged.map((f) => [f.testId, f.why]), [['x', 'cancelled']]);
});
