// Compare 2 to 10 runs: #/compare?ids=a,b,c.
import { api, query } from 'meshperf/api.js';
import { go } from 'meshperf/router.js';
import { html } from 'meshperf/lib/html.js';
import { Screen } from 'meshperf/screens/screen.js';
import { compareMarkup, drawCompare } from 'meshperf/screens/compare-view.js';
import { download } from 'meshperf/screens/mp-result.js';
import { toast } from 'meshperf/components/mp-toasts.js';

class Compare extends Screen {
  async load() {
    const ids = (this.params.ids || '').split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length < 2) {
      this.innerHTML = String(html`<div class="card empty"><h1>Pick runs to compare</h1>
        <p>Tick 2 to 10 runs on the <a href="#/results">results</a> page.</p></div>`);
      return;
    }
    const [comparison, ...results] = await Promise.all([
      api.get(`/api/results/compare${query({ ids: ids.join(',') })}`),
      ...ids.map((id) => api.get(`/api/results/${encodeURIComponent(id)}`)),
    ]);
    this.setTitle(`Compare ${ids.length} runs`);
    const actions = html`<div class="row no-print"><a class="button" href="#/results?pick=${encodeURIComponent(ids.join(','))}">Change runs</a>
      <button type="button" class="primary" data-action="report">Download report</button></div>`;
    this.innerHTML = String(compareMarkup(comparison, results, { actions }));
    drawCompare(this, comparison, results);
    this.$$('[data-base]').forEach((b) => b.addEventListener('click', () => {
      const base = b.dataset.base;
      go(['compare'], { ids: [base, ...ids.filter((i) => i !== base)].join(',') });
    }));
    this.$('[data-action="report"]').addEventListener('click', () => download(`/api/results/compare/report${query({ ids: ids.join(',') })}`,
      `meshperf-compare-${ids.length}-runs.html`).catch((e) => toast(`The report could not be made: ${e.message}`, 'bad')));
  }
}

customElements.define('mp-compare', Compare);
