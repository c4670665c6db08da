// Profiles: search, sort and page through them; each opens its page. The URL keeps the search, sort and page.
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { ago, dateTime, count } from 'meshperf/lib/format.js';
import { replaceParams, formatHash } from 'meshperf/router.js';
import { Screen } from 'meshperf/screens/screen.js';
import { openRunDialog } from 'meshperf/screens/run-dialog.js';

const SORTS = [['name', 'Name A–Z'], ['-updatedAt', 'Recently changed'], ['-lastRunAt', 'Recently run'], ['-runs', 'Most runs'], ['-createdAt', 'Newest']];
const SIZE = 20;

class Profiles extends Screen {
  async load() {
    this.setTitle('Profiles');
    this.state = { search: this.params.search || '', sort: this.params.sort || 'name', page: Number(this.params.page || 0) };
    this.innerHTML = String(html`
      <div class="page-head"><h1>Profiles</h1><span class="spacer"></span>
        <a class="button" href="#/profiles/apply">Apply YAML / import SMP</a>
        <a class="button primary" href="#/profiles/new">New profile</a></div>
      <section class="card">
        <form class="toolbar" role="search">
          <div class="field" style="flex:1; min-width:200px"><label for="p-search">Search</label>
            <input id="p-search" name="search" type="search" placeholder="name or description" value="${this.state.search}"></div>
          <div class="field"><label for="p-sort">Sort by</label><select id="p-sort" name="sort">
            ${SORTS.map(([v, l]) => html`<option value="${v}" ${v === this.state.sort ? html`selected` : ''}>${l}</option>`)}</select></div>
        </form>
        <div data-slot="table"><p class="muted">Loading…</p></div>
      </section>`);
    let timer;
    this.$('#p-search').addEventListener('input', (e) => {
      clearTimeout(timer);
      timer = setTimeout(() => this.update({ search: e.target.value, page: 0 }), 250);
    });
    this.$('#p-sort').addEventListener('change', (e) => this.update({ sort: e.target.value, page: 0 }));
    this.$('form').addEventListener('submit', (e) => e.preventDefault());
    await this.fetchPage();
  }

  update(change) {
    const paging = 'page' in change && Object.keys(change).length === 1;
    Object.assign(this.state, change);
    if (paging) {
      history.pushState(null, '', formatHash(['profiles'], this.state));
    }
    replaceParams({ search: this.state.search, sort: this.state.sort === 'name' ? '' : this.state.sort, page: this.state.page || '' });
    this.fetchPage().catch((e) => this.fail(e));
  }

  async fetchPage() {
    const page = await api.get(`/api/profiles${query({ search: this.state.search, sort: this.state.sort, page: this.state.page, size: SIZE })}`);
    const pages = Math.max(1, Math.ceil(page.totalCount / SIZE));
    const slot = this.$('[data-slot="table"]');
    slot.innerHTML = String(page.profiles.length ? html`<div class="table-wrap"><table>
      <thead><tr><th>Name</th><th class="hide-narrow">Generators</th><th class="num">Version</th><th class="num">Runs</th><th>Last run</th><th class="hide-narrow">Changed</th><th></th></tr></thead>
      <tbody>${page.profiles.map((p) => html`<tr>
        <td class="name"><a href="#/profiles/${encodeURIComponent(p.id)}">${p.name}</a>${p.description ? html`<div class="muted">${p.description}</div>` : ''}</td>
        <td class="hide-narrow">${(p.loadGenerators || []).join(', ') || 'default'}</td>
        <td class="num">v${p.version}</td><td class="num">${count(p.runs)}</td>
        <td>${p.lastTestId ? html`<a href="#/results/${encodeURIComponent(p.lastTestId)}" title="${dateTime(p.lastRunAt)}">${ago(p.lastRunAt)}</a>` : html`<span class="muted">never</span>`}</td>
        <td class="hide-narrow" title="${dateTime(p.updatedAt)}">${ago(p.updatedAt)}</td>
        <td><button type="button" data-run="${p.id}" data-name="${p.name}">Run now</button></td>
      </tr>`)}</tbody></table></div>
      <div class="pager"><span>${page.totalCount} profile(s) · page ${this.state.page + 1} of ${pages}</span>
        <button type="button" data-page="-1" ${this.state.page === 0 ? html`disabled` : ''}>Previous</button>
        <button type="button" data-page="1" ${this.state.page + 1 >= pages ? html`disabled` : ''}>Next</button></div>`
      : html`<div class="empty">${this.state.page > 0 ? html`No profiles on page ${this.state.page + 1}. <a href="#/profiles">Back to the first page</a>.`
        : this.state.search ? html`No profile matches "${this.state.search}". <a href="#/profiles/new">Create one</a>.`
          : html`No profiles yet. <a href="#/profiles/new">Create one</a>.`}</div>`);
    slot.querySelectorAll('[data-page]').forEach((b) => b.addEventListener('click', () => this.update({ page: this.state.page + Number(b.dataset.page) })));
    slot.querySelectorAll('[data-run]').forEach((b) => b.addEventListener('click', () => openRunDialog(b.dataset.run, b.dataset.name)));
  }
}

customElements.define('mp-profiles', Profiles);
