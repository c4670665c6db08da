// A comparison's table: each metric across runs, with its change against the first run and whether that change
// is beyond run-to-run noise (the API's judgement). Pure functions.

const HIGHER_IS_BETTER = new Set(['actualRps']);
const NEUTRAL = new Set(['requests']);

/** Whether a higher value of a metric is better (+1), worse (-1) or neither (0). */
export function direction(metric) {
  if (HIGHER_IS_BETTER.has(metric)) {
    return 1;
  }
  if (NEUTRAL.has(metric)) {
    return 0;
  }
  return -1;
}

/**
 * Rows of a comparison: per metric its values, and per run after the first a verdict: 'better', 'worse' (beyond
 * noise), 'noise' (within it), 'same' (no change) or null (cannot be judged).
 */
export function deltaRows(comparison) {
  return (comparison?.metrics || []).map((m) => ({
    name: m.name,
    unit: m.unit,
    method: m.method,
    values: m.values,
    cells: m.values.map((value, i) => {
      if (i === 0) {
        return { value, delta: null, deltaPercent: null, verdict: null };
      }
      const delta = m.deltas?.[i] ?? null;
      return {
        value,
        delta,
        deltaPercent: m.deltaPercents?.[i] ?? null,
        verdict: verdict(m.name, delta, m.significant?.[i]),
      };
    }),
  }));
}

export function verdict(metric, delta, significant) {
  if (delta === null || delta === undefined) {
    return null;
  }
  if (delta === 0) {
    return 'same';
  }
  if (significant === false) {
    return 'noise';
  }
  if (significant !== true) {
    return null;
  }
  const d = direction(metric);
  if (d === 0) {
    return 'changed';
  }
  return Math.sign(delta) === d ? 'better' : 'worse';
}

/** A signed change with its percentage, "+3.09 (+121 %)". */
export function formatDelta(delta, deltaPercent) {
  if (delta === null || delta === undefined) {
    return '';
  }
  const sign = delta > 0 ? '+' : '';
  const d = `${sign}${Number(delta.toPrecision(3))}`;
  if (deltaPercent === null || deltaPercent === undefined || !Number.isFinite(deltaPercent)) {
    return d;
  }
  return `${d} (${deltaPercent > 0 ? '+' : ''}${Number(deltaPercent.toPrecision(3))} %)`;
}

/** Grouped bars: for each of the given percentiles, one value per run (fortio's multi-result view). */
export function percentileBars(results, keys = ['p50', 'p90', 'p99', 'p999']) {
  return keys.map((k) => ({
    key: k,
    values: results.map((r) => r?.summary?.latencyMs?.[k] ?? null),
  }));
}
