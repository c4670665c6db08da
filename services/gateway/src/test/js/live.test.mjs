import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergePoints, progress, latestRates } from '../../main/resources/META-INF/resources/ui/lib/live.js';
import { parseEvents, backoff } from '../../main/resources/META-INF/resources/ui/lib/sse.js';

test('a point resent after a reconnect is kept once, in interval order', () => {
  const merged = mergePoints([{ interval: 0, requests: 1 }, { interval: 1, requests: 2 }],
    [{ interval: 1, requests: 2 }, { interval: 3, requests: 4 }, { interval: 2, requests: 3 }]);
  assert.deepEqual(merged.map((p) => p.interval), [0, 1, 2, 3]);
});

test('progress shows the warm-up first, then the measured part, and stops at the total', () => {
  const start = '2026-12-04T10:00:00Z';
  const t = (s) => Date.parse(start) + s * 1000;
  assert.equal(progress(start, 5, 10, t(-2)).phase, 'waiting');
  const warm = progress(start, 5, 10, t(3));
  assert.equal(warm.phase, 'warm-up');
  assert.ok(Math.abs(warm.warmupFraction - 1 / 3) < 1e-9);
  assert.equal(progress(start, 5, 10, t(9)).phase, 'measuring');
  const late = progress(start, 5, 10, t(20));
  assert.equal(late.fraction, 1);
  assert.equal(late.phase, 'finishing');
  assert.equal(progress(null, 5, 10, t(1)).fraction, 0);
});

test('the latest rate divides by the point length', () => {
  const points = [{ interval: 0, end: '2026-12-04T10:00:01Z', requests: 100, errors: 0 }, { interval: 1, end: '2026-12-04T10:00:02Z', requests: 150, errors: 3, p50Ms: 1, p99Ms: 9 }];
  assert.deepEqual(latestRates(points, '2026-12-04T10:00:00Z'), { rps: 150, errorsPerSecond: 3, p50Ms: 1, p99Ms: 9 });
  assert.equal(latestRates([{ interval: 0, end: '2026-12-04T10:00:10Z', requests: 1000, errors: 0 }], '2026-12-04T10:00:00Z').rps, 100);
  assert.equal(latestRates([], null), null);
});

test('server-sent events are split, ids kept, partial events held back', () => {
  const [events, rest] = parseEvents('id: 3\ndata: {"a":1}\n\n: comment\ndata: {"b":\ndata: 2}\n\ndata: {"c"');
  assert.deepEqual(events, [{ id: '3', event: 'message', data: '{"a":1}' }, { id: null, event: 'message', data: '{"b":\n2}' }]);
  assert.equal(rest, 'data: {"c"');
  assert.deepEqual(parseEvents('data:{"x":1}\r\n\r\n')[0][0].data, '{"x":1}');
});

test('reconnects back off from half a second to eight', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6].map(backoff), [500, 1000, 2000, 4000, 8000, 8000]);
});

test('a refused stream stops at once, and headers are read again at each connect', async () => {
  const { follow } = await import('../../main/resources/META-INF/resources/ui/lib/sse.js');
  const seen = [];
  const answers = [503, 401];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url, init) => {
    seen.push(init.headers.Authorization);
    return new Response(null, { status: answers.shift() });
  };
  let token = 'Bearer old';
  const states = [];
  try {
    await new Promise((resolve) => {
      follow('/api/results/t/events', {
        headers: () => ({ Authorization: token }),
        onEvent: () => {},
        onState: (state, detail) => {
          states.push(detail === undefined ? state : `${state} ${detail}`);
          if (state === 'reconnecting') {
            token = 'Bearer new';
          }
          if (state === 'closed') {
            resolve();
          }
        },
      });
    });
  } finally {
    globalThis.fetch = realFetch;
  }
  assert.deepEqual(states, ['reconnecting 1', 'refused 401', 'closed']);
  assert.deepEqual(seen, ['Bearer old', 'Bearer new']);
});
