// One schedule (#/schedules/ID): its rule in words, the next fire times, and its history with a link to each run.
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { dateTime, ago, shortId, zonedDateTime } from 'meshperf/lib/format.js';
import { go } from 'meshperf/router.js';
import { toast } from 'meshperf/components/mp-toasts.js';
import { Screen, statusBadge } from 'meshperf/screens/screen.js';
import { openRunDialog } from 'meshperf/screens/run-dialog.js';

const OUTCOME = { FIRED: 'ok', MISSED: 'warn', FAILED: 'bad' };

class ScheduleDetail extends Screen {
  async load() {
    const id = this.segments[1];
    const enc = encodeURIComponent(id);
    const [s, next, history] = await Promise.all([
      api.get(`/api/schedules/${enc}`),
      api.get(`/api/schedules/${enc}/next${query({ count: 5 })}`).catch(() => ({ nextFires: [] })),
      api.get(`/api/schedules/${enc}/history${query({ size: 50 })}`).catch(() => ({ fires: [], totalCount: 0 })),
    ]);
    const profile = await api.get(`/api/profiles/${encodeURIComponent(s.profileId)}`).catch(() => null);
    this.setTitle(s.name || s.description);
    this.innerHTML = String(html`
      <div class="page-head"><div><h1>${s.name || s.description} ${s.paused ? html`<span class="badge warn">paused</span>` : ''}</h1>
        <div class="subtitle">${s.description}${s.cronEquivalent ? html` · cron <span class="mono">${s.cronEquivalent}</span>` : ''} ·
          runs <a href="#/profiles/${encodeURIComponent(s.profileId)}">${profile ? profile.name : s.profileId}</a></div></div>
        <span class="spacer"></span><div class="row">
          <a class="button" href="#/schedules/${enc}/edit">Edit</a>
          <button type="button" data-action="run">Run now</button>
          ${s.paused ? html`<button type="button" data-action="resume">Resume</button>` : html`<button type="button" data-action="pause">Pause</button>`}
          <button type="button" class="danger" data-action="delete">Delete</button></div></div>
      ${s.paused && s.pausedReason ? html`<div class="alert warn"><strong>Paused:</strong>${s.pausedReason}</div>` : ''}
      <div class="grid sidebar">
        <section class="card"><div class="card-head"><h2>History <span class="muted">(${s.timeZone})</span></h2><span class="spacer"></span><span class="muted">${history.totalCount} occurrence(s)</span></div>
          ${history.fires.length ? html`<div class="table-wrap"><table><thead><tr><th>Due</th><th>Outcome</th><th>Run</th><th>Detail</th></tr></thead><tbody>
            ${history.fires.map((f) => html`<tr><td title="${dateTime(f.fireAt)}">${zonedDateTime(f.fireAt, s.timeZone)}</td>
              <td><span class="badge ${OUTCOME[f.outcome] || ''}">${f.outcome}</span></td>
              <td>${f.testId ? html`<a class="mono" href="#/results/${encodeURIComponent(f.testId)}">${shortId(f.testId)}</a> ${f.runStatus ? statusBadge(f.runStatus) : html`<span class="muted">running</span>`}` : '–'}</td>
              <td class="muted">${f.detail || f.runReason || ''}</td></tr>`)}</tbody></table></div>`
            : html`<p class="muted">Nothing has fired yet.</p>`}
        </section>
        <section class="card"><h2>Next runs, in ${s.timeZone}</h2>
          ${(next.nextFires || []).length ? html`<ol>${next.nextFires.map((t) => html`<li>${zonedDateTime(t, s.timeZone)} <span class="muted">(${ago(t)})</span></li>`)}</ol>`
            : html`<p class="muted">${s.paused ? 'Paused.' : 'No more runs: the schedule has ended.'}</p>`}
          <dl class="kv"><dt>Time zone</dt><dd>${s.timeZone}</dd><dt>Runs so far</dt><dd>${s.runs ?? 0}${s.maxRuns ? ` of ${s.maxRuns}` : ''}</dd>
            ${s.startAt ? html`<dt>Not before</dt><dd>${s.startAt}</dd>` : ''}${s.endAt ? html`<dt>Until</dt><dd>${s.endAt}</dd>` : ''}</dl>
        </section>
      </div>`);
    const act = async (path, done, after) => {
      try {
        await api.post(path);
        toast(done, 'ok');
        after();
      } catch (e) {
        toast(e.message, 'bad');
      }
    };
    this.$('[data-action="pause"]')?.addEventListener('click', () => act(`/api/schedules/${enc}/pause`, 'Paused', () => this.load()));
    this.$('[data-action="resume"]')?.addEventListener('click', () => act(`/api/schedules/${enc}/resume`, 'Resumed', () => this.load()));
    this.$('[data-action="run"]').addEventListener('click', () => openRunDialog(s.profileId, profile ? profile.name : s.profileId,
      { generator: s.generator }));
    this.$('[data-action="delete"]').addEventListener('click', async () => {
      if (!confirm('Delete this schedule? Its runs and their results are kept.')) {
        return;
      }
      try {
        await api.del(`/api/schedules/${enc}`);
        toast('Schedule deleted', 'ok');
        go(['schedules']);
      } catch (e) {
        toast(e.message, 'bad');
      }
    });
  }
}

customElements.define('mp-schedule-detail', ScheduleDetail);
