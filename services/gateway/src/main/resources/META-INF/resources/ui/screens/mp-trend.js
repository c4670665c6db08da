// A profile's trend (#/profiles/ID/trend): p50, p99, throughput and error rate across its runs, its baseline marked,
// runs that failed their SLOs or the baseline flagged.
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { trendLines } from 'meshperf/lib/trend.js';
import { dateTime, shortId } from 'meshperf/lib/format.js';
import { Screen } from 'meshperf/screens/screen.js';
import 'meshperf/charts/mp-time-chart.js';

class Trend extends Screen {
  async load() {
    const id = this.segments[1];
    const enc = encodeURIComponent(id);
    const [profile, runs] = await Promise.all([
      api.get(`/api/profiles/${enc}`),
      api.get(`/api/results${query({ profileId: id, size: 500 })}`),
    ]);
    const t = trendLines(runs);
    const baseline = runs.find((r) => r.testId === profile.baselineRunId);
    this.setTitle(`${profile.name} trend`);
    this.innerHTML = String(html`
      <div class="page-head"><div><h1>${profile.name}: trend</h1><div class="subtitle">${t.runs.length} run(s)${baseline ? html` · baseline <a class="mono" href="#/results/${encodeURIComponent(baseline.testId)}">${shortId(baseline.testId)}</a> marked` : ''}</div></div>
        <span class="spacer"></span><a class="button" href="#/profiles/${enc}">Back to the profile</a></div>
      ${t.runs.length < 2 ? html`<div class="alert info">A trend needs two runs or more; this profile has ${t.runs.length}.</div>` : ''}
      <section class="card"><h2>Latency</h2><mp-time-chart data-chart="latency" size="short"></mp-time-chart>
        <h2 style="margin-top:12px">Throughput and error rate</h2><mp-time-chart data-chart="rate" size="short"></mp-time-chart></section>
      <section class="card" style="margin-top:16px"><h2>Flagged runs</h2>
        ${t.flagged.length ? html`<ul class="list-plain">${t.flagged.map((f) => html`<li><span class="badge bad">${f.why}</span>
          <a href="#/results/${encodeURIComponent(f.testId)}" class="mono">${shortId(f.testId)}</a><span class="muted">${dateTime(new Date(f.at).toISOString())}</span></li>`)}</ul>`
          : html`<p class="muted">Every run completed, met its SLOs and held up against the baseline.</p>`}
      </section>`);
    const marks = [
      ...(baseline ? [{ at: Date.parse(baseline.startAt), label: 'baseline', text: 'the baseline run' }] : []),
      ...t.flagged.map((f) => ({ at: f.at, label: '!', text: f.why })),
    ];
    const group = `trend-${id}`;
    this.$$('mp-time-chart').forEach((el) => { el.group = group; });
    this.$('[data-chart="latency"]').data = { marks, axes: [{ name: 'ms' }], lines: [
      { name: 'p50', points: t.p50, symbols: true }, { name: 'p99', points: t.p99, symbols: true }] };
    this.$('[data-chart="rate"]').data = { marks, axes: [{ name: 'req/s' }, { name: 'error %' }], lines: [
      { name: 'req/s', points: t.rps, symbols: true }, { name: 'error rate %', points: t.errorRate, axis: 1, symbols: true }] };
  }
}

customElements.define('mp-trend', Trend);
