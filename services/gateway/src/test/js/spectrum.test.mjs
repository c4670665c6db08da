import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inverse, spectrumPoints, tickLabel, MAX_X } from '../../main/resources/META-INF/resources/ui/lib/spectrum.js';

test('percentiles map to 1/(1-p): 0 -> 1, 90 -> 10, 99 -> 100, 99.9 -> 1000', () => {
  assert.equal(inverse(0), 1);
  assert.ok(Math.abs(inverse(90) - 10) < 1e-9);
  assert.ok(Math.abs(inverse(99) - 100) < 1e-9);
  assert.ok(Math.abs(inverse(99.9) - 1000) < 1e-6);
  assert.equal(inverse(100), Infinity);
});

test('the 100 % point (the maximum) lands one decade past the last finite point', () => {
  const points = spectrumPoints([
    { percentile: 0, ms: 1 }, { percentile: 50, ms: 2 }, { percentile: 99, ms: 9 }, { percentile: 100, ms: 30 },
  ]);
  assert.equal(points.length, 4);
  const [x, ms] = points[points.length - 1];
  assert.ok(Math.abs(x - 1000) < 1e-6, `x ${x}`);
  assert.equal(ms, 30);
  for (let i = 1; i < points.length; i++) {
    assert.ok(points[i][0] > points[i - 1][0], 'x strictly grows');
  }
});

test('points beyond 99.9999 % are capped and keep the larger value', () => {
  const points = spectrumPoints([{ percentile: 99.99999, ms: 5 }, { percentile: 99.999999, ms: 7 }]);
  assert.equal(points.length, 1);
  assert.deepEqual(points[0], [MAX_X, 7]);
});

test('ticks are labelled with the percentile they stand for', () => {
  assert.equal(tickLabel(1), '0%');
  assert.equal(tickLabel(10), '90%');
  assert.equal(tickLabel(100), '99%');
  assert.equal(tickLabel(1000), '99.9%');
  assert.equal(tickLabel(1e6), '99.9999%');
});
