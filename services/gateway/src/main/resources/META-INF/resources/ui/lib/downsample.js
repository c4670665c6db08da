// Fewer points for display, never for export: a 24-hour run has 86,400 points per series, a chart a few thousand
// pixels. Pure functions over [x, y] pairs sorted by x.

/**
 * Keeps the first and last point and, per bucket of consecutive points, the lowest and the highest (in x order), so
 * that spikes survive: at most `target` points (for target >= 4).
 */
export function minMax(points, target) {
  if (!points || points.length <= target || target < 4) {
    return points ? points.slice() : [];
  }
  const out = [points[0]];
  const inner = points.length - 2;
  const buckets = Math.floor((target - 2) / 2);
  const size = inner / buckets;
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor(b * size);
    const end = Math.min(points.length - 1, 1 + Math.floor((b + 1) * size));
    if (start >= end) {
      continue;
    }
    let lo = start;
    let hi = start;
    for (let i = start + 1; i < end; i++) {
      const y = points[i][1];
      if (y < points[lo][1]) {
        lo = i;
      }
      if (y > points[hi][1]) {
        hi = i;
      }
    }
    if (lo === hi) {
      out.push(points[lo]);
    } else if (lo < hi) {
      out.push(points[lo], points[hi]);
    } else {
      out.push(points[hi], points[lo]);
    }
  }
  out.push(points[points.length - 1]);
  return out;
}

/** Largest-triangle-three-buckets: the shape of a smooth series in `target` points (first and last kept). */
export function lttb(points, target) {
  if (!points || points.length <= target || target < 3) {
    return points ? points.slice() : [];
  }
  const out = [points[0]];
  const size = (points.length - 2) / (target - 2);
  let a = 0;
  for (let b = 0; b < target - 2; b++) {
    const nextStart = Math.floor((b + 1) * size) + 1;
    const nextEnd = Math.min(points.length, Math.floor((b + 2) * size) + 1);
    let avgX = 0;
    let avgY = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      avgX += points[i][0];
      avgY += points[i][1];
    }
    const n = Math.max(1, nextEnd - nextStart);
    avgX /= n;
    avgY /= n;
    const start = Math.floor(b * size) + 1;
    const end = Math.floor((b + 1) * size) + 1;
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((points[a][0] - avgX) * (points[i][1] - points[a][1])
        - (points[a][0] - points[i][0]) * (avgY - points[a][1]));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    out.push(points[best]);
    a = best;
  }
  out.push(points[points.length - 1]);
  return out;
}
