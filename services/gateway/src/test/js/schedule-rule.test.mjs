import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleFields, ruleFromSchedule, defaultRule } from '../../main/resources/META-INF/resources/ui/lib/schedule-rule.js';

test('each kind of rule becomes the API field it stands for', () => {
  assert.deepEqual(ruleFields({ ...defaultRule(), kind: 'every', everyN: 15, everyUnit: 'm' }).fields, { every: '15m' });
  assert.deepEqual(ruleFields({ ...defaultRule(), kind: 'daily', time: '06:30' }).fields, { daily: '06:30' });
  assert.deepEqual(ruleFields({ ...defaultRule(), kind: 'weekly', weekdays: ['fri', 'mon'], time: '09:00' }).fields, { weekly: 'mon,fri@09:00' });
  assert.deepEqual(ruleFields({ ...defaultRule(), kind: 'weekly' }).fields, { weekly: 'weekdays@09:00' });
  assert.deepEqual(ruleFields({ ...defaultRule(), kind: 'weekly', weekdays: ['sun', 'sat'] }).fields, { weekly: 'weekends@09:00' });
  assert.deepEqual(ruleFields({ ...defaultRule(), kind: 'monthly', monthDay: 31, time: '23:59' }).fields, { monthly: '31@23:59' });
  assert.deepEqual(ruleFields({ ...defaultRule(), kind: 'cron', cron: ' 0 9 * * 1-5 ' }).fields, { cron: '0 9 * * 1-5' });
});

test('an incomplete choice names the field and says why', () => {
  assert.equal(ruleFields({ ...defaultRule(), kind: 'weekly', weekdays: [] }).error.field, 'weekly');
  assert.match(ruleFields({ ...defaultRule(), kind: 'daily', time: '25:00' }).error.reason, /HH:MM/);
  assert.equal(ruleFields({ ...defaultRule(), kind: 'every', everyN: 0 }).error.field, 'every');
  assert.equal(ruleFields({ ...defaultRule(), kind: 'monthly', monthDay: 32 }).error.field, 'monthly');
  assert.equal(ruleFields({ ...defaultRule(), kind: 'cron', cron: '' }).error.field, 'cron');
});

test('a saved rule opens the builder where it is', () => {
  for (const doc of [{ every: '2h' }, { daily: '07:15' }, { weekly: 'tue,thu@18:00' }, { weekly: 'weekdays@09:00' }, { monthly: '15@06:00' }, { cron: '*/5 * * * *' }]) {
    assert.deepEqual(ruleFields(ruleFromSchedule(doc)).fields, doc);
  }
});
