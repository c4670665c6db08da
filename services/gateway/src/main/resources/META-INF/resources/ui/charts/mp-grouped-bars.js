// Grouped bars: one group per category (p50, p90, ... or req/s), one bar per run (fortio's multi-result view).
import { ChartElement, baseOption, axisStyle } from 'meshperf/charts/chart-base.js';
import { trim } from 'meshperf/lib/format.js';

class GroupedBars extends ChartElement {
  /** data: {categories: [..], series: [{name, values}], unit, log} */
  option(d, c) {
    return {
      ...baseOption(c),
      grid: { left: 64, right: 24, top: 40, bottom: 36 },
      tooltip: { ...baseOption(c).tooltip, axisPointer: { type: 'shadow' }, valueFormatter: (v) => (v === null ? '–' : `${trim(v, 4)} ${d.unit || ''}`) },
      xAxis: { type: 'category', data: d.categories, ...axisStyle(c) },
      yAxis: { type: d.log ? 'log' : 'value', name: d.unit, ...axisStyle(c) },
      series: (d.series || []).map((s) => ({ name: s.name, type: 'bar', data: s.values, barMaxWidth: 36 })),
    };
  }

  pointCount(d) {
    return (d.series || []).reduce((n, s) => n + s.values.length, 0);
  }
}

customElements.define('mp-grouped-bars', GroupedBars);
