// Runs side by side, drawn from the compare API and each run's result: spectra and histograms overlaid, the table
// of deltas with the noise judgement, and percentiles and throughput per run as grouped bars. The page and the
// offline report share this code.
import { html } from 'meshperf/lib/html.js';
import { deltaRows, formatDelta, percentileBars } from 'meshperf/lib/deltas.js';
import { ms, rps, shortId, dateTime, trim } from 'meshperf/lib/format.js';
import { statusBadge } from 'meshperf/screens/screen.js';
import { environmentSection } from 'meshperf/screens/environment-changes.js';
import 'meshperf/charts/mp-spectrum.js';
import 'meshperf/charts/mp-grouped-bars.js';

/** The compare API's metric names as people say them. */
const METRICS = {
  requests: 'requests', actualRps: 'throughput (req/s)', errorRate: 'error rate', 'latency.p50': 'latency p50',
  'latency.p90': 'latency p90', 'latency.p99': 'latency p99', 'latency.p999': 'latency p99.9',
  'latency.max': 'latency max', 'serviceTime.p99': 'service time p99',
};

const VERDICT = { better: ['ok', 'better'], worse: ['bad', 'worse'], noise: ['', 'within noise'], same: ['', 'same'], changed: ['info', 'changed'] };

export function runLabel(r, i) {
  return `${i + 1}. ${r.name || 'run'} ${shortId(r.testId)}`;
}

/** A warning when the runs were asked for different rates: a higher throughput is then no improvement. */
function askedNote(results) {
  const asked = [...new Set(results.map((r) => r.summary?.requestedRps ?? null))];
  if (asked.length < 2) {
    return '';
  }
  return html`<div class="alert info"><strong>The runs were asked for different rates</strong>
    (${asked.map((a) => (a === null ? 'max' : rps(a))).join(', ')}): compare their throughput with that in mind.</div>`;
}

export function compareMarkup(comparison, results, options = {}) {
  const rows = deltaRows(comparison);
  return html`<div class="page-head"><div><h1>Comparing ${results.length} runs</h1>
      <div class="subtitle">Deltas against run 1; a change counts only when it is beyond run-to-run noise.</div></div>
      <span class="spacer"></span>${options.actions || ''}</div>
    <section class="card"><div class="table-wrap"><table>
      <thead><tr><th>Run</th><th>Status</th><th>Started</th><th>Generator</th><th class="num">req/s</th><th class="num">p50</th><th class="num">p99</th><th class="num">p99.9</th></tr></thead>
      <tbody>${results.map((r, i) => html`<tr><td><a href="#/results/${encodeURIComponent(r.testId)}">${runLabel(r, i)}</a></td>
        <td>${statusBadge(r.status)}</td><td>${dateTime(r.startAt)}</td><td>${r.generator || '–'}</td>
        <td class="num">${rps(r.summary?.actualRps)}</td><td class="num">${ms(r.summary?.latencyMs?.p50)}</td>
        <td class="num">${ms(r.summary?.latencyMs?.p99)}</td><td class="num">${ms(r.summary?.latencyMs?.p999)}</td></tr>`)}</tbody>
    </table></div></section>
    <div class="grid two" style="margin-top:16px">
      <section class="card"><div class="card-head"><h2>Percentile spectra</h2><span class="spacer"></span>
        <label class="check"><input type="checkbox" data-toggle="cmp-log"> log scale</label></div>
        <mp-spectrum data-chart="cmp-spectrum" size="tall"></mp-spectrum></section>
      <section class="card"><div class="card-head"><h2>Latency histograms</h2><span class="spacer"></span>
        <span class="muted">share of requests per range</span></div>
        <mp-grouped-bars data-chart="cmp-hist" size="tall"></mp-grouped-bars></section>
    </div>
    <section class="card" style="margin-top:16px"><h2>Deltas against run 1</h2><div class="table-wrap"><table data-testid="deltas">
      <thead><tr><th>Metric</th>${results.map((r, i) => html`<th class="num run-head">${runLabel(r, i)}${i === 0 ? html`<div class="muted">the base</div>`
        : options.actions ? html`<div><button type="button" class="link" data-base="${r.testId}">compare against this one</button></div>` : ''}</th>`)}</tr></thead>
      <tbody>${rows.map((row) => html`<tr><th scope="row" title="${row.method}">${METRICS[row.name] || row.name} <span class="muted">${row.unit === 'count' || row.name === 'actualRps' ? '' : row.unit}</span></th>
        ${row.cells.map((c, i) => html`<td class="num">${trim(c.value ?? 0, 4)}${i > 0 ? html`<div class="muted">${formatDelta(c.delta, c.deltaPercent)}</div>
          ${c.verdict ? html`<span class="badge ${VERDICT[c.verdict][0]}">${VERDICT[c.verdict][1]}</span>` : ''}` : ''}</td>`)}</tr>`)}</tbody>
    </table></div>${askedNote(results)}<p class="muted">How noise is judged: latency percentiles by 95 % confidence intervals from the
      histograms' order statistics, error rate by a two-proportion z-test, throughput by more than 2 %.</p></section>
    <section class="card" style="margin-top:16px" aria-labelledby="env-h"><h2 id="env-h">What changed in the system</h2>
      ${environmentSection(comparison.environment, new Map(results.map((r, i) => [r.testId, runLabel(r, i)])))}</section>
    <div class="grid two" style="margin-top:16px">
      <section class="card"><h2>Percentiles per run</h2><mp-grouped-bars data-chart="cmp-pct" size="tall"></mp-grouped-bars></section>
      <section class="card"><h2>Throughput per run</h2><mp-grouped-bars data-chart="cmp-rps" size="tall"></mp-grouped-bars></section>
    </div>`;
}

/** Shares of requests per histogram range, on a common set of ranges: each run's bars re-binned onto run 1's. */
function histogramShares(results) {
  const edges = (results[0]?.latencyHistogram || []).map((b) => [b.fromMs, b.toMs]);
  return {
    categories: edges.map(([a, b]) => `${trim(a, 3)}–${trim(b, 3)}`),
    series: results.map((r, i) => {
      const bars = r.latencyHistogram || [];
      const total = bars.reduce((n, b) => n + b.count, 0) || 1;
      return {
        name: runLabel(r, i),
        values: edges.map(([lo, hi], e) => {
          const last = e === edges.length - 1;
          const first = e === 0;
          const inside = bars.filter((b) => {
            const mid = (b.fromMs + b.toMs) / 2;
            return (first || mid >= lo) && (last || mid < hi);
          });
          return Number(((100 * inside.reduce((n, b) => n + b.count, 0)) / total).toFixed(3));
        }),
      };
    }),
  };
}

export function drawCompare(root, comparison, results) {
  const spectrum = root.querySelector('[data-chart="cmp-spectrum"]');
  const spectrumData = () => ({
    lines: results.map((r, i) => ({ name: runLabel(r, i), percentiles: r.latencyPercentiles || [] })),
    log: root.querySelector('[data-toggle="cmp-log"]').checked,
  });
  spectrum.data = spectrumData();
  root.querySelector('[data-toggle="cmp-log"]').addEventListener('change', () => { spectrum.data = spectrumData(); });
  root.querySelector('[data-chart="cmp-hist"]').data = { ...histogramShares(results), unit: '%' };
  const keys = ['p50', 'p90', 'p99', 'p999'];
  root.querySelector('[data-chart="cmp-pct"]').data = {
    categories: ['p50', 'p90', 'p99', 'p99.9'],
    unit: 'ms',
    series: results.map((r, i) => ({ name: runLabel(r, i), values: percentileBars([r], keys).map((b) => b.values[0]) })),
  };
  root.querySelector('[data-chart="cmp-rps"]').data = {
    categories: ['achieved', 'asked'],
    unit: 'req/s',
    series: results.map((r, i) => ({ name: runLabel(r, i), values: [r.summary?.actualRps ?? null, r.summary?.requestedRps ?? null] })),
  };
}
