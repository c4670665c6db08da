// A calendar of runs by day, as weeks of seven cells (Monday first), shaded by how many runs started. Pure.

function iso(date) {
  return date.toISOString().slice(0, 10);
}

function addDays(date, n) {
  const d = new Date(date.getTime());
  d.setUTCDate(d.getUTCDate() + n);
  return d;
}

/** Monday = 0 ... Sunday = 6. */
function weekday(date) {
  return (date.getUTCDay() + 6) % 7;
}

/**
 * Weeks ending with the week of `lastDay` (YYYY-MM-DD): `weeks` columns of 7 cells {date, runs, failed, level,
 * outside}. `days` are the API's {date, runs, completed, failed, sloFailed}; a day after lastDay is `outside`.
 * Levels 0..4 split the busiest day's count in quarters.
 */
export function calendarWeeks(days, lastDay, weeks = 12) {
  const byDate = new Map((days || []).map((d) => [d.date, d]));
  const end = new Date(`${lastDay}T00:00:00Z`);
  const start = addDays(end, -weekday(end) - 7 * (weeks - 1));
  const busiest = Math.max(1, ...[...byDate.values()].map((d) => d.runs));
  const columns = [];
  for (let w = 0; w < weeks; w++) {
    const cells = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(start, 7 * w + d);
      const day = byDate.get(iso(date));
      const runs = day ? day.runs : 0;
      cells.push({
        date: iso(date),
        runs,
        failed: day ? day.failed + day.sloFailed : 0,
        level: runs === 0 ? 0 : Math.min(4, Math.ceil((4 * runs) / busiest)),
        outside: date > end,
      });
    }
    columns.push(cells);
  }
  return columns;
}

/** The first day a calendar of `weeks` weeks ending with lastDay's week shows, for the API's `from`. */
export function firstDay(lastDay, weeks = 12) {
  const end = new Date(`${lastDay}T00:00:00Z`);
  return iso(addDays(end, -weekday(end) - 7 * (weeks - 1)));
}
