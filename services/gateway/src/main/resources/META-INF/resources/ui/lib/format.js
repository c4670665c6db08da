// Numbers, durations and times as people read them. Pure functions.

const NBSP = '\u00a0';

/** Milliseconds with 3 significant digits at most ("0.512 ms", "12.3 ms", "1.24 s"). */
export function ms(value) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '–';
  }
  if (value >= 1000) {
    return `${trim(value / 1000, 3)}${NBSP}s`;
  }
  return `${trim(value, 3)}${NBSP}ms`;
}

/** Requests per second ("1,234 req/s", "12.5 req/s"). */
export function rps(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  return `${value >= 100 ? Math.round(value).toLocaleString('en-US') : trim(value, 3)}${NBSP}req/s`;
}

/** An integer with thousands separators. */
export function count(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  return Math.round(value).toLocaleString('en-US');
}

/** A share as a percentage ("0.25 %", "12 %"). */
export function percent(value, digits = 3) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '–';
  }
  return `${trim(value, digits)}${NBSP}%`;
}

/** Seconds as "1h 2m 3s", "45s", "1.5s". */
export function seconds(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  if (value < 60) {
    return `${trim(value, 3)}s`;
  }
  const total = Math.round(value);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h ? `${h}h` : '', m ? `${m}m` : '', s ? `${s}s` : ''].filter(Boolean).join(' ');
}

/** Bytes as "512 B", "1.5 KiB", "3.2 MiB". */
export function bytes(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = value;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : trim(v, 3)}${NBSP}${units[i]}`;
}

/** A number with at most `digits` significant digits, without trailing zeros. */
export function trim(value, digits = 3) {
  if (value === 0) {
    return '0';
  }
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, Math.min(6, digits - 1 - magnitude));
  return Number(value.toFixed(decimals)).toLocaleString('en-US', { maximumFractionDigits: decimals });
}

/** An instant in the viewer's time zone, "2026-12-04 23:29:08". */
export function dateTime(iso) {
  if (!iso) {
    return '–';
  }
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
    + `:${pad(d.getSeconds())} ${zoneName(d)}`;
}

/** The viewer's time zone as a short name ("UTC", "CET", "GMT+2"), so a time on screen says which clock it is. */
export function zoneName(date = new Date()) {
  const part = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' }).formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part ? part.value : '';
}

/** How long ago an instant was, relative to `now` ("just now", "5 min ago", "3 h ago", "2 days ago"). */
export function ago(iso, now = Date.now()) {
  if (!iso) {
    return '–';
  }
  const s = Math.round((now - new Date(iso).getTime()) / 1000);
  if (s < 0) {
    return `in ${until(-s)}`;
  }
  if (s < 45) {
    return 'just now';
  }
  return `${until(s)} ago`;
}

function until(s) {
  if (s < 3600) {
    return `${Math.max(1, Math.round(s / 60))} min`;
  }
  if (s < 86400) {
    return `${Math.round(s / 3600)} h`;
  }
  const days = Math.round(s / 86400);
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** A short id for tables: the first 8 characters of a UUID. */
export function shortId(id) {
  return id ? String(id).slice(0, 8) : '–';
}

/** An instant as a wall-clock time in a time zone, "Mon 2026-12-07 09:30" (the zone's own weekday and date). */
export function zonedDateTime(iso, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
