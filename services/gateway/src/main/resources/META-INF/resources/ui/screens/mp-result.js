// A result page: #/results/ID. Reads the result and its environment, then draws them (result-view.js).
import { api, headers, query } from 'meshperf/api.js';
import { go } from 'meshperf/router.js';
import { openRunDialog } from 'meshperf/screens/run-dialog.js';
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
  disconnectedCallback() {
    document.removeEventListener('click', this.closeMenu);
  }

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
      ${result.profile ? html`<a class="button" href="#/profiles/${encodeURIComponent(result.profile.id)}/trend">Trend</a>
        <button type="button" data-action="previous">Compare with the previous run</button>
        <button type="button" data-action="again">Run again</button>` : ''}
      <a class="button" href="#/results?pick=${encodeURIComponent(id)}${result.profile ? `&profileId=${encodeURIComponent(result.profile.id)}` : ''}">Compare with…</a>
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
    const menu = this.$('details.export');
    document.addEventListener('click', this.closeMenu = (e) => {
      if (menu && !menu.contains(e.target)) {
        menu.open = false;
      }
    });
    menu?.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
    this.$('[data-action="again"]')?.addEventListener('click', () => openRunDialog(result.profile.id, result.name,
      { generator: result.generator }));
    this.$('[data-action="previous"]')?.addEventListener('click', async () => {
      const before = await api.get(`/api/results${query({ profileId: result.profile.id, to: result.startAt, size: 5 })}`)
        .catch(() => []);
      const previous = before.find((r) => r.testId !== id);
      if (previous) {
        go(['compare'], { ids: `${previous.testId},${id}` });
      } else {
        toast('This is the profile\'s first run: there is nothing before it to compare with.');
      }
    });
    this.$('[data-action="report"]').addEventListener('click', () => {
      download(`/api/results/${encodeURIComponent(id)}/report`, `meshperf-report-${id.slice(0, 8)}.html`)
        .catch((e) => toast(`The report could not be made: ${e.message}`, 'bad'));
    });
  }
}

customElements.define('mp-result', ResultPage);
