// Create or edit a profile (#/profiles/new, #/profiles/ID/edit, #/profiles/new?clone=ID). The API judges every field;
// its problem names the field, and the error appears beside it.
import { api } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { formFromDocument, documentFromForm } from 'meshperf/lib/profile-form.js';
import { field, selectField, textArea, showErrors, clearErrors, clearErrorsOnInput } from 'meshperf/components/fields.js';
import { go } from 'meshperf/router.js';
import { toast } from 'meshperf/components/mp-toasts.js';
import { Screen } from 'meshperf/screens/screen.js';

const PROTOCOLS = [['http1', 'HTTP/1.1'], ['h2c', 'HTTP/2 cleartext (h2c)'], ['http2', 'HTTP/2 over TLS'], ['grpc', 'gRPC (unary)'], ['tcp', 'TCP']];
const LOADS = [['constant', 'Constant rate (open loop)'], ['max', 'As fast as possible (closed loop)'], ['ramp', 'Ramp from one rate to another'], ['steps', 'Steps of rates']];

class ProfileForm extends Screen {
  async load() {
    const id = this.segments[2] === 'edit' ? this.segments[1] : null;
    const cloneOf = this.params.clone;
    const [base, generators] = await Promise.all([
      id || cloneOf ? api.get(`/api/profiles/${encodeURIComponent(id || cloneOf)}`) : Promise.resolve(null),
      api.get('/api/generators').catch(() => []),
    ]);
    this.base = base ? { ...base } : {};
    if (cloneOf) {
      this.base.name = `${base.name} (copy)`;
      delete this.base.id;
      delete this.base.version;
    }
    this.entityId = id;
    const v = formFromDocument(base ? this.base : { load: { type: 'constant', rate: 100 }, concurrentRequests: 8, duration: '30s', method: 'GET' });
    this.setTitle(id ? `Edit ${base.name}` : 'New profile');
    this.innerHTML = String(html`
      <div class="page-head"><div><h1>${id ? html`Edit ${base.name}` : cloneOf ? 'Clone a profile' : 'New profile'}</h1>
        ${id ? html`<div class="subtitle">version ${base.version}; saving makes version ${base.version + 1}</div>` : ''}</div></div>
      <form class="card" novalidate>
        <div class="alert bad" data-slot="error" role="alert" hidden></div>
        <fieldset><legend>What</legend><div class="form-grid">
          ${field({ name: 'name', label: 'Name', value: v.name, required: true })}
          ${field({ name: 'description', label: 'Description', value: v.description })}
        </div>
          ${textArea({ name: 'endpoints', label: 'Target URLs', value: v.endpoints, rows: 2, placeholder: 'e.g. http://checkout.shop:8080/api/cart', help: 'One per line; a number after a URL is its weight.' })}
          <div class="form-grid">
            ${selectField({ name: 'protocol', label: 'Protocol', value: v.protocol, options: PROTOCOLS.map(([value, label]) => ({ value, label })) })}
            ${field({ name: 'method', label: 'Method', value: v.method })}
            ${field({ name: 'contentType', label: 'Content type', value: v.contentType, placeholder: 'e.g. application/json' })}
          </div>
          ${textArea({ name: 'headers', label: 'Headers', value: v.headers, rows: 2, placeholder: 'e.g. Accept: application/json', help: 'One per line, Name: value. Authorization, Cookie and API-key headers are stored sealed and shown as <secret> (leave it to keep the stored value); write secret Name: value to seal any other.' })}
          ${textArea({ name: 'body', label: 'Body', value: v.body, rows: 3 })}
        </fieldset>
        <fieldset><legend>How much</legend><div class="form-grid">
          ${selectField({ name: 'load.type', label: 'Load model', value: v.loadType, options: LOADS.map(([value, label]) => ({ value, label })) })}
          <div data-load="constant">${field({ name: 'load.rate', label: 'Rate (req/s)', value: v.rate, type: 'number', attrs: 'min="0" step="any"' })}</div>
          <div data-load="ramp">${field({ name: 'load.startRate', label: 'From (req/s)', value: v.startRate, type: 'number' })}</div>
          <div data-load="ramp">${field({ name: 'load.endRate', label: 'To (req/s)', value: v.endRate, type: 'number' })}</div>
          <div data-load="steps">${field({ name: 'load.steps', label: 'Steps', value: v.steps, placeholder: 'e.g. 100@10s, 500@10s' })}</div>
          <div data-load="constant ramp steps">${selectField({ name: 'load.arrival', label: 'Arrivals', value: v.arrival, options: [{ value: 'uniform', label: 'evenly spaced' }, { value: 'poisson', label: 'Poisson (random)' }] })}</div>
          ${field({ name: 'concurrentRequests', label: 'Connections', value: v.concurrentRequests, type: 'number', help: 'Over all shards.' })}
          ${field({ name: 'duration', label: 'Duration', value: v.duration, placeholder: 'e.g. 30s', help: 'Measured part: 30s, 5m, 1h.' })}
          ${field({ name: 'warmup', label: 'Warm-up', value: v.warmup, placeholder: 'none', help: 'Sent first, left out of the result; e.g. 5s.' })}
          ${field({ name: 'requestTimeout', label: 'Request timeout', value: v.requestTimeout, placeholder: 'the generator\'s default', help: 'e.g. 5s.' })}
          ${field({ name: 'shards', label: 'Shards', value: v.shards, type: 'number', help: 'Runner instances the load is split over.' })}
        </div>
        <div class="field" data-field="loadGenerators"><span class="label" style="font-weight:560">Load generators it may use</span><div>
          ${generators.map((g) => html`<label class="check"><input type="checkbox" name="loadGenerators" value="${g.name}" ${v.loadGenerators.includes(g.name) ? html`checked` : ''}>
            ${g.name}${g.available ? '' : html` <span class="muted">(unavailable here)</span>`}</label>`)}</div>
          <div class="help">None chosen: the default generator.</div><div class="error" hidden></div></div>
        </fieldset>
        <fieldset><legend>Judged by</legend>
          ${textArea({ name: 'slos', label: 'SLOs', value: v.slos, rows: 2, placeholder: 'e.g. latency.p99 <= 250', help: 'latency.p50 … latency.p9999 and latency.max in ms, errorRate in %, actualRps; one per line.' })}
          <div class="form-grid">
            ${field({ name: 'baselineRunId', label: 'Baseline run', value: v.baselineRunId, placeholder: 'a test id', help: 'Each run is compared with it.' })}
            ${field({ name: 'serviceMesh.name', label: 'Service mesh', value: v.meshName, placeholder: 'e.g. istio' })}
            ${field({ name: 'serviceMesh.version', label: 'Mesh version', value: v.meshVersion })}
          </div>
          ${textArea({ name: 'labels', label: 'Labels', value: v.labels, rows: 2, placeholder: 'e.g. team=payments', help: 'key=value, one per line.' })}
        </fieldset>
        <details><summary>TLS</summary><div class="form-grid" style="margin-top:10px">
          ${field({ name: 'sni', label: 'SNI host name', value: v.sni })}
          <div class="field" data-field="insecure"><label class="check"><input type="checkbox" name="insecure" ${v.insecure ? html`checked` : ''}> Do not verify the certificate</label></div>
        </div>${textArea({ name: 'caCertificate', label: 'CA certificate (PEM)', value: v.caCertificate, rows: 3 })}</details>
        <div class="dialog-actions">
          <a class="button" href="${id ? `#/profiles/${encodeURIComponent(id)}` : '#/profiles'}">Cancel</a>
          <button type="submit" class="primary">${id ? 'Save changes' : 'Create profile'}</button>
        </div>
      </form>`);
    const form = this.$('form');
    clearErrorsOnInput(form);
    const loadType = form.querySelector('[name="load.type"]');
    const showLoad = () => this.$$('[data-load]').forEach((el) => { el.hidden = !el.dataset.load.split(' ').includes(loadType.value); });
    loadType.addEventListener('change', showLoad);
    showLoad();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save(form);
    });
  }

  values(form) {
    const get = (name) => form.querySelector(`[name="${name}"]`);
    return {
      name: get('name').value, description: get('description').value, labels: get('labels').value,
      loadGenerators: [...form.querySelectorAll('[name="loadGenerators"]:checked')].map((c) => c.value),
      shards: get('shards').value, protocol: get('protocol').value, endpoints: get('endpoints').value,
      method: get('method').value, headers: get('headers').value, body: get('body').value,
      contentType: get('contentType').value, loadType: get('load.type').value, rate: get('load.rate').value,
      startRate: get('load.startRate').value, endRate: get('load.endRate').value, steps: get('load.steps').value,
      arrival: get('load.arrival').value, concurrentRequests: get('concurrentRequests').value,
      duration: get('duration').value, warmup: get('warmup').value, requestTimeout: get('requestTimeout').value,
      insecure: get('insecure').checked, sni: get('sni').value, caCertificate: get('caCertificate').value,
      slos: get('slos').value, baselineRunId: get('baselineRunId').value, meshName: get('serviceMesh.name').value,
      meshVersion: get('serviceMesh.version').value,
    };
  }

  async save(form) {
    const top = this.$('[data-slot="error"]');
    top.hidden = true;
    clearErrors(form);
    const { doc, errors } = documentFromForm(this.values(form), this.base);
    if (errors) {
      showErrors(form, errors);
      return;
    }
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const saved = this.entityId
        ? await api.put(`/api/profiles/${encodeURIComponent(this.entityId)}`, doc)
        : await api.post('/api/profiles', doc);
      toast(this.entityId ? `Saved ${saved.name} as version ${saved.version}` : `Created ${saved.name}`, 'ok');
      go(['profiles', saved.id]);
    } catch (e) {
      const rest = showErrors(form, e.fields);
      const unplaced = Object.entries(rest);
      if (unplaced.length || !Object.keys(e.fields).length) {
        top.textContent = e.status === 409 ? `${e.message} Reload to see the other change.` : unplaced.length
          ? unplaced.map(([f, r]) => `${f}: ${r}`).join('; ') : e.message;
        top.hidden = false;
        top.scrollIntoView({ block: 'center' });
      }
    } finally {
      submit.disabled = false;
    }
  }
}

customElements.define('mp-profile-form', ProfileForm);
