import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minMax, lttb } from '../../main/resources/META-INF/resources/ui/lib/downsample.js';

function day() {
  // a 24-hour run: 86,400 points, a smooth wave with one spike and one dip
  const points = [];
  for (let i = 0; i < 86400; i++) {
    points.push([i * 1000, 10 + Math.sin(i / 3000)]);
  }
  points[43210][1] = 950;
  points[12345][1] = -5;
  return points;
}

test('min-max keeps at most the target, the first and last points, and every spike', () => {
  const points = day();
  const shown = minMax(points, 2000);
  assert.ok(shown.length <= 2000, `${shown.length} points`);
  assert.ok(shown.length > 1900);
  assert.deepEqual(shown[0], points[0]);
  assert.deepEqual(shown[shown.length - 1], points[points.length - 1]);
  assert.ok(shown.some((p) => p[1] === 950), 'the spike survives');
  assert.ok(shown.some((p) => p[1] === -5), 'the dip survives');
  for (let i = 1; i < shown.length; i++) {
    assert.ok(shown[i][0] > shown[i - 1][0], 'x order is kept');
  }
});

test('a short series is returned whole, as a copy', () => {
  const points = [[1, 2], [2, 3]];
  const shown = minMax(points, 100);
  assert.deepEqual(shown, points);
  assert.notEqual(shown, points);
  assert.deepEqual(lttb(points, 100), points);
});

test('LTTB keeps the target exactly, the ends, and the spike of a flat line', () => {
  const points = [];
  for (let i = 0; i < 10000; i++) {
    points.push([i, i === 5000 ? 100 : 1]);
  }
  const shown = lttb(points, 500);
  assert.equal(shown.length, 500);
  assert.deepEqual(shown[0], [0, 1]);
  assert.deepEqual(shown[499], [9999, 1]);
  assert.ok(shown.some((p) => p[1] === 100));
});
