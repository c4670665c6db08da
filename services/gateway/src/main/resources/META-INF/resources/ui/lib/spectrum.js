// The percentile spectrum on HdrHistogram's axis: x = 1 / (1 - percentile), so 90 %, 99 %, 99.9 % ... are evenly
// spaced on a logarithmic axis and the tail gets the room it deserves. Pure functions.

/** The highest x drawn: 99.9999 %. A 100 % point (the maximum) is put one decade past the last finite point. */
export const MAX_X = 1e6;

export function inverse(percentile) {
  if (percentile >= 100) {
    return Infinity;
  }
  return 1 / (1 - percentile / 100);
}

/** [x, ms] points of a spectrum ({percentile, ms} as the results API gives them). */
export function spectrumPoints(percentiles) {
  const points = [];
  let lastX = 1;
  for (const p of percentiles || []) {
    let x = inverse(p.percentile);
    if (!Number.isFinite(x)) {
      x = Math.min(MAX_X, lastX * 10);
    }
    x = Math.min(MAX_X, x);
    if (points.length && x <= points[points.length - 1][0]) {
      // equal x after capping: keep the larger value
      points[points.length - 1][1] = Math.max(points[points.length - 1][1], p.ms);
      continue;
    }
    points.push([x, p.ms]);
    lastX = x;
  }
  return points;
}

/** The percentile an x stands for, as a label: 1 -> "0%", 10 -> "90%", 1000 -> "99.9%". */
export function tickLabel(x) {
  if (x <= 1) {
    return '0%';
  }
  const p = 100 * (1 - 1 / x);
  const digits = Math.max(0, Math.ceil(Math.log10(x)) - 2);
  return `${Number(p.toFixed(digits))}%`;
}
