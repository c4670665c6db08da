// The self-contained report: the result or comparison pages' charts and tables, drawn from the data inlined in the
// file, with no network request (every module and ECharts are inlined too, see the gateway's ReportRenderer).
import { html } from 'meshperf/lib/html.js';
import { dateTime } from 'meshperf/lib/format.js';
import { resultMarkup, drawResult } from 'meshperf/screens/result-view.js';
import { compareMarkup, drawCompare } from 'meshperf/screens/compare-view.js';
import 'meshperf/components/mp-theme-toggle.js';

const data = JSON.parse(document.getElementById('report-data').textContent);
const root = document.getElementById('report');
const footer = html`<p class="muted report-footer">Made by meshperf on ${dateTime(data.generatedAt)} from ${data.source}. This file
  needs no network: its data, scripts and styles are all inside it.</p>`;
if (data.kind === 'compare') {
  root.innerHTML = String(html`${compareMarkup(data.comparison, data.results)}${footer}`);
  drawCompare(root, data.comparison, data.results);
} else {
  root.innerHTML = String(html`${resultMarkup(data.result, data.environment)}${footer}`);
  drawResult(root, data.result, data.environment);
}
document.body.dataset.ready = 'true';
