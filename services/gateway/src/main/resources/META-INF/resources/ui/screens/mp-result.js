// A result page: #/results/ID. Reads the result and its environment, then draws them (result-view.js).
import { api, headers } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { Screen } from 'meshperf/screens/screen.js';
import { resultMarkup, drawResult } from 'meshperf/screens/result-view.js';
import { toast } from 'meshperf/components/mp-toasts.js';

const EXPORTS = [['fortio', 'fortio JSON', 'json'], ['smp', 'SMP YAML', 'yaml'], ['csv', 'per-second CSV', 'csv'], ['hdr', 'HdrHistogram log', 'hlog']];

/** Downloads a file from the API with the token, so exports work when reads need one. */
export async function download(path, filename) {
  const response = await fetch(path, { headers: headers({ Accept: '*/*' }) });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `HTTP ${response.status}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

class ResultPage extends Screen {
  async load() {
    const id = this.segments[1];
    const result = await api.get(`/api/results/${encodeURIComponent(id)}`);
    if (result.status === 'RUNNING' || result.status === 'PENDING') {
      location.replace(`#/runs/${encodeURIComponent(id)}`);
      return;
    }
    const environment = await api.get(`/api/tests/${encodeURIComponent(id)}/environment`).catch(() => null);
    this.setTitle(`${result.name || 'Run'} ${id.slice(0, 8)}`);
    const actions = html`<div class="row no-print">
      ${result.profile ? html`<a class="button" href="#/profiles/${encodeURIComponent(result.profile.id)}/trend">Trend</a>` : ''}
      <a class="button" href="#/results?pick=${encodeURIComponent(id)}">Compare with…</a>
      <details class="export"><summary class="button">Export</summary><div class="popover" style="width:220px">
        ${EXPORTS.map(([format, label]) => html`<button type="button" class="link" data-export="${format}">${label}</button><br>`)}
      </div></details>
      <button type="button" class="primary" data-action="report">Download report</button></div>`;
    const allPoints = this.params.points === 'all';
    const options = { actions, allPoints, toggleHref: `#/results/${encodeURIComponent(id)}${allPoints ? '' : '?points=all'}` };
    this.innerHTML = String(resultMarkup(result, environment, options));
    drawResult(this, result, environment, options);
    // when every chart has been drawn (two frames later), for people timing the page (bench/ui-render.sh)
    requestAnimationFrame(() => requestAnimationFrame(() => {
      document.body.dataset.resultDrawnMs = performance.now().toFixed(0);
    }));
    this.$$('[data-export]').forEach((b) => b.addEventListener('click', () => {
      const [format, , ext] = EXPORTS.find((e) => e[0] === b.dataset.export);
      download(`/api/results/${encodeURIComponent(id)}/export?format=${format}`, `meshperf-${id.slice(0, 8)}.${ext}`)
        .catch((e) => toast(`Export failed: ${e.message}`, 'bad'));
    }));
    this.$('[data-action="report"]').addEventListener('click', () => {
      download(`/api/results/${encodeURIComponent(id)}/report`, `meshperf-report-${id.slice(0, 8)}.html`)
        .catch((e) => toast(`The report could not be made: ${e.message}`, 'bad'));
    });
  }
}

customElements.define('mp-result', ResultPage);
