// Connections (#/connections): the Prometheus servers and Grafana instances whose series are stored with each run.
// Secrets are write-only: a saved one shows as "set" and is replaced only when a new one is typed.
import { api } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { field, selectField, showErrors, clearErrors, clearErrorsOnInput } from 'meshperf/components/fields.js';
import { toast } from 'meshperf/components/mp-toasts.js';
import { Screen } from 'meshperf/screens/screen.js';
import { grafanaBoards } from 'meshperf/screens/grafana-boards.js';

function report(r) {
  if (!r) {
    return '';
  }
  return r.reachable
    ? html`<span class="badge ok">reachable</span> ${r.version ? `version ${r.version}` : ''}${r.organization ? `, organization ${r.organization}` : ''}${r.roundTripMs !== null && r.roundTripMs !== undefined ? `, ${r.roundTripMs} ms` : ''}`
    : html`<span class="badge bad">not reachable</span> ${(r.error || '').replace(/^(not reachable|unreachable):?\s*/i, '')}`;
}

class Connections extends Screen {
  async load() {
    this.setTitle('Connections');
    const [prometheus, grafana, packs] = await Promise.all([
      api.get('/api/prometheus-connections'),
      api.get('/api/grafana-connections'),
      api.get('/api/prometheus-connections/packs').catch(() => []),
    ]);
    this.packs = packs;
    this.innerHTML = String(html`
      <div class="page-head"><div><h1>Connections</h1><div class="subtitle">Each run stores these series over its window, so a
        result can be read beside what the cluster and the mesh were doing.</div></div></div>
      <div class="grid two">
        <section class="card" aria-labelledby="prom-h"><div class="card-head"><h2 id="prom-h">Prometheus</h2><span class="spacer"></span>
          <button type="button" data-new="prometheus">Add Prometheus</button></div>
          ${prometheus.length ? html`<ul class="list-plain">${prometheus.map((c) => html`<li><div style="flex:1"><strong>${c.name}</strong>
            <div class="muted mono">${c.url}</div><div class="muted">${c.auth === 'none' ? 'no authentication' : html`${c.auth} authentication, secret ${c.hasSecret ? 'set' : 'not set'}`} · packs: ${(c.packs || packs).join(', ')}</div>
            <div data-report="${c.id}"></div></div>
            <button type="button" data-test-prom="${c.id}">Test</button><button type="button" data-edit-prom="${c.id}">Edit</button>
            <button type="button" class="danger" data-delete-prom="${c.id}" aria-label="Delete ${c.name}">Delete</button></li>`)}</ul>`
            : html`<p class="muted">None yet. Add the Prometheus that scrapes your cluster and mesh.</p>`}
          <div data-slot="prom-form"></div>
        </section>
        <section class="card" aria-labelledby="graf-h"><div class="card-head"><h2 id="graf-h">Grafana</h2><span class="spacer"></span>
          <button type="button" data-new="grafana">Add Grafana</button></div>
          ${grafana.length ? html`<ul class="list-plain">${grafana.map((c) => html`<li><div style="flex:1"><strong>${c.name}</strong>
            <div class="muted mono">${c.url}</div><div class="muted">API key ${c.hasApiKey ? 'set' : 'not set'}</div><div data-report="${c.id}"></div></div>
            <button type="button" data-test-graf="${c.id}">Test</button><button type="button" data-boards="${c.id}">Boards</button>
            <button type="button" data-edit-graf="${c.id}">Edit</button>
            <button type="button" class="danger" data-delete-graf="${c.id}" aria-label="Delete ${c.name}">Delete</button></li>`)}</ul>`
            : html`<p class="muted">None yet. Add a Grafana to keep chosen panels of its boards with each run.</p>`}
          <div data-slot="graf-form"></div>
        </section>
      </div>
      <div data-slot="boards" style="margin-top:16px"></div>`);
    const byId = new Map([...prometheus, ...grafana].map((c) => [c.id, c]));
    this.$('[data-new="prometheus"]').addEventListener('click', () => this.prometheusForm(null));
    this.$('[data-new="grafana"]').addEventListener('click', () => this.grafanaForm(null));
    this.$$('[data-edit-prom]').forEach((b) => b.addEventListener('click', () => this.prometheusForm(byId.get(b.dataset.editProm))));
    this.$$('[data-edit-graf]').forEach((b) => b.addEventListener('click', () => this.grafanaForm(byId.get(b.dataset.editGraf))));
    this.$$('[data-test-prom]').forEach((b) => b.addEventListener('click', () => this.test(`/api/prometheus-connections/${encodeURIComponent(b.dataset.testProm)}/test`, b.dataset.testProm)));
    this.$$('[data-test-graf]').forEach((b) => b.addEventListener('click', () => this.test(`/api/grafana-connections/${encodeURIComponent(b.dataset.testGraf)}/test`, b.dataset.testGraf)));
    this.$$('[data-delete-prom]').forEach((b) => b.addEventListener('click', () => this.remove(`/api/prometheus-connections/${encodeURIComponent(b.dataset.deleteProm)}`, byId.get(b.dataset.deleteProm).name)));
    this.$$('[data-delete-graf]').forEach((b) => b.addEventListener('click', () => this.remove(`/api/grafana-connections/${encodeURIComponent(b.dataset.deleteGraf)}`, byId.get(b.dataset.deleteGraf).name)));
    this.$$('[data-boards]').forEach((b) => b.addEventListener('click', () => grafanaBoards(this.$('[data-slot="boards"]'), byId.get(b.dataset.boards))));
  }

  /** Tests a saved connection and shows the answer in its row; returns the report (null when refused). */
  async test(path, id) {
    const slot = this.$(`[data-report="${CSS.escape(id)}"]`);
    if (!slot) {
      return null;
    }
    slot.textContent = 'testing…';
    try {
      const r = await api.post(path);
      slot.innerHTML = String(report(r));
      return r;
    } catch (e) {
      slot.innerHTML = String(html`<span class="badge bad">refused</span> ${e.message}`);
      return null;
    }
  }

  async remove(path, name) {
    if (!confirm(`Delete the connection ${name}? Series already stored with runs are kept.`)) {
      return;
    }
    try {
      await api.del(path);
      toast(`Deleted ${name}`, 'ok');
      await this.load();
    } catch (e) {
      toast(e.message, 'bad');
    }
  }

  prometheusForm(c) {
    const slot = this.$('[data-slot="prom-form"]');
    slot.innerHTML = String(html`<form class="stack" novalidate style="margin-top:16px"><h3>${c ? `Edit ${c.name}` : 'New Prometheus connection'}</h3>
      <div class="alert bad" data-slot="error" hidden></div>
      ${field({ name: 'name', label: 'Name', value: c?.name || '' })}
      ${field({ name: 'url', label: 'URL', value: c?.url || '', placeholder: 'http://prometheus.monitoring:9090' })}
      <div class="form-grid">${selectField({ name: 'auth', label: 'Authentication', value: c?.auth || 'none', options: [{ value: 'none', label: 'none' }, { value: 'basic', label: 'basic (user and password)' }, { value: 'bearer', label: 'bearer token' }] })}
      ${field({ name: 'username', label: 'User', value: c?.username || '' })}</div>
      ${field({ name: 'secret', label: 'Password or token', type: 'password', placeholder: c?.hasSecret ? 'set — type to replace' : '', help: 'Write-only: stored encrypted, never shown again.', attrs: 'autocomplete="new-password"' })}
      <div class="field" data-field="packs"><span style="font-weight:560">Query packs</span><div>${this.packs.map((p) => html`<label class="check">
        <input type="checkbox" name="packs" value="${p}" ${!c?.packs || c.packs.includes(p) ? html`checked` : ''}> ${p}</label>`)}</div><div class="error" hidden></div></div>
      <div data-slot="test"></div>
      <div class="dialog-actions"><button type="button" data-action="cancel">Cancel</button><button type="button" data-action="test">Test</button>
        <button type="submit" class="primary">Save</button></div></form>`);
    const form = slot.querySelector('form');
    clearErrorsOnInput(form);
    const user = form.querySelector('[data-field="username"]');
    const showUser = () => { user.hidden = form.auth.value !== 'basic'; };
    form.auth.addEventListener('change', showUser);
    showUser();
    const body = () => ({
      name: form.name.value.trim(), url: form.url.value.trim(), auth: form.auth.value, username: form.username.value.trim() || undefined,
      secret: form.secret.value || undefined, packs: [...form.querySelectorAll('[name="packs"]:checked')].map((x) => x.value), version: c?.version,
    });
    form.querySelector('[data-action="cancel"]').addEventListener('click', () => { slot.innerHTML = ''; });
    form.querySelector('[data-action="test"]').addEventListener('click', async () => {
      const out = form.querySelector('[data-slot="test"]');
      out.textContent = 'testing…';
      try {
        out.innerHTML = String(report(c && !form.secret.value ? await api.post(`/api/prometheus-connections/${encodeURIComponent(c.id)}/test`)
          : await api.post('/api/prometheus-connections/test', body())));
      } catch (e) {
        showErrors(form, e.fields);
        out.innerHTML = String(html`<span class="badge bad">refused</span> ${e.message}`);
      }
    });
    this.submit(form, () => (c ? api.put(`/api/prometheus-connections/${encodeURIComponent(c.id)}`, body()) : api.post('/api/prometheus-connections', body())),
      (id) => `/api/prometheus-connections/${encodeURIComponent(id)}/test`);
    form.name.focus();
  }

  grafanaForm(c) {
    const slot = this.$('[data-slot="graf-form"]');
    slot.innerHTML = String(html`<form class="stack" novalidate style="margin-top:16px"><h3>${c ? `Edit ${c.name}` : 'New Grafana connection'}</h3>
      <div class="alert bad" data-slot="error" hidden></div>
      ${field({ name: 'name', label: 'Name', value: c?.name || '' })}
      ${field({ name: 'url', label: 'URL', value: c?.url || '', placeholder: 'http://grafana.monitoring:3000' })}
      ${field({ name: 'apiKey', label: 'Service account token, API key, or user:password', type: 'password', placeholder: c?.hasApiKey ? 'set — type to replace' : '', help: 'Write-only: stored encrypted, never shown again.', attrs: 'autocomplete="new-password"' })}
      ${field({ name: 'prometheusDatasourceUid', label: 'Prometheus data source uid (optional)', value: c?.prometheusDatasourceUid || '', help: 'Empty: Grafana\'s default Prometheus.' })}
      <div data-slot="test"></div>
      <div class="dialog-actions"><button type="button" data-action="cancel">Cancel</button>${c ? html`<button type="button" data-action="test">Test</button>` : ''}
        <button type="submit" class="primary">Save</button></div></form>`);
    const form = slot.querySelector('form');
    clearErrorsOnInput(form);
    form.querySelector('[data-action="cancel"]').addEventListener('click', () => { slot.innerHTML = ''; });
    form.querySelector('[data-action="test"]')?.addEventListener('click', async () => {
      const out = form.querySelector('[data-slot="test"]');
      out.textContent = 'testing the saved connection…';
      try {
        out.innerHTML = String(report(await api.post(`/api/grafana-connections/${encodeURIComponent(c.id)}/test`)));
      } catch (e) {
        out.innerHTML = String(html`<span class="badge bad">refused</span> ${e.message}`);
      }
    });
    const body = () => ({ name: form.name.value.trim(), url: form.url.value.trim(), apiKey: form.apiKey.value || undefined,
      prometheusDatasourceUid: form.prometheusDatasourceUid.value.trim() || undefined, version: c?.version });
    this.submit(form, () => (c ? api.put(`/api/grafana-connections/${encodeURIComponent(c.id)}`, body()) : api.post('/api/grafana-connections', body())),
      (id) => `/api/grafana-connections/${encodeURIComponent(id)}/test`);
    form.name.focus();
  }

  /** Saves with send(), then tests what was saved, so a connection that does not answer is said at once. */
  submit(form, send, testPath) {
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(form);
      const top = form.querySelector('[data-slot="error"]');
      top.hidden = true;
      let saved;
      try {
        saved = await send();
      } catch (err) {
        const rest = showErrors(form, err.fields);
        if (Object.keys(rest).length || !Object.keys(err.fields).length) {
          top.textContent = err.message;
          top.hidden = false;
        }
        return;
      }
      await this.load();
      const r = await this.test(testPath(saved.id), saved.id);
      if (r && r.reachable === false) {
        toast(`Saved ${saved.name}, but it does not answer: ${r.error || 'not reachable'}. Its series will be missing from runs until it does.`, 'bad', 10000);
      } else {
        toast(`Saved ${saved.name}`, 'ok');
      }
    });
  }
}

customElements.define('mp-connections', Connections);
