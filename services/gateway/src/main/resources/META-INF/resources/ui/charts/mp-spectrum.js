// The percentile spectrum on HdrHistogram's 1/(1-p) axis: one line per series (latency and service time of one run,
// or the latency of several runs); where latency and service time part is what coordinated omission would hide.
import { ChartElement, baseOption, axisStyle } from 'meshperf/charts/chart-base.js';
import { spectrumPoints, tickLabel, MAX_X } from 'meshperf/lib/spectrum.js';
import { ms } from 'meshperf/lib/format.js';

class Spectrum extends ChartElement {
  /** data: {lines: [{name, percentiles, dashed}], log: bool} */
  option(d, c) {
    const lines = (d.lines || []).map((l) => ({ ...l, points: spectrumPoints(l.percentiles) }));
    const maxX = Math.max(10, ...lines.flatMap((l) => l.points.map((p) => p[0])));
    return {
      ...baseOption(c),
      grid: { left: 64, right: 24, top: 28, bottom: 72 },
      legend: { ...baseOption(c).legend, top: 'auto', bottom: 0 },
      tooltip: {
        ...baseOption(c).tooltip,
        trigger: 'item',
        formatter: (p) => `<b>${p.seriesName}</b><br>${tickLabel(p.value[0])}: ${ms(p.value[1])}`,
      },
      xAxis: {
        type: 'log',
        min: 1,
        max: Math.min(MAX_X, 10 ** Math.ceil(Math.log10(maxX))),
        name: 'percentile',
        nameLocation: 'middle',
        nameGap: 30,
        ...axisStyle(c),
        axisLabel: { color: c.muted, formatter: (x) => tickLabel(x) },
      },
      yAxis: { type: d.log ? 'log' : 'value', name: 'ms', ...axisStyle(c) },
      series: lines.map((l) => ({
        name: l.name,
        type: 'line',
        data: l.points,
        showSymbol: false,
        lineStyle: { width: 2, type: l.dashed ? 'dashed' : 'solid' },
        step: false,
      })),
    };
  }

  pointCount(d) {
    return (d.lines || []).reduce((n, l) => n + (l.percentiles?.length || 0), 0);
  }
}

customElements.define('mp-spectrum', Spectrum);
