// A profile's page: what it does, its latest runs, and what can be done with it (run, edit, clone, export,
// versions, trend, schedule, delete).
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { dateTime, rps, seconds } from 'meshperf/lib/format.js';
import { go } from 'meshperf/router.js';
import { toast } from 'meshperf/components/mp-toasts.js';
import { Screen } from 'meshperf/screens/screen.js';
import { resultsTable } from 'meshperf/screens/results-table.js';
import { openRunDialog } from 'meshperf/screens/run-dialog.js';
import { download } from 'meshperf/screens/mp-result.js';

function loadText(load) {
  if (!load) {
    return '–';
  }
  switch (load.type) {
    case 'constant': return `constant ${rps(load.rate)}${load.arrival === 'poisson' ? ' (Poisson)' : ''}`;
    case 'ramp': return `ramp ${rps(load.startRate)} → ${rps(load.endRate)}`;
    case 'steps': return (load.steps || []).map((s) => `${s.rate}@${s.duration}`).join(', ');
    default: return 'max (closed loop)';
  }
}

class ProfileDetail extends Screen {
  async load() {
    const id = this.segments[1];
    const [p, runs, schedules] = await Promise.all([
      api.get(`/api/profiles/${encodeURIComponent(id)}`),
      api.get(`/api/profiles/${encodeURIComponent(id)}/results${query({ size: 10 })}`).catch(() => []),
      api.get(`/api/schedules${query({ profileId: id })}`).catch(() => ({ schedules: [] })),
    ]);
    this.setTitle(p.name);
    const enc = encodeURIComponent(id);
    this.innerHTML = String(html`
      <div class="page-head"><div><h1>${p.name} <span class="badge">v${p.version}</span></h1>
        <div class="subtitle">${p.description || ''}</div></div><span class="spacer"></span>
        <div class="row">
          <a class="button" href="#/profiles/${enc}/edit">Edit</a>
          <a class="button" href="#/profiles/new?clone=${enc}">Clone</a>
          <button type="button" data-action="export">Export YAML</button>
          <a class="button" href="#/profiles/${enc}/versions">Versions</a>
          <a class="button" href="#/profiles/${enc}/trend">Trend</a>
          <a class="button" href="#/schedules/new?profileId=${enc}">Schedule</a>
          <button type="button" class="danger" data-action="delete">Delete</button>
          <button type="button" class="primary" data-action="run">Run now</button>
        </div></div>
      <div class="grid sidebar">
        <section class="card"><div class="card-head"><h2>Latest runs</h2><span class="spacer"></span>
          <a href="#/results?profileId=${enc}">All runs →</a></div>${resultsTable(runs, { showProfile: false,
            empty: html`<div class="empty">Not run yet: <button type="button" class="link" data-action="run">run it now</button>.</div>` })}</section>
        <div class="stack">
          <section class="card"><h2>Definition</h2><dl class="kv">
            <dt>Targets</dt><dd class="mono">${(p.endpoints || []).map((e) => e.url).join(', ')}</dd>
            <dt>Protocol</dt><dd>${p.protocol || 'http1'} ${p.method || 'GET'}</dd>
            <dt>Load</dt><dd>${loadText(p.load)}</dd>
            <dt>Connections</dt><dd>${p.concurrentRequests ?? '–'}${p.shards ? ` over ${p.shards} ${p.shards === 1 ? 'shard' : 'shards'}` : ''}</dd>
            ${(p.endpoints || []).some((e) => e.weight) ? html`<dt>Weights</dt><dd>${p.endpoints.map((e) => e.weight || 1).join(' : ')}</dd>` : ''}
            ${(p.headers || []).length ? html`<dt>Headers</dt><dd class="mono">${p.headers.map((h) => h.name).join(', ')}</dd>` : ''}
            ${p.body ? html`<dt>Body</dt><dd>${p.body.length} characters${p.contentType ? ` of ${p.contentType}` : ''}</dd>` : ''}
            ${p.requestTimeout ? html`<dt>Request timeout</dt><dd>${p.requestTimeout}</dd>` : ''}
            ${Object.keys(p.labels || {}).length ? html`<dt>Labels</dt><dd>${Object.entries(p.labels).map(([k, v]) => html`<span class="badge">${k}=${v}</span> `)}</dd>` : ''}
            <dt>Duration</dt><dd>${p.duration || '–'}${p.warmup ? ` + ${p.warmup} warm-up` : ''}</dd>
            <dt>Generators</dt><dd>${(p.loadGenerators || []).join(', ') || 'default'}</dd>
            <dt>SLOs</dt><dd>${(p.slos || []).map((s) => html`<span class="badge mono">${s.metric} ${s.op} ${s.threshold}</span> `)}${(p.slos || []).length ? '' : 'none'}</dd>
            <dt>Baseline</dt><dd>${p.baselineRunId ? html`<a class="mono" href="#/results/${encodeURIComponent(p.baselineRunId)}">${p.baselineRunId.slice(0, 8)}</a>` : 'none'}</dd>
            ${p.serviceMesh ? html`<dt>Mesh</dt><dd>${p.serviceMesh.name} ${p.serviceMesh.version || ''}</dd>` : ''}
            <dt>Changed</dt><dd>${dateTime(p.updatedAt)}</dd>
          </dl></section>
          <section class="card"><div class="card-head"><h2>Schedules</h2><span class="spacer"></span>
            <a href="#/schedules/new?profileId=${enc}">Add →</a></div>
            ${(schedules.schedules || []).length ? html`<ul class="list-plain">${schedules.schedules.map((s) => html`<li>
              <a href="#/schedules/${encodeURIComponent(s.id)}">${s.name || s.description}</a>${s.name ? html` <span class="muted">${s.description}</span>` : ''}${s.paused ? html` <span class="badge warn">paused</span>` : ''}</li>`)}</ul>`
              : html`<p class="muted">Not scheduled.</p>`}</section>
        </div>
      </div>`);
    this.$$('[data-action="run"]').forEach((b) => b.addEventListener('click', () => openRunDialog(id, p.name)));
    this.$('[data-action="export"]').addEventListener('click', () => download(`/api/profiles/${enc}/export`, `${p.name}.yaml`)
      .catch((e) => toast(`Export failed: ${e.message}`, 'bad')));
    this.$('[data-action="delete"]').addEventListener('click', async () => {
      if (!confirm(`Delete the profile ${p.name} and its versions? Its results are kept.`)) {
        return;
      }
      try {
        await api.del(`/api/profiles/${enc}`);
        toast(`Deleted ${p.name}`, 'ok');
        go(['profiles']);
      } catch (e) {
        toast(e.message, 'bad', 9000);
      }
    });
  }
}

customElements.define('mp-profile-detail', ProfileDetail);
