import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ratePoints, errorPoints, latencyPoints, promPoints, seriesName, eventMarks, environmentPanels } from '../../main/resources/META-INF/resources/ui/lib/timeline.js';

const series = [
  { interval: 0, end: '2026-12-04T10:00:01Z', requests: 200, errors: 2, p50Ms: 1, p90Ms: 2, p99Ms: 3 },
  { interval: 1, end: '2026-12-04T10:00:02Z', requests: 180, errors: 0, p50Ms: 1.5, p90Ms: 2.5, p99Ms: 9 },
];

test('rates divide each point by its length, so a run reported once shows its rate', () => {
  assert.deepEqual(ratePoints(series, '2026-12-04T10:00:00Z').map((p) => p[1]), [200, 180]);
  const once = [{ end: '2026-12-04T10:00:10Z', requests: 1000 }];
  assert.deepEqual(ratePoints(once, '2026-12-04T10:00:00Z'), [[Date.parse('2026-12-04T10:00:10Z'), 100]]);
  assert.deepEqual(errorPoints(series, '2026-12-04T10:00:00Z').map((p) => p[1]), [2, 0]);
});

test('run and Prometheus points share epoch milliseconds', () => {
  assert.deepEqual(latencyPoints(series, 'p99Ms'), [[Date.parse('2026-12-04T10:00:01Z'), 3], [Date.parse('2026-12-04T10:00:02Z'), 9]]);
  assert.deepEqual(promPoints([[1764842401, 0.5]]), [[1764842401000, 0.5]]);
});

test('series are named by their labels, without __name__', () => {
  assert.equal(seriesName({ __name__: 'up', job: 'x', pod: 'p' }, 'up'), 'job=x, pod=p');
  assert.equal(seriesName({}, 'rate'), 'rate');
});

test('cluster events inside the window become marks in time order', () => {
  const marks = eventMarks([
    { at: '2026-12-04T10:00:05Z', kind: 'restart', description: 'pod a restarted' },
    { at: '2026-12-04T10:00:02Z', kind: 'scale', subject: 'deploy b' },
    { at: '2026-12-04T11:00:00Z', kind: 'late' },
  ], Date.parse('2026-12-04T10:00:00Z'), Date.parse('2026-12-04T10:01:00Z'));
  assert.deepEqual(marks.map((m) => [m.label, m.text]), [['scale', 'deploy b'], ['restart', 'pod a restarted']]);
});

test('an environment becomes one panel per query, its error kept', () => {
  const panels = environmentPanels({ metrics: [
    { connection: 'local', pack: 'meshperf', name: 'up', query: 'up', series: [{ labels: { job: 'a' }, points: [[1, 1]] }], error: null },
    { connection: 'local', pack: 'istio', name: 'rps', query: 'bad(', series: [], error: 'bad_data' },
  ] });
  assert.equal(panels.length, 2);
  assert.deepEqual(panels[0].lines, [{ name: 'job=a', points: [[1000, 1]] }]);
  assert.equal(panels[1].error, 'bad_data');
});

test('a point without latency (counts only) is left out of the latency lines, not drawn as 0', () => {
  const series = [{ end: '2026-12-04T10:00:01Z', requests: 5, p99Ms: null }, { end: '2026-12-04T10:00:02Z', requests: 5, p99Ms: 7 }];
  assert.deepEqual(latencyPoints(series, 'p99Ms'), [[Date.parse('2026-12-04T10:00:02Z'), 7]]);
});

test('queries a connection could not answer are said once per connection and error', async () => {
  const { failedPanels, hasEnvironmentPoints } = await import('../../main/resources/META-INF/resources/ui/lib/timeline.js');
  const panels = environmentPanels({ metrics: [
    { connection: 'prod', pack: 'nodes', name: 'cpu', series: [], error: 'unreachable (ConnectException)' },
    { connection: 'prod', pack: 'nodes', name: 'memory', series: [], error: 'unreachable (ConnectException)' },
    { connection: 'local', pack: 'istio', name: 'rps', series: [], error: 'bad_data' },
  ] });
  assert.deepEqual(failedPanels(panels), [
    { connection: 'prod', error: 'unreachable (ConnectException)', names: ['cpu', 'memory'] },
    { connection: 'local', error: 'bad_data', names: ['rps'] },
  ]);
  assert.equal(hasEnvironmentPoints(panels), false, 'nothing to draw: the axis stays on the run');
  assert.equal(hasEnvironmentPoints(environmentPanels({ metrics: [{ connection: 'l', pack: 'p', name: 'up', series: [{ labels: {}, points: [[1, 1]] }] }] })), true);
});
