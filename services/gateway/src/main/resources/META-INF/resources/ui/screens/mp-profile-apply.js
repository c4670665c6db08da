// Profiles as code: paste (or load) a YAML or JSON profile to create or update it by name, or import an SMP
// PerformanceTestConfig as mesheryctl perf apply does.
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { go } from 'meshperf/router.js';
import { toast } from 'meshperf/components/mp-toasts.js';
import { Screen } from 'meshperf/screens/screen.js';

const EXAMPLE = `name: my-service
endpoints:
  - url: http://127.0.0.1:8094/echo?delay=5ms
load: {type: constant, rate: 200}
concurrentRequests: 8
duration: 30s
slos:
  - {metric: latency.p99, op: "<=", threshold: 250}`;

class ProfileApply extends Screen {
  async load() {
    this.setTitle('Apply a profile');
    const generators = await api.get('/api/generators').catch(() => []);
    this.innerHTML = String(html`
      <div class="page-head"><h1>Apply YAML or import SMP</h1></div>
      <form class="card" novalidate>
        <div class="alert bad" data-slot="error" role="alert" hidden></div>
        <div class="field"><span style="font-weight:560">Format</span><div>
          <label class="check"><input type="radio" name="kind" value="profile" checked> meshperf profile (YAML or JSON)</label>
          <label class="check"><input type="radio" name="kind" value="smp"> SMP PerformanceTestConfig</label></div></div>
        <div class="field" data-smp hidden><label for="smp-gen">Generator for the imported test</label>
          <select id="smp-gen" name="generator"><option value="">as the file says</option>
          ${generators.map((g) => html`<option value="${g.name}">${g.name}</option>`)}</select></div>
        <div class="field"><label for="apply-file">From a file</label><input id="apply-file" type="file" accept=".yaml,.yml,.json"></div>
        <div class="field"><label for="apply-text">Document</label>
          <textarea id="apply-text" name="text" rows="16" spellcheck="false" placeholder="${EXAMPLE}"></textarea>
          <div class="help">A profile with the name of an existing one updates it (a new version); otherwise it is
            created. <span data-slot="exists"></span></div></div>
        <div class="dialog-actions"><a class="button" href="#/profiles">Cancel</a><button type="submit" class="primary">Apply</button></div>
      </form>`);
    const form = this.$('form');
    form.querySelectorAll('[name="kind"]').forEach((r) => r.addEventListener('change', () => {
      this.$('[data-smp]').hidden = form.kind.value !== 'smp';
    }));
    let timer;
    form.text.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.sayWhatApplyDoes(form.text.value), 400);
    });
    this.$('#apply-file').addEventListener('change', async (e) => {
      const file = e.target.files[0];
      if (file) {
        form.text.value = await file.text();
        this.sayWhatApplyDoes(form.text.value);
      }
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const top = this.$('[data-slot="error"]');
      top.hidden = true;
      const text = form.text.value;
      const type = text.trim().startsWith('{') ? 'application/json' : 'application/yaml';
      try {
        const saved = form.kind.value === 'smp'
          ? await api.post(`/api/profiles/import${query({ generator: form.generator.value })}`, text, type)
          : await api.post('/api/profiles/apply', text, type);
        toast(`Applied ${saved.name} (version ${saved.version})`, 'ok');
        go(['profiles', saved.id]);
      } catch (err) {
        const fields = Object.entries(err.fields);
        top.textContent = fields.length ? fields.map(([f, r]) => `${f}: ${r}`).join('; ') : err.message;
        top.hidden = false;
      }
    });
  }

  /** Whether applying the text will create a profile or make a new version of one, from its name line. */
  async sayWhatApplyDoes(text) {
    const slot = this.$('[data-slot="exists"]');
    const m = /^name:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(text) || /"name"\s*:\s*"([^"]+)"/.exec(text);
    if (!m || this.$('form').kind.value === 'smp') {
      slot.textContent = '';
      return;
    }
    const found = await api.get(`/api/profiles${query({ search: m[1], size: 50 })}`).catch(() => null);
    const same = found?.profiles.find((p) => p.name === m[1]);
    slot.textContent = same ? `Applying updates ${same.name} from v${same.version} to v${same.version + 1}.`
      : `Applying creates a new profile named ${m[1]}.`;
  }
}

customElements.define('mp-profile-apply', ProfileApply);
