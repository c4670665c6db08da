// Schedules: each rule in words, its next fire, how many runs it made, pause and resume.
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { ago, dateTime } from 'meshperf/lib/format.js';
import { toast } from 'meshperf/components/mp-toasts.js';
import { Screen } from 'meshperf/screens/screen.js';

class Schedules extends Screen {
  async load() {
    this.setTitle('Schedules');
    const [page, profiles] = await Promise.all([
      api.get(`/api/schedules${query({ profileId: this.params.profileId })}`),
      api.get(`/api/profiles${query({ size: 200 })}`).catch(() => ({ profiles: [] })),
    ]);
    const names = new Map(profiles.profiles.map((p) => [p.id, p.name]));
    this.innerHTML = String(html`
      <div class="page-head"><h1>Schedules</h1><span class="spacer"></span><a class="button primary" href="#/schedules/new">New schedule</a></div>
      <section class="card">${page.schedules.length ? html`<div class="table-wrap"><table>
        <thead><tr><th>Schedule</th><th>Profile</th><th>Next run</th><th class="num">Runs</th><th>State</th><th></th></tr></thead>
        <tbody>${page.schedules.map((s) => html`<tr>
          <td><a href="#/schedules/${encodeURIComponent(s.id)}">${s.name || s.description}</a>${s.name ? html`<div class="muted">${s.description}</div>` : ''}</td>
          <td><a href="#/profiles/${encodeURIComponent(s.profileId)}">${names.get(s.profileId) || s.profileId}</a></td>
          <td title="${dateTime(s.nextFireAt)}">${s.paused ? html`<span class="muted">paused</span>` : s.nextFireAt ? ago(s.nextFireAt) : html`<span class="muted">none (ended)</span>`}</td>
          <td class="num">${s.runs ?? 0}${s.maxRuns ? ` / ${s.maxRuns}` : ''}</td>
          <td>${s.paused ? html`<span class="badge warn" title="${s.pausedReason || ''}">paused</span>` : html`<span class="badge ok">${(s.state || 'active').toLowerCase()}</span>`}</td>
          <td>${s.paused ? html`<button type="button" data-resume="${s.id}">Resume</button>` : html`<button type="button" data-pause="${s.id}">Pause</button>`}</td>
        </tr>`)}</tbody></table></div>`
        : html`<div class="empty">No schedules. <a href="#/schedules/new">Schedule a profile</a> to run it every day, every weekday at 09:00, or every 15 minutes.</div>`}
      </section>`);
    this.$$('[data-pause]').forEach((b) => b.addEventListener('click', () => this.act(`/api/schedules/${encodeURIComponent(b.dataset.pause)}/pause`, 'Paused')));
    this.$$('[data-resume]').forEach((b) => b.addEventListener('click', () => this.act(`/api/schedules/${encodeURIComponent(b.dataset.resume)}/resume`, 'Resumed')));
  }

  async act(path, done) {
    try {
      await api.post(path);
      toast(done, 'ok');
      await this.load();
    } catch (e) {
      toast(e.message, 'bad');
    }
  }
}

customElements.define('mp-schedules', Schedules);
