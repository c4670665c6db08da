// A Grafana connection's boards: search Grafana, import a board, and choose the panels (and variable values) whose
// queries are evaluated over each run's window.
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { toast } from 'meshperf/components/mp-toasts.js';

export async function grafanaBoards(slot, connection) {
  const enc = encodeURIComponent(connection.id);
  slot.innerHTML = '<p class="muted">Loading boards…</p>';
  let boards = [];
  try {
    boards = await api.get(`/api/grafana-connections/${enc}/boards`);
  } catch (e) {
    slot.innerHTML = String(html`<div class="alert bad">${e.message}</div>`);
    return;
  }
  slot.innerHTML = String(html`<section class="card" aria-labelledby="boards-h">
    <div class="card-head"><h2 id="boards-h">Boards of ${connection.name}</h2></div>
    <form class="toolbar" data-form="search"><div class="field" style="flex:1"><label for="g-q">Search Grafana</label>
      <input id="g-q" name="q" type="search" placeholder="board title"></div><button type="submit">Search</button></form>
    <div data-slot="found"></div>
    <h3>Imported boards</h3>
    ${boards.length ? boards.map((b) => html`<form class="card" data-board="${b.uid}" style="margin-bottom:12px">
      <div class="card-head"><h3 style="margin:0">${b.title}</h3><span class="muted mono">${b.uid}</span></div>
      <div class="field"><span style="font-weight:560">Panels kept with each run</span><div>
        ${(b.panels || []).map((p) => html`<label class="check" title="${(p.queries || []).join('\n')}"><input type="checkbox" name="panel" value="${p.id}"
          ${!(b.chosenPanels || []).length || b.chosenPanels.includes(p.id) ? html`checked` : ''}> ${p.title || `panel ${p.id}`}</label>`)}</div>
        <div class="help">None ticked means all of them.</div></div>
      <div class="form-grid">${Object.entries(b.variables || {}).map(([k, v]) => html`<div class="field"><label>$${k}
        <input name="var" data-name="${k}" value="${v}"></label></div>`)}</div>
      <div class="dialog-actions"><button type="submit" class="primary">Save choice</button></div></form>`)
      : html`<p class="muted">No board imported yet: search and import one.</p>`}
  </section>`);
  slot.querySelector('[data-form="search"]').addEventListener('submit', async (e) => {
    e.preventDefault();
    const found = slot.querySelector('[data-slot="found"]');
    found.textContent = 'searching…';
    try {
      const hits = await api.get(`/api/grafana-connections/${enc}/search${query({ query: e.target.q.value })}`);
      found.innerHTML = String(hits.length ? html`<ul class="list-plain">${hits.map((h) => html`<li><span style="flex:1">${h.title}
        <span class="muted">${h.folderTitle || ''}</span></span><button type="button" data-import="${h.uid}">Import</button></li>`)}</ul>` : html`<p class="muted">No board found.</p>`);
      found.querySelectorAll('[data-import]').forEach((b) => b.addEventListener('click', async () => {
        try {
          await api.post(`/api/grafana-connections/${enc}/boards`, { uid: b.dataset.import });
          toast('Board imported', 'ok');
          grafanaBoards(slot, connection);
        } catch (err) {
          toast(err.message, 'bad');
        }
      }));
    } catch (err) {
      found.innerHTML = String(html`<div class="alert bad">${err.message}</div>`);
    }
  });
  slot.querySelectorAll('[data-board]').forEach((form) => form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const variables = Object.fromEntries([...form.querySelectorAll('[name="var"]')].map((i) => [i.dataset.name, i.value]));
    const chosenPanels = [...form.querySelectorAll('[name="panel"]:checked')].map((c) => Number(c.value));
    try {
      await api.put(`/api/grafana-connections/${enc}/boards/${encodeURIComponent(form.dataset.board)}`, { chosenPanels, variables });
      toast('Choice saved', 'ok');
    } catch (err) {
      toast(err.message, 'bad');
    }
  }));
}
