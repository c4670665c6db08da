import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deltaRows, verdict, formatDelta, percentileBars, direction } from '../../main/resources/META-INF/resources/ui/lib/deltas.js';

const comparison = {
  testIds: ['a', 'b', 'c'],
  metrics: [
    { name: 'actualRps', unit: 'requests/s', values: [300, 200, 299], deltas: [null, -100, -1], deltaPercents: [null, -33.3, -0.3], significant: [null, true, false], method: '2 %' },
    { name: 'latency.p99', unit: 'ms', values: [88, 20, 88], deltas: [null, -68, 0], deltaPercents: [null, -77, 0], significant: [null, true, null], method: 'ci' },
    { name: 'requests', unit: 'count', values: [10, 12, 10], deltas: [null, 2, 0], deltaPercents: [null, 20, 0], significant: [null, true, false], method: '2 %' },
  ],
};

test('lower throughput is worse, lower latency better, noise is noise', () => {
  const rows = deltaRows(comparison);
  assert.deepEqual(rows[0].cells.map((c) => c.verdict), [null, 'worse', 'noise']);
  assert.deepEqual(rows[1].cells.map((c) => c.verdict), [null, 'better', 'same']);
  assert.deepEqual(rows[2].cells.map((c) => c.verdict), [null, 'changed', 'same']);
});

test('a change the API cannot judge has no verdict', () => {
  assert.equal(verdict('latency.p50', 3, null), null);
  assert.equal(verdict('errorRate', 1, true), 'worse');
  assert.equal(direction('errorRate'), -1);
});

test('deltas read with their sign and percentage', () => {
  assert.equal(formatDelta(3.0921, 120.83), '+3.09 (+121 %)');
  assert.equal(formatDelta(-100, -33.333), '-100 (-33.3 %)');
  assert.equal(formatDelta(null, null), '');
});

test('grouped bars take each percentile of each run, null where a run has none', () => {
  const bars = percentileBars([{ summary: { latencyMs: { p50: 1, p99: 9 } } }, { summary: null }], ['p50', 'p99']);
  assert.deepEqual(bars, [{ key: 'p50', values: [1, null] }, { key: 'p99', values: [9, null] }]);
});
