// "Test a URL now", as fortio's first page offers: a URL, a rate, connections and a duration start an ad-hoc run
// (POST /api/runs, nothing saved as a profile) and open it live.
import { api } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { go } from 'meshperf/router.js';
import { field, showErrors, clearErrors, clearErrorsOnInput } from 'meshperf/components/fields.js';

class QuickRun extends HTMLElement {
  connectedCallback() {
    if (this.firstChild) {
      return;
    }
    this.innerHTML = String(html`<form class="card" novalidate style="margin-bottom:16px" aria-labelledby="quick-h">
      <div class="card-head"><h2 id="quick-h">Test a URL now</h2><span class="spacer"></span>
        <span class="muted">an ad-hoc run: nothing is saved as a profile</span></div>
      <div class="alert bad" data-slot="error" hidden></div>
      <div class="inline-fields">
        <div style="flex: 3 1 260px">${field({ name: 'endpoints', label: 'URL', placeholder: 'e.g. http://127.0.0.1:8094/echo?delay=5ms' })}</div>
        <div style="flex: 1 1 110px">${field({ name: 'load.rate', label: 'Rate (req/s)', type: 'number', value: '100', help: 'empty: as fast as possible' })}</div>
        <div style="flex: 1 1 90px">${field({ name: 'concurrentRequests', label: 'Connections', type: 'number', value: '8' })}</div>
        <div style="flex: 1 1 90px">${field({ name: 'duration', label: 'Duration', value: '10s' })}</div>
        <div style="padding-top: 24px"><button type="submit" class="primary">Start</button></div>
      </div></form>`);
    const form = this.querySelector('form');
    clearErrorsOnInput(form);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(form);
      const top = form.querySelector('[data-slot="error"]');
      top.hidden = true;
      const url = form.querySelector('[name="endpoints"]').value.trim();
      const rate = form.querySelector('[name="load.rate"]').value.trim();
      const body = {
        name: 'quick test',
        endpoints: url ? [{ url }] : [],
        load: rate ? { type: 'constant', rate: Number(rate) } : { type: 'max' },
        concurrentRequests: Number(form.querySelector('[name="concurrentRequests"]').value || 0),
        duration: form.querySelector('[name="duration"]').value.trim() || undefined,
      };
      const submit = form.querySelector('[type="submit"]');
      submit.disabled = true;
      try {
        const accepted = await api.post('/api/runs', body);
        go(['runs', accepted.testId]);
      } catch (err) {
        const rest = showErrors(form, err.fields);
        if (Object.keys(rest).length || !Object.keys(err.fields).length) {
          top.textContent = Object.keys(rest).length ? Object.entries(rest).map(([f, r]) => `${f}: ${r}`).join('; ') : err.message;
          top.hidden = false;
        }
      } finally {
        submit.disabled = false;
      }
    });
  }
}

customElements.define('mp-quick-run', QuickRun);
