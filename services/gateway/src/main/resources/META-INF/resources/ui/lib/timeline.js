// One time axis for a run: its per-second rate and latency, the Prometheus series of its window and what changed
// in the cluster. Every point becomes [epoch milliseconds, value]. Pure functions.

/** Requests per second of each point: its requests over the time since the previous point (or the run's start). */
export function ratePoints(series, startAt) {
  const out = [];
  let previous = startAt ? Date.parse(startAt) : null;
  for (const p of series || []) {
    const end = Date.parse(p.end);
    const length = previous !== null && end > previous ? (end - previous) / 1000 : 1;
    out.push([end, p.requests / length]);
    previous = end;
  }
  return out;
}

/** Errors per second of each point, like ratePoints. */
export function errorPoints(series, startAt) {
  return ratePoints((series || []).map((p) => ({ end: p.end, requests: p.errors })), startAt);
}

/**
 * One latency percentile of each point ('p50Ms', 'p90Ms', 'p99Ms'); points without one (per-second counts of a tool
 * that gives latency only at its end) are left out rather than drawn as 0.
 */
export function latencyPoints(series, key) {
  return (series || []).filter((p) => p[key] !== null && p[key] !== undefined).map((p) => [Date.parse(p.end), p[key]]);
}

/** A Prometheus series' points ([epoch seconds, value]) in milliseconds. */
export function promPoints(points) {
  return (points || []).map(([t, v]) => [t * 1000, v]);
}

/** A readable name for a series: its labels without __name__, "pod=a, ns=b", or the query's name. */
export function seriesName(labels, fallback) {
  const entries = Object.entries(labels || {}).filter(([k]) => k !== '__name__');
  if (entries.length === 0) {
    return fallback;
  }
  return entries.map(([k, v]) => `${k}=${v}`).join(', ');
}

/**
 * Marks of what happened in the cluster during the run ({at, kind, subject, description} events of the run's
 * environment), kept to those inside [from, to] (epoch ms).
 */
export function eventMarks(events, from, to) {
  return (events || [])
    .map((e) => ({ at: Date.parse(e.at), label: e.kind || 'change', text: e.description || e.subject || '' }))
    .filter((e) => Number.isFinite(e.at) && (from === undefined || e.at >= from) && (to === undefined || e.at <= to))
    .sort((a, b) => a.at - b.at);
}

/** Each stored metric of an environment with its series as chart lines, errors kept to show beside them. */
export function environmentPanels(environment) {
  return (environment?.metrics || []).map((m) => ({
    title: `${m.name}`,
    subtitle: `${m.connection} · ${m.pack}`,
    connection: m.connection,
    query: m.query,
    error: m.error || null,
    lines: (m.series || []).map((s) => ({ name: seriesName(s.labels, m.name), points: promPoints(s.points) })),
  }));
}

/**
 * The failed panels said once per connection and error ("prod: unreachable (ConnectException) for cpu, memory"),
 * rather than one alert per query of a connection that could not be reached.
 */
export function failedPanels(panels) {
  const groups = new Map();
  for (const p of panels || []) {
    if (p.error) {
      const key = `${p.connection}\u0000${p.error}`;
      if (!groups.has(key)) {
        groups.set(key, { connection: p.connection, error: p.error, names: [] });
      }
      groups.get(key).names.push(p.title);
    }
  }
  return [...groups.values()];
}

/** Whether any panel has a point to draw: only then does the time axis widen to the environment's window. */
export function hasEnvironmentPoints(panels) {
  return (panels || []).some((p) => !p.error && p.lines.some((l) => l.points.length > 0));
}
