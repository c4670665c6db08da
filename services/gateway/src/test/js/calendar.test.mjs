import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarWeeks, firstDay } from '../../main/resources/META-INF/resources/ui/lib/calendar.js';

test('weeks start on Monday and end with the week of the last day', () => {
  // 2026-12-04 is a Friday
  const weeks = calendarWeeks([], '2026-12-04', 2);
  assert.equal(weeks.length, 2);
  assert.equal(weeks[0][0].date, '2026-11-23');
  assert.equal(weeks[1][4].date, '2026-12-04');
  assert.equal(weeks[1][5].outside, true);
  assert.equal(weeks[1][4].outside, false);
  assert.equal(firstDay('2026-12-04', 2), '2026-11-23');
});

test('levels split the busiest day in quarters and failures are kept', () => {
  const days = [
    { date: '2026-12-01', runs: 8, completed: 6, failed: 1, sloFailed: 1 },
    { date: '2026-12-02', runs: 1, completed: 1, failed: 0, sloFailed: 0 },
    { date: '2026-12-03', runs: 4, completed: 4, failed: 0, sloFailed: 0 },
  ];
  const cells = calendarWeeks(days, '2026-12-04', 1)[0];
  assert.deepEqual(cells.slice(0, 4).map((c) => c.level), [0, 4, 1, 2]);
  assert.equal(cells[1].failed, 2);
  assert.equal(cells.reduce((s, c) => s + c.runs, 0), 13);
});
