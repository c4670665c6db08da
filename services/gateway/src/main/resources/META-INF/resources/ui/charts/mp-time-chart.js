// Lines over time ([epoch ms, value] points) on one or two value axes, with marks for what happened in the cluster.
// Long series are thinned for display (min-max, so spikes stay); charts of one run share a group and so a cursor.
import { ChartElement, baseOption, axisStyle } from 'meshperf/charts/chart-base.js';
import { minMax } from 'meshperf/lib/downsample.js';
import { trim } from 'meshperf/lib/format.js';

/** At most this many points per line are drawn; exports keep every point. */
export const DISPLAY_POINTS = 2000;

class TimeChart extends ChartElement {
  /**
   * data: {lines: [{name, points, axis: 0|1, area, step}], axes: [{name, log}], marks: [{at, label, text}],
   * warmupEnd: epoch ms, from, to, maxPoints: points drawn per line (default DISPLAY_POINTS; Infinity for all)}
   */
  option(d, c) {
    const axes = d.axes?.length ? d.axes : [{ name: '' }];
    const markLines = (d.marks || []).map((m) => ({
      xAxis: m.at,
      label: { formatter: m.label, color: c.text, position: 'insideEndTop' },
      lineStyle: { color: c.bad, type: 'solid', width: 1.5 },
      name: m.text,
    }));
    const series = (d.lines || []).map((l, i) => ({
      name: l.name,
      type: 'line',
      yAxisIndex: Math.min(l.axis || 0, axes.length - 1),
      data: minMax(l.points || [], d.maxPoints ?? DISPLAY_POINTS),
      showSymbol: Boolean(l.symbols) || (l.points || []).length < 3,
      symbolSize: 5,
      step: l.step ? 'end' : false,
      lineStyle: { width: 1.6 },
      areaStyle: l.area ? { opacity: 0.12 } : undefined,
      connectNulls: false,
      markLine: i === 0 && markLines.length ? { symbol: 'none', data: markLines, tooltip: { formatter: (p) => p.name } } : undefined,
      markArea: i === 0 && d.warmupEnd ? {
        silent: true,
        itemStyle: { color: c.warn, opacity: 0.08 },
        data: [[{ xAxis: d.from ?? 'min', name: 'warm-up' }, { xAxis: d.warmupEnd }]],
        label: { color: c.muted },
      } : undefined,
    }));
    return {
      ...baseOption(c),
      // the same margins whatever the axes, so charts sharing a cursor line up
      grid: { left: 64, right: 64, top: 40, bottom: 56 },
      legend: { ...baseOption(c).legend, top: 'auto', bottom: 0 },
      tooltip: {
        ...baseOption(c).tooltip,
        valueFormatter: (v) => (v === null || v === undefined ? '–' : trim(v, 4)),
      },
      axisPointer: { link: [{ xAxisIndex: 'all' }] },
      xAxis: { type: 'time', min: d.from, max: d.to, ...axisStyle(c), splitLine: { show: false },
        axisLabel: { color: c.muted, hideOverlap: true } },
      yAxis: axes.map((a, i) => ({
        type: a.log ? 'log' : 'value',
        name: a.name,
        min: a.log ? undefined : 0,
        position: i === 0 ? 'left' : 'right',
        ...axisStyle(c),
        splitLine: i === 0 ? axisStyle(c).splitLine : { show: false },
        axisLabel: { color: c.muted, formatter: (v) => trim(v, 3) },
      })),
      series,
    };
  }

  pointCount(d) {
    return (d.lines || []).reduce((n, l) => n + Math.min(d.maxPoints ?? DISPLAY_POINTS, (l.points || []).length), 0);
  }
}

customElements.define('mp-time-chart', TimeChart);
