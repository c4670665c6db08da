// A run on one time axis: its per-second throughput, errors and latency beside the Prometheus and Grafana series
// of its window and the cluster's changes, all charts sharing one cursor.
import { html } from 'meshperf/lib/html.js';
import { dateTime } from 'meshperf/lib/format.js';
import { ratePoints, errorPoints, latencyPoints, environmentPanels, eventMarks, failedPanels, hasEnvironmentPoints } from 'meshperf/lib/timeline.js';
import { DISPLAY_POINTS } from 'meshperf/charts/mp-time-chart.js';

function environmentNote(environment) {
  if (!environment) {
    return html`<p class="muted">The run's environment could not be read from the metrics collector.</p>`;
  }
  if (environment.status === 'PENDING') {
    return html`<p class="muted">The cluster's series for this run are still being collected; reload in a minute.</p>`;
  }
  if (!(environment.metrics || []).length) {
    return html`<p class="muted">No Prometheus or Grafana series were stored with this run.
      <a href="#/connections">Connect a Prometheus</a> to see what the cluster was doing on this axis.</p>`;
  }
  return '';
}

export function timelineCards(r, environment, options = {}) {
  const panels = environmentPanels(environment);
  const long = (r.series || []).length > DISPLAY_POINTS;
  const changes = environment?.kubernetes?.changes || [];
  const timeline = environment?.timeline || [];
  return html`<section class="card" aria-labelledby="time-h">
    <div class="card-head"><h2 id="time-h">On one time axis</h2><span class="spacer"></span>
      <span class="muted">${(r.series || []).length} seconds · shared cursor</span></div>
    ${long ? html`<p class="muted">${options.allPoints ? 'Every point is drawn.' : `Thinned to ${DISPLAY_POINTS} points per line for display (spikes kept); exports keep every point.`}
      ${options.toggleHref ? html`<a href="${options.toggleHref}">${options.allPoints ? 'Thin them again' : 'Draw every point'}</a>` : ''}</p>` : ''}
    <h3>Throughput and errors</h3><mp-time-chart data-chart="rate" size="short"></mp-time-chart>
    <h3>Latency per second</h3><mp-time-chart data-chart="latency" size="short"></mp-time-chart>
    ${panels.map((p, i) => (p.error ? '' : html`<h3>${p.title} <span class="muted">${p.subtitle}</span></h3>
      <mp-time-chart data-chart="env" data-panel="${i}" size="short"></mp-time-chart>`))}
    ${failedPanels(panels).map((f) => html`<div class="alert bad" data-testid="series-failed"><strong>${f.connection}:</strong>
      ${f.error}, so ${f.names.length === 1 ? 'this series is' : `these ${f.names.length} series are`} missing: ${f.names.join(', ')}</div>`)}
    ${environmentNote(environment)}
    ${timeline.length ? html`<h3>During the run</h3><ul class="list-plain" data-testid="timeline">${timeline.map((e) => html`<li>
      <span class="badge ${e.kind?.includes('RESTART') ? 'bad' : 'info'}">${(e.kind || '').toLowerCase().replaceAll('_', ' ')}</span>
      <span>${dateTime(e.at)}${e.exact ? '' : ' (seen at the end)'}: ${e.description}</span></li>`)}</ul>`
      : changes.length ? html`<h3>Cluster changes</h3><ul>${changes.map((c) => html`<li>${typeof c === 'string' ? c : c.description || JSON.stringify(c)}</li>`)}</ul>` : ''}
  </section>`;
}

export function drawTimeline(root, r, environment, options = {}) {
  const series = r.series || [];
  const group = `run-${r.testId}`;
  const runFrom = series.length ? Date.parse(series[0].end) - 1000 : Date.parse(r.startAt);
  const runTo = series.length ? Date.parse(series[series.length - 1].end) : Date.parse(r.endedAt || r.startAt);
  const wide = environment?.from && hasEnvironmentPoints(environmentPanels(environment));
  const from = wide ? Math.min(Date.parse(environment.from), runFrom) : runFrom;
  const to = wide ? Math.max(Date.parse(environment.to), runTo) : runTo;
  const marks = eventMarks(environment?.timeline, from, to);
  const common = { from, to, marks, maxPoints: options.allPoints ? Infinity : undefined };
  const chart = (name) => root.querySelector(`[data-chart="${name}"]`);
  const start = series.length ? new Date(runFrom).toISOString() : r.startAt;
  for (const el of root.querySelectorAll('mp-time-chart')) {
    el.group = group;
  }
  chart('rate').data = {
    ...common,
    axes: [{ name: 'req/s' }, { name: 'errors/s' }],
    lines: [
      { name: 'requests/s', points: ratePoints(series, start), area: true },
      { name: 'errors/s', points: errorPoints(series, start), axis: 1 },
    ],
  };
  chart('latency').data = {
    ...common,
    axes: [{ name: 'ms' }],
    lines: [
      { name: 'p50', points: latencyPoints(series, 'p50Ms') },
      { name: 'p90', points: latencyPoints(series, 'p90Ms') },
      { name: 'p99', points: latencyPoints(series, 'p99Ms') },
    ],
  };
  const panels = environmentPanels(environment);
  root.querySelectorAll('[data-chart="env"]').forEach((el) => {
    const p = panels[Number(el.dataset.panel)];
    el.data = { ...common, axes: [{ name: '' }], lines: p.lines.slice(0, 12) };
  });
}
