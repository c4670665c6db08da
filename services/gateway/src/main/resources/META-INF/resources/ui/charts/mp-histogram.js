// Latency histogram: bars of requests per latency range (logarithmic ranges from the API), the cumulative share on
// a second axis, percentile markers, service time beside latency, and a logarithmic count axis as an option.
import { ChartElement, baseOption, axisStyle } from 'meshperf/charts/chart-base.js';
import { cumulative, barOf, barLabel } from 'meshperf/lib/histogram.js';

class Histogram extends ChartElement {
  /** data: {latency: buckets, serviceTime: buckets|null, markers: [{label, ms}], log: bool, showServiceTime: bool} */
  option(d, c) {
    const bars = cumulative(d.latency);
    const service = d.showServiceTime && d.serviceTime ? cumulative(d.serviceTime) : null;
    const labels = bars.map(barLabel);
    const marks = (d.markers || []).map((m, i) => ({
      xAxis: barOf(bars, m.ms),
      label: { formatter: m.label, color: c.text, position: i % 2 ? 'insideMiddleTop' : 'insideEndTop' },
      lineStyle: { color: c.warn, type: 'dashed' },
    }));
    const series = [
      {
        name: 'latency (from intended send)',
        type: 'bar',
        data: bars.map((b) => (d.log && b.count === 0 ? null : b.count)),
        barCategoryGap: '8%',
        markLine: { symbol: 'none', silent: true, data: marks },
      },
    ];
    if (service) {
      series.push({ name: 'service time (from actual send)', type: 'bar', data: service.map((b) => (d.log && b.count === 0 ? null : b.count)), barCategoryGap: '8%' });
    }
    series.push({
      name: 'cumulative %',
      type: 'line',
      yAxisIndex: 1,
      data: bars.map((b) => Number(b.cumulativePercent.toFixed(3))),
      symbol: 'none',
      lineStyle: { width: 2 },
      color: c.series[2],
    });
    return {
      ...baseOption(c),
      grid: { left: 64, right: 56, top: 28, bottom: 84 },
      legend: { ...baseOption(c).legend, top: 'auto', bottom: 0 },
      tooltip: {
        ...baseOption(c).tooltip,
        formatter: (items) => {
          const i = items[0].dataIndex;
          const b = bars[i];
          const lines = [`<b>${labels[i]} ms</b>`, `latency: ${b.count.toLocaleString('en-US')} (${b.percent.toFixed(2)} %)`];
          if (service) {
            lines.push(`service time: ${service[i].count.toLocaleString('en-US')} (${service[i].percent.toFixed(2)} %)`);
          }
          lines.push(`cumulative: ${b.cumulativePercent.toFixed(3)} %`);
          return lines.join('<br>');
        },
      },
      xAxis: { type: 'category', data: labels, ...axisStyle(c), axisLabel: { color: c.muted, rotate: 40, fontSize: 10, formatter: (v) => `${v} ms` } },
      yAxis: [
        { type: d.log ? 'log' : 'value', name: 'requests', min: d.log ? 1 : 0, ...axisStyle(c) },
        { type: 'value', name: 'cumulative %', min: 0, max: 100, ...axisStyle(c), splitLine: { show: false } },
      ],
      series,
    };
  }

  pointCount(d) {
    return d.latency?.length || 0;
  }
}

customElements.define('mp-histogram', Histogram);
