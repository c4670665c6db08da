// Results: every run, newest first, filtered by profile and date; tick 2 to 10 runs to compare them. The URL keeps
// the filters and the ticked runs (#/results?profileId=..&from=..&pick=a,b).
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { replaceParams, go, formatHash } from 'meshperf/router.js';
import { Screen } from 'meshperf/screens/screen.js';
import { resultsTable } from 'meshperf/screens/results-table.js';

const SIZE = 50;

/** A date (YYYY-MM-DD) in the viewer's zone as the instant its day starts, or the next day's start for `to`. */
function dayStart(date, next = false) {
  if (!date) {
    return undefined;
  }
  const d = new Date(`${date}T00:00:00`);
  if (next) {
    d.setDate(d.getDate() + 1);
  }
  return d.toISOString();
}

class Results extends Screen {
  async load() {
    this.setTitle('Results');
    this.state = { profileId: this.params.profileId || '', from: this.params.from || '', to: this.params.to || '', page: Number(this.params.page || 0) };
    this.picked = new Set((this.params.pick || '').split(',').filter(Boolean));
    const profiles = await api.get(`/api/profiles${query({ size: 200, sort: 'name' })}`).catch(() => ({ profiles: [] }));
    this.innerHTML = String(html`
      <div class="page-head"><h1>Results</h1><span class="spacer"></span>
        <span class="muted" data-slot="picked"></span>
        <button type="button" class="primary" data-action="compare" disabled>Compare</button></div>
      <section class="card">
        <form class="toolbar">
          <div class="field"><label for="r-profile">Profile</label><select id="r-profile" name="profileId">
            <option value="">all profiles</option>
            ${profiles.profiles.map((p) => html`<option value="${p.id}" ${p.id === this.state.profileId ? html`selected` : ''}>${p.name}</option>`)}</select></div>
          <div class="field"><label for="r-from">From</label><input id="r-from" name="from" type="date" value="${this.state.from}"></div>
          <div class="field"><label for="r-to">To</label><input id="r-to" name="to" type="date" value="${this.state.to}"></div>
        </form>
        <div data-slot="table"><p class="muted">Loading…</p></div>
      </section>`);
    this.$('form').addEventListener('change', (e) => this.update({ [e.target.name]: e.target.value, page: 0 }));
    this.$('form').addEventListener('submit', (e) => e.preventDefault());
    this.$('[data-action="compare"]').addEventListener('click', () => go(['compare'], { ids: [...this.picked].join(',') }));
    await this.fetchPage();
  }

  update(change) {
    const paging = 'page' in change && Object.keys(change).length === 1;
    Object.assign(this.state, change);
    if (paging) {
      // a page is a place to come back to: Back returns to the previous page
      history.pushState(null, '', formatHash(['results'], this.urlParams()));
    }
    this.remember();
    this.fetchPage().catch((e) => this.fail(e));
  }

  urlParams() {
    return { ...this.state, page: this.state.page || '', pick: [...this.picked].join(',') };
  }

  disconnectedCallback() {
    clearTimeout(this.refresh);
  }

  remember() {
    replaceParams(this.urlParams());
    const n = this.picked.size;
    this.$('[data-slot="picked"]').textContent = n ? `${n} run(s) ticked${n < 2 ? ': tick one more' : n > 10 ? ': at most 10' : ''}` : 'Tick 2 to 10 runs to compare';
    this.$('[data-action="compare"]').disabled = n < 2 || n > 10;
  }

  async fetchPage() {
    clearTimeout(this.refresh);
    const slot = this.$('[data-slot="table"]');
    if (this.state.from && this.state.to && this.state.from > this.state.to) {
      slot.innerHTML = String(html`<div class="alert bad">From (${this.state.from}) is after To (${this.state.to}): no day is in between.</div>`);
      return;
    }
    const filtered = this.state.profileId || this.state.from || this.state.to;
    const runs = await api.get(`/api/results${query({ profileId: this.state.profileId, from: dayStart(this.state.from), to: dayStart(this.state.to, true), page: this.state.page, size: SIZE })}`);
    const empty = this.state.page > 0 ? html`<div class="empty">No older runs. <a href="#/results">Back to the newest</a>.</div>`
      : filtered ? html`<div class="empty">No run matches these filters.</div>` : null;
    slot.innerHTML = String(html`${resultsTable(runs, { selectable: true, selected: this.picked, empty })}
      <div class="pager"><span>page ${this.state.page + 1}</span>
        <button type="button" data-page="-1" ${this.state.page === 0 ? html`disabled` : ''}>Newer</button>
        <button type="button" data-page="1" ${runs.length < SIZE ? html`disabled` : ''}>Older</button></div>`);
    slot.querySelectorAll('[name="pick"]').forEach((box) => box.addEventListener('change', () => {
      if (box.checked) {
        this.picked.add(box.value);
      } else {
        this.picked.delete(box.value);
      }
      box.closest('tr').classList.toggle('selected', box.checked);
      this.remember();
    }));
    slot.querySelectorAll('[data-page]').forEach((b) => b.addEventListener('click', () => this.update({ page: this.state.page + Number(b.dataset.page) })));
    this.remember();
    if (runs.some((r) => r.status === 'RUNNING')) {
      this.refresh = setTimeout(() => this.isConnected && this.fetchPage().catch(() => {}), 5000);
    }
  }
}

customElements.define('mp-results', Results);
