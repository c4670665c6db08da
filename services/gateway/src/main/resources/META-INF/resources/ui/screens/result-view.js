// One result, drawn from the results API's answer (and the run's environment when there is one). The same code
// draws the result page and the offline report, so a report shows exactly what the page shows.
import { html } from 'meshperf/lib/html.js';
import { ms, rps, count, percent, seconds, bytes, dateTime, shortId, trim } from 'meshperf/lib/format.js';
import { markers } from 'meshperf/lib/histogram.js';
import { statusBadge, sloBadge } from 'meshperf/screens/screen.js';
import { timelineCards, drawTimeline } from 'meshperf/screens/result-timeline.js';
import { differencesList } from 'meshperf/screens/environment-changes.js';
import 'meshperf/charts/mp-histogram.js';
import 'meshperf/charts/mp-spectrum.js';

const STATS = [['min', 'min'], ['mean', 'mean'], ['p50', 'p50'], ['p90', 'p90'], ['p99', 'p99'], ['p999', 'p99.9'], ['p9999', 'p99.99'], ['max', 'max']];

function loadText(setup) {
  const load = setup?.load;
  if (!load) {
    return '–';
  }
  switch (load.type) {
    case 'constant': return `constant ${rps(load.rate)}`;
    case 'ramp': return `ramp ${rps(load.startRate)} → ${rps(load.endRate)}`;
    case 'steps': return `${(load.steps || []).length} steps`;
    default: return 'max (closed loop)';
  }
}

function statsRow(name, s) {
  return html`<tr><th scope="row">${name}</th>${STATS.map(([k]) => html`<td class="num">${s ? trim(s[k], 4) : '–'}</td>`)}</tr>`;
}

function alerts(r) {
  const out = [];
  if (r.status === 'CANCELLED') {
    out.push(html`<div class="alert info"><strong>Cancelled.</strong>The run was stopped before its planned end; its
      figures cover the time until then${r.reason ? ` (${r.reason})` : ''}. Requests left unsent by the cancel count as
      dropped, and no SLO is judged.</div>`);
  } else if (r.reason) {
    out.push(html`<div class="alert ${r.status === 'COMPLETED' ? 'info' : 'bad'}" role="alert"><strong>${r.status}:</strong>${r.reason}</div>`);
  }
  if (r.loadGenerator?.status === 'FALLING_BEHIND') {
    out.push(html`<div class="alert warn" data-testid="generator-warning"><strong>Load generator:</strong>${r.loadGenerator.detail}</div>`);
  }
  if (r.summary?.approximate) {
    out.push(html`<div class="alert info"><strong>Approximate latencies.</strong>${r.generator} reports percentiles rather
      than every value, so the histograms were rebuilt from its percentile spectrum.</div>`);
  }
  return out;
}

function keyFigures(r) {
  const s = r.summary || {};
  const errorRate = s.requests ? (100 * s.errors) / s.requests : null;
  const lat = s.latencyMs || {};
  return html`<div class="stats">
    <div class="stat"><div class="label">Requests</div><div class="value" data-testid="requests">${count(s.requests)}</div>
      <div class="hint">in ${seconds(s.durationSeconds)}</div></div>
    <div class="stat"><div class="label">Throughput</div><div class="value">${rps(s.actualRps)}</div>
      <div class="hint">${s.requestedRps ? `asked ${rps(s.requestedRps)}` : 'max (closed loop)'}</div></div>
    <div class="stat"><div class="label">Errors</div><div class="value">${count(s.errors)}</div>
      <div class="hint">${percent(errorRate)}</div></div>
    <div class="stat"><div class="label">p50</div><div class="value">${ms(lat.p50)}</div><div class="hint">median latency</div></div>
    <div class="stat"><div class="label">p99</div><div class="value">${ms(lat.p99)}</div><div class="hint">p99.9 ${ms(lat.p999)}</div></div>
    <div class="stat"><div class="label">Max</div><div class="value">${ms(lat.max)}</div><div class="hint">mean ${ms(lat.mean)}</div></div>
    <div class="stat"><div class="label">Dropped</div><div class="value">${count(s.dropped)}</div><div class="hint">${r.status === 'CANCELLED' ? 'includes what the cancel left unsent' : 'not sent in time'}</div></div>
    <div class="stat"><div class="label">Reconnects</div><div class="value">${s.reconnects === null || s.reconnects === undefined ? '–' : count(s.reconnects)}</div>
      <div class="hint">closed by the target</div></div>
  </div>`;
}

/** The SLO verdict shown for a run: none when it had no SLOs or was cancelled. */
export function sloPassed(r) {
  return r.status === 'CANCELLED' || !(r.slo?.checks || []).length ? null : r.slo.passed;
}

function verdicts(r) {
  const checks = r.status === 'CANCELLED' ? [] : r.slo?.checks || [];
  const b = r.baseline;
  return html`<section class="card" aria-labelledby="slo-h">
    <div class="card-head"><h2 id="slo-h">SLOs and baseline</h2><span class="spacer"></span>${sloBadge(sloPassed(r))}</div>
    ${checks.length ? html`<table><thead><tr><th>Check</th><th class="num">Actual</th><th>Verdict</th></tr></thead><tbody>
      ${checks.map((c) => html`<tr><td class="mono">${c.check.metric} ${c.check.op} ${c.check.threshold}</td>
        <td class="num">${c.actual === null || c.actual === undefined ? 'no data' : trim(c.actual, 4)}</td>
        <td><span class="badge ${c.passed ? 'ok' : 'bad'}">${c.passed ? 'passed' : 'failed'}</span></td></tr>`)}</tbody></table>`
      : html`<p class="muted">${r.status === 'CANCELLED' ? 'A cancelled run is not judged against its SLOs.' : 'This run had no SLOs.'}</p>`}
    ${b ? html`<p>Against baseline <a href="#/results/${encodeURIComponent(b.baselineTestId)}" class="mono">${shortId(b.baselineTestId)}</a>:
      ${b.passed === true ? html`<span class="badge ok">held up</span>` : b.passed === false
        ? html`<span class="badge bad">worse in ${(b.regressions || []).join(', ')}</span>`
        : html`<span class="muted">${b.reason || 'not judged'}</span>`}
      <a href="#/compare?ids=${encodeURIComponent(`${b.baselineTestId},${r.testId}`)}">compare →</a></p>
      ${b.environment ? html`<h3>What changed in the system since the baseline</h3>${b.environment.error
        ? html`<p class="muted">${b.environment.error}</p>` : differencesList((b.environment.runs || [])[0])}` : ''}` : ''}
  </section>`;
}

function details(r) {
  const s = r.summary || {};
  const codes = Object.entries(s.statusCodes || {});
  const classes = Object.entries(s.errorsByClass || {});
  const setup = r.setup || {};
  return html`<div class="grid two">
    <section class="card" aria-labelledby="setup-h"><h2 id="setup-h">Setup</h2><dl class="kv">
      <dt>Target</dt><dd class="mono">${(setup.targets || []).join(', ') || '–'}</dd>
      <dt>Protocol</dt><dd>${setup.protocol || '–'} ${setup.method || ''}</dd>
      <dt>Load</dt><dd>${loadText(setup)}</dd>
      <dt>Connections</dt><dd>${setup.connections ?? '–'} over ${r.shards} ${r.shards === 1 ? 'shard' : 'shards'}</dd>
      <dt>Duration</dt><dd>${seconds(setup.durationSeconds)}${setup.warmupSeconds ? ` after a ${seconds(setup.warmupSeconds)} warm-up` : ''}</dd>
      <dt>Generator</dt><dd>${r.generator || '–'}${r.runners?.length ? html` on ${r.runners.join(', ')}` : ''}</dd>
      <dt>Started</dt><dd>${dateTime(r.startAt)}</dd><dt>Ended</dt><dd>${dateTime(r.endedAt)}</dd>
      <dt>Sent / received</dt><dd>${bytes(s.bytesSent)} / ${bytes(s.bytesReceived)}</dd>
      ${Object.keys(r.labels || {}).length ? html`<dt>Labels</dt><dd>${Object.entries(r.labels).map(([k, v]) => html`<span class="badge">${k}=${v}</span> `)}</dd>` : ''}
    </dl></section>
    <section class="card" aria-labelledby="codes-h"><h2 id="codes-h">Status codes and errors</h2>
      <table><thead><tr><th>Status / error</th><th class="num">Count</th><th class="num">Share</th></tr></thead><tbody>
        ${codes.map(([k, v]) => html`<tr><td>${k}</td><td class="num">${count(v)}</td><td class="num">${percent(s.requests ? (100 * v) / s.requests : null)}</td></tr>`)}
        ${classes.map(([k, v]) => html`<tr><td>${k} <span class="muted">(no response)</span></td><td class="num">${count(v)}</td><td class="num">${percent(s.requests ? (100 * v) / s.requests : null)}</td></tr>`)}
        ${codes.length + classes.length === 0 ? html`<tr><td colspan="3" class="muted">none</td></tr>` : ''}
      </tbody></table>
      <h3 style="margin-top:16px">Per shard</h3>
      <div class="table-wrap"><table><thead><tr><th>Shard</th><th>Runner</th><th class="num">Requests</th><th class="num">Errors</th><th class="num">Dropped</th><th>State</th></tr></thead><tbody>
        ${(r.perShard || []).map((p) => html`<tr><td>${p.shard}</td><td class="mono">${p.runner || '–'}</td><td class="num">${count(p.requests)}</td>
          <td class="num">${count(p.errors)}</td><td class="num">${count(p.dropped)}</td>
          <td>${p.failure ? html`<span class="badge bad" title="${p.failure}">failed</span> ${p.failure}` : p.finished ? html`<span class="badge ok">finished</span>` : html`<span class="badge warn">missing</span>`}</td></tr>`)}
      </tbody></table></div>
    </section>
  </div>
  <section class="card" aria-labelledby="stats-h"><h2 id="stats-h">Latency statistics (ms)</h2><div class="table-wrap"><table>
    <thead><tr><th></th>${STATS.map(([, label]) => html`<th class="num">${label}</th>`)}</tr></thead>
    <tbody>${statsRow('latency', s.latencyMs)}${statsRow('service time', s.serviceTimeMs)}${statsRow('scheduling lag', r.schedulingLagMs)}</tbody>
  </table></div>
  <p class="muted">Latency is measured from each request's intended send time, so time a request waited because the
    target was slow counts (coordinated omission corrected); service time from its actual send; scheduling lag is the
    difference. ${r.loadGenerator?.status === 'OK' ? `${r.loadGenerator.detail.charAt(0).toUpperCase()}${r.loadGenerator.detail.slice(1)}.` : ''}</p></section>`;
}

/**
 * The markup of a result; `options.actions` is markup for the heading's buttons (none in a report), `options.allPoints`
 * draws every point of long series, `options.toggleHref` links to the other choice.
 */
export function resultMarkup(r, environment, options = {}) {
  const name = r.name || r.profile?.name || 'ad-hoc run';
  return html`<div class="page-head"><div><h1>${name} ${statusBadge(r.status)} ${sloBadge(sloPassed(r))}</h1>
      <div class="subtitle"><span class="mono">${r.testId}</span> · ${r.generator || ''} ·
        ${r.profile ? html`<a href="#/profiles/${encodeURIComponent(r.profile.id)}">profile v${r.profile.version}</a> ·` : ''}
        ${dateTime(r.startAt)}</div></div>
      <span class="spacer"></span>${options.actions || ''}</div>
    ${alerts(r)}
    ${keyFigures(r)}
    <div class="grid two" style="margin-top:16px">
      <section class="card" aria-labelledby="hist-h">
        <div class="card-head"><h2 id="hist-h">Latency histogram</h2><span class="spacer"></span>
          <div class="chart-tools"><label class="check"><input type="checkbox" data-toggle="hist-log"> log scale</label>
          <label class="check"><input type="checkbox" data-toggle="hist-service" checked> service time</label></div></div>
        <mp-histogram data-chart="histogram" size="tall"></mp-histogram>
        <p class="muted">${markers(r.summary?.latencyMs, ['p50', 'p90', 'p99', 'p999', 'p9999']).map((m) => `${m.label} ${ms(m.ms)}`).join(' · ')}</p>
      </section>
      <section class="card" aria-labelledby="spec-h">
        <div class="card-head"><h2 id="spec-h">Percentile spectrum</h2><span class="spacer"></span>
          <div class="chart-tools"><label class="check"><input type="checkbox" data-toggle="spec-log"> log scale</label></div></div>
        <mp-spectrum data-chart="spectrum" size="tall"></mp-spectrum>
        <p class="muted">Where the two lines part, requests waited for the target before they could be sent: a tool that
          times from the actual send would report the dashed line.</p>
      </section>
    </div>
    <div style="margin-top:16px">${verdicts(r)}</div>
    <div style="margin-top:16px">${timelineCards(r, environment, options)}</div>
    <div class="stack" style="margin-top:16px">${details(r)}</div>`;
}

/** Gives the charts inside `root` their data and wires the chart toggles. */
export function drawResult(root, r, environment, options = {}) {
  const s = r.summary || {};
  const hist = root.querySelector('[data-chart="histogram"]');
  const spec = root.querySelector('[data-chart="spectrum"]');
  const histData = () => ({
    latency: r.latencyHistogram || [],
    serviceTime: r.serviceTimeHistogram || null,
    markers: markers(s.latencyMs),
    log: root.querySelector('[data-toggle="hist-log"]').checked,
    showServiceTime: root.querySelector('[data-toggle="hist-service"]').checked,
  });
  const specData = () => ({
    lines: [
      { name: 'latency (from intended send)', percentiles: r.latencyPercentiles || [] },
      { name: 'service time (from actual send)', percentiles: r.serviceTimePercentiles || [], dashed: true },
    ],
    log: root.querySelector('[data-toggle="spec-log"]').checked,
  });
  hist.data = histData();
  spec.data = specData();
  root.querySelectorAll('[data-toggle^="hist-"]').forEach((t) => t.addEventListener('change', () => { hist.data = histData(); }));
  root.querySelector('[data-toggle="spec-log"]').addEventListener('change', () => { spec.data = specData(); });
  drawTimeline(root, r, environment, options);
}
