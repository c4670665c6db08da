// Live progress maths: merging streamed points (a reconnect may resend some), the progress against the planned
// duration with its warm-up, and the latest rates. Pure functions.

/** Adds new points to the known ones, one per interval, in interval order. */
export function mergePoints(known, incoming) {
  const byInterval = new Map(known.map((p) => [p.interval, p]));
  for (const p of incoming || []) {
    byInterval.set(p.interval, p);
  }
  return [...byInterval.values()].sort((a, b) => a.interval - b.interval);
}

/**
 * Where the run is: {elapsed, total, warmup, fraction, warmupFraction, phase} from its start instant, its warm-up
 * and measured seconds, and the current time (epoch ms).
 */
export function progress(startAt, warmupSeconds, durationSeconds, now) {
  const warmup = warmupSeconds || 0;
  const total = warmup + (durationSeconds || 0);
  if (!startAt || total <= 0) {
    return { elapsed: 0, total, warmup, fraction: 0, warmupFraction: 0, phase: 'waiting' };
  }
  const raw = (now - Date.parse(startAt)) / 1000;
  const elapsed = Math.max(0, Math.min(total, raw));
  const phase = raw < 0 ? 'waiting' : raw < warmup ? 'warm-up' : raw < total ? 'measuring' : 'finishing';
  return { elapsed, total, warmup, fraction: elapsed / total, warmupFraction: warmup / total, phase };
}

/** The last point's requests and errors per second (a point covers one second, or more for a one-shot tool). */
export function latestRates(points, startAt) {
  if (!points.length) {
    return null;
  }
  const last = points[points.length - 1];
  const before = points.length > 1 ? Date.parse(points[points.length - 2].end) : startAt ? Date.parse(startAt) : null;
  const end = Date.parse(last.end);
  const seconds = before !== null && end > before ? (end - before) / 1000 : 1;
  return { rps: last.requests / seconds, errorsPerSecond: last.errors / seconds, p50Ms: last.p50Ms, p99Ms: last.p99Ms };
}
