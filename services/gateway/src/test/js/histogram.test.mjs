import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cumulative, total, markers, barOf, barLabel } from '../../main/resources/META-INF/resources/ui/lib/histogram.js';

const bars = [
  { fromMs: 1, toMs: 2, count: 600, percent: 60 },
  { fromMs: 2, toMs: 4, count: 300, percent: 30 },
  { fromMs: 4, toMs: 8, count: 0, percent: 0 },
  { fromMs: 8, toMs: 16, count: 100, percent: 10 },
];

test('the cumulative share ends at exactly 100 % and grows with each bar', () => {
  const c = cumulative(bars);
  assert.equal(total(bars), 1000);
  assert.deepEqual(c.map((b) => b.cumulativePercent), [60, 90, 90, 100]);
  assert.deepEqual(c.map((b) => b.percent), [60, 30, 0, 10]);
});

test('shares are computed from counts, not from the rounded percentages', () => {
  const c = cumulative([{ fromMs: 1, toMs: 2, count: 1, percent: 33.333 }, { fromMs: 2, toMs: 3, count: 2, percent: 66.667 }]);
  assert.equal(c[1].cumulativePercent, 100);
  assert.ok(Math.abs(c[0].percent - 100 / 3) < 1e-12);
});

test('an empty histogram has no shares rather than NaN', () => {
  assert.deepEqual(cumulative([{ fromMs: 1, toMs: 2, count: 0 }]).map((b) => b.cumulativePercent), [0]);
  assert.deepEqual(cumulative(null), []);
});

test('percentile markers come from the result statistics, in the order asked', () => {
  const m = markers({ p50: 2.5, p90: 5.6, p99: 88.3, p999: 146.1, p9999: 158 });
  assert.deepEqual(m, [{ label: 'p50', ms: 2.5 }, { label: 'p90', ms: 5.6 }, { label: 'p99', ms: 88.3 }, { label: 'p99.9', ms: 146.1 }]);
  assert.deepEqual(markers(null), []);
});

test('a value falls in the bar whose range holds it, the largest in the last', () => {
  assert.equal(barOf(bars, 1.5), 0);
  assert.equal(barOf(bars, 2), 1);
  assert.equal(barOf(bars, 1000), 3);
  assert.equal(barLabel(bars[0]), '1.00–2.00');
});
