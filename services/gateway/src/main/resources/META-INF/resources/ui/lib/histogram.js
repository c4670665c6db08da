// Latency histogram maths for charts. Pure functions.

/** The total count of a histogram's bars. */
export function total(buckets) {
  return (buckets || []).reduce((sum, b) => sum + b.count, 0);
}

/**
 * Each bar with its share and the cumulative share up to its upper edge, both in percent of the total, computed
 * from the counts (so they add up to exactly 100 at the last bar).
 */
export function cumulative(buckets) {
  const all = total(buckets);
  let running = 0;
  return (buckets || []).map((b) => {
    running += b.count;
    return {
      fromMs: b.fromMs,
      toMs: b.toMs,
      count: b.count,
      percent: all === 0 ? 0 : (100 * b.count) / all,
      cumulativePercent: all === 0 ? 0 : (100 * running) / all,
    };
  });
}

/** The percentile markers drawn over a histogram, from a result's latency statistics. */
export function markers(stats, wanted = ['p50', 'p90', 'p99', 'p999']) {
  if (!stats) {
    return [];
  }
  const names = { p50: 'p50', p75: 'p75', p90: 'p90', p95: 'p95', p99: 'p99', p999: 'p99.9', p9999: 'p99.99' };
  return wanted.filter((k) => stats[k] !== undefined && stats[k] !== null)
    .map((k) => ({ label: names[k] || k, ms: stats[k] }));
}

/** The index of the bar that holds a value (the last bar holds everything above). */
export function barOf(buckets, valueMs) {
  for (let i = 0; i < buckets.length; i++) {
    if (valueMs < buckets[i].toMs) {
      return i;
    }
  }
  return buckets.length - 1;
}

/** A bar's label, "2.2–2.73". */
export function barLabel(b) {
  const f = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  return `${f(b.fromMs)}–${f(b.toMs)}`;
}
