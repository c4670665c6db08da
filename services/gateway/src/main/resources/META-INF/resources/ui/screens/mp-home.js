// Home: the latest runs, a calendar of runs by day, the next scheduled runs and which load generators are ready.
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { calendarWeeks, firstDay } from 'meshperf/lib/calendar.js';
import { dateTime, ago } from 'meshperf/lib/format.js';
import { Screen } from 'meshperf/screens/screen.js';
import { resultsTable } from 'meshperf/screens/results-table.js';
import 'meshperf/screens/mp-quick-run.js';

const WEEKS = 16;

function localDate(d = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

class Home extends Screen {
  disconnectedCallback() {
    clearTimeout(this.refresh);
  }

  async load() {
    this.setTitle('Home');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const today = localDate();
    const [runs, days, schedules, generators] = await Promise.all([
      api.get(`/api/results${query({ size: 10 })}`),
      api.get(`/api/results/daily${query({ from: firstDay(today, WEEKS), to: today, zone })}`).catch(() => []),
      api.get('/api/schedules').catch(() => ({ schedules: [] })),
      api.get('/api/generators').catch(() => []),
    ]);
    const next = (schedules.schedules || []).filter((s) => s.nextFireAt && !s.paused)
      .sort((a, b) => a.nextFireAt.localeCompare(b.nextFireAt)).slice(0, 6);
    const weeks = calendarWeeks(days, today, WEEKS);
    const totalRuns = days.reduce((n, d) => n + d.runs, 0);
    // a refresh keeps what was typed into the quick test
    const quick = this.querySelector('mp-quick-run');
    this.innerHTML = String(html`
      <div class="page-head"><h1>Home</h1><span class="spacer"></span>
        <a class="button" href="#/profiles/new">New profile</a>
        <a class="button" href="#/profiles">Run a profile</a></div>
      <mp-quick-run></mp-quick-run>
      <div class="grid sidebar">
        <section class="card" aria-labelledby="recent-h">
          <div class="card-head"><h2 id="recent-h">Recent runs</h2><span class="spacer"></span><a href="#/results">All results →</a></div>
          ${resultsTable(runs)}
        </section>
        <div class="stack">
          <section class="card" aria-labelledby="cal-h">
            <div class="card-head"><h2 id="cal-h">Runs by day</h2><span class="spacer"></span>
              <span class="muted">${totalRuns} in ${WEEKS} weeks</span></div>
            <div class="calendar" role="img" aria-label="${totalRuns} runs in the last ${WEEKS} weeks, by day">
              ${weeks.map((week) => week.map((d) => (d.runs
                ? html`<a class="day ${d.failed ? 'failed' : ''}" data-level="${d.level}" href="#/results?from=${d.date}&to=${d.date}"
                    title="${d.date}: ${d.runs} run(s)${d.failed ? `, ${d.failed} failed` : ''}" aria-label="${d.date}: ${d.runs} runs"></a>`
                : html`<span class="day day-empty ${d.outside ? 'outside' : ''}" data-level="0" title="${d.date}: no runs"></span>`)))}
            </div>
            <div class="calendar-legend">Less ${[0, 1, 2, 3, 4].map((l) => html`<span class="day" data-level="${l}"></span>`)} More
              <span class="spacer"></span><span class="day failed"></span> a run failed</div>
          </section>
          <section class="card" aria-labelledby="next-h">
            <div class="card-head"><h2 id="next-h">Next scheduled runs</h2><span class="spacer"></span><a href="#/schedules">Schedules →</a></div>
            ${next.length ? html`<ul class="list-plain">${next.map((s) => html`<li style="display:block">
                <a href="#/schedules/${encodeURIComponent(s.id)}">${s.name || s.description}</a>
                <div class="muted"><span title="${dateTime(s.nextFireAt)}">${ago(s.nextFireAt)}</span>${s.name ? ` · ${s.description}` : ''}</div></li>`)}</ul>`
              : html`<div class="empty">Nothing scheduled. <a href="#/schedules/new">Schedule a profile</a>.</div>`}
          </section>
          <section class="card" aria-labelledby="gen-h">
            <h2 id="gen-h">Load generators</h2>
            <ul class="list-plain">${generators.map((g) => html`<li>
              <span class="badge ${g.available ? 'ok' : 'bad'}">${g.available ? 'ready' : 'unavailable'}</span>
              <strong>${g.name}</strong>${g.defaultGenerator ? html` <span class="badge">default</span>` : ''}
              <span class="muted">${g.available ? g.version || '' : g.unavailableReason || ''}</span></li>`)}</ul>
          </section>
        </div>
      </div>`);
    if (quick) {
      this.querySelector('mp-quick-run').replaceWith(quick);
    }
    if (runs.some((r) => r.status === 'RUNNING')) {
      // a run is going on: show how it ends without a reload
      this.refresh = setTimeout(() => this.isConnected && this.reload(), 5000);
    }
  }

  async reload() {
    await this.load().catch(() => {});
  }
}

customElements.define('mp-home', Home);
