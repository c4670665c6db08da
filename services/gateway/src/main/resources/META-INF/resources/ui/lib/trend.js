// A profile's trend: its runs in time order as chart lines, with the runs that failed their SLOs or their
// baseline picked out. Pure functions.

/** Runs (the results list, newest first) to oldest-first points of each metric: [epoch ms, value]. */
export function trendLines(runs) {
  const all = [...(runs || [])].filter((r) => r.startAt && r.requests !== null && r.requests !== undefined)
    .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt));
  // a cancelled run stopped early on purpose: its figures are no point of the trend, only a flag
  const ordered = all.filter((r) => r.status !== 'CANCELLED');
  const at = (r) => Date.parse(r.startAt);
  return {
    p50: ordered.map((r) => [at(r), r.p50Ms ?? null]),
    p99: ordered.map((r) => [at(r), r.p99Ms ?? null]),
    rps: ordered.map((r) => [at(r), r.actualRps ?? null]),
    errorRate: ordered.map((r) => [at(r), r.requests ? (100 * (r.errors || 0)) / r.requests : null]),
    flagged: all.filter((r) => r.sloPassed === false || r.baselinePassed === false || (r.status !== 'COMPLETED'))
      .map((r) => ({ at: at(r), testId: r.testId, why: why(r) })),
    runs: ordered,
  };
}

function why(r) {
  const reasons = [];
  if (r.status !== 'COMPLETED') {
    reasons.push(r.status.toLowerCase());
  }
  if (r.sloPassed === false) {
    reasons.push('missed an SLO');
  }
  if (r.baselinePassed === false) {
    reasons.push('worse than the baseline');
  }
  return reasons.join(', ');
}
