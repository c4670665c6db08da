// The schedule builder without cron syntax: what a person picks (every N minutes or hours, daily, chosen weekdays,
// a day of the month, at a time) to the API's rule fields and back. Pure functions.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const KINDS = ['every', 'daily', 'weekly', 'monthly', 'cron'];

export function defaultRule() {
  return { kind: 'daily', everyN: 1, everyUnit: 'h', time: '09:00', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], monthDay: 1, cron: '' };
}

/**
 * The API fields of a rule: {fields} or {error: {field, reason}} when the choice is not complete (the API checks
 * the rest and names the field itself).
 */
export function ruleFields(rule) {
  switch (rule.kind) {
    case 'every': {
      const n = Number(rule.everyN);
      if (!Number.isInteger(n) || n < 1) {
        return { error: { field: 'every', reason: 'give a whole number of minutes or hours, 1 or more' } };
      }
      return { fields: { every: `${n}${rule.everyUnit === 'm' ? 'm' : 'h'}` } };
    }
    case 'daily':
      return timeOk(rule) || { fields: { daily: rule.time } };
    case 'weekly': {
      const days = WEEKDAYS.filter((d) => (rule.weekdays || []).includes(d));
      if (days.length === 0) {
        return { error: { field: 'weekly', reason: 'choose at least one day of the week' } };
      }
      return timeOk(rule) || { fields: { weekly: `${weekdayList(days)}@${rule.time}` } };
    }
    case 'monthly': {
      const day = Number(rule.monthDay);
      if (!Number.isInteger(day) || day < 1 || day > 31) {
        return { error: { field: 'monthly', reason: 'the day of the month is 1 to 31' } };
      }
      return timeOk(rule) || { fields: { monthly: `${day}@${rule.time}` } };
    }
    case 'cron':
      if (!rule.cron || !rule.cron.trim()) {
        return { error: { field: 'cron', reason: 'give five cron fields, for example 0 9 * * 1-5' } };
      }
      return { fields: { cron: rule.cron.trim() } };
    default:
      return { error: { field: 'rule', reason: `unknown rule kind '${rule.kind}'` } };
  }
}

function timeOk(rule) {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(rule.time || '')) {
    return { error: { field: rule.kind, reason: 'the time is HH:MM, 00:00 to 23:59' } };
  }
  return null;
}

function weekdayList(days) {
  const key = days.join(',');
  if (key === 'mon,tue,wed,thu,fri') {
    return 'weekdays';
  }
  if (key === 'sat,sun') {
    return 'weekends';
  }
  return key;
}

/** The builder's state from a saved schedule's rule fields (so editing starts where the schedule is). */
export function ruleFromSchedule(doc) {
  const rule = defaultRule();
  if (doc.every) {
    const m = /^(\d+)\s*([mh])$/.exec(doc.every.trim());
    rule.kind = 'every';
    if (m) {
      rule.everyN = Number(m[1]);
      rule.everyUnit = m[2];
    }
  } else if (doc.daily) {
    rule.kind = 'daily';
    rule.time = doc.daily;
  } else if (doc.weekly) {
    const [days, time] = doc.weekly.split('@');
    rule.kind = 'weekly';
    rule.time = time || rule.time;
    rule.weekdays = expandDays(days);
  } else if (doc.monthly) {
    const [day, time] = doc.monthly.split('@');
    rule.kind = 'monthly';
    rule.monthDay = Number(day);
    rule.time = time || rule.time;
  } else if (doc.cron) {
    rule.kind = 'cron';
    rule.cron = doc.cron;
  }
  return rule;
}

function expandDays(days) {
  if (days === 'weekdays') {
    return WEEKDAYS.slice(0, 5);
  }
  if (days === 'weekends') {
    return ['sat', 'sun'];
  }
  return days.split(',').map((d) => d.trim().toLowerCase()).filter((d) => WEEKDAYS.includes(d));
}
