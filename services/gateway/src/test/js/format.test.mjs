import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ms, rps, count, seconds, bytes, trim, ago, shortId, zonedDateTime } from '../../main/resources/META-INF/resources/ui/lib/format.js';
import { html, raw } from '../../main/resources/META-INF/resources/ui/lib/html.js';

test('numbers read as people write them', () => {
  assert.equal(ms(2.5591), '2.56\u00a0ms');
  assert.equal(ms(1240), '1.24\u00a0s');
  assert.equal(ms(null), '–');
  assert.equal(rps(1234.4), '1,234\u00a0req/s');
  assert.equal(rps(12.55), '12.6\u00a0req/s');
  assert.equal(count(4000), '4,000');
  assert.equal(seconds(3723), '1h 2m 3s');
  assert.equal(seconds(1.5), '1.5s');
  assert.equal(bytes(1536), '1.5\u00a0KiB');
  assert.equal(trim(0.000123, 3), '0.000123');
  assert.equal(shortId('8f4eeec3-4ee1'), '8f4eeec3');
});

test('relative times', () => {
  const now = Date.parse('2026-12-04T12:00:00Z');
  assert.equal(ago('2026-12-04T11:59:50Z', now), 'just now');
  assert.equal(ago('2026-12-04T11:55:00Z', now), '5 min ago');
  assert.equal(ago('2026-12-02T12:00:00Z', now), '2 days ago');
  assert.equal(ago('2026-12-04T15:00:00Z', now), 'in 3 h');
});

test('interpolated values are escaped, nested templates are not', () => {
  const name = '<img src=x onerror=alert(1)>';
  assert.equal(String(html`<td>${name}</td>`), '<td>&lt;img src=x onerror=alert(1)&gt;</td>');
  assert.equal(String(html`<tr>${[html`<td>${'a&b'}</td>`, raw('<td>x</td>')]}</tr>`), '<tr><td>a&amp;b</td><td>x</td></tr>');
  assert.equal(String(html`<p title="${'"q"'}">${null}${0}</p>`), '<p title="&quot;q&quot;">0</p>');
});

test('a fire time reads as the wall clock of its zone, weekday and date included', () => {
  assert.equal(zonedDateTime('2026-12-07T08:30:00Z', 'Europe/Paris'), 'Mon 2026-12-07 09:30');
  assert.equal(zonedDateTime('2026-12-07T23:30:00Z', 'Asia/Tokyo'), 'Tue 2026-12-08 08:30');
  assert.equal(zonedDateTime('2026-07-01T07:30:00Z', 'Europe/Paris'), 'Wed 2026-07-01 09:30');
});
