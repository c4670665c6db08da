// The base of every chart element: an ECharts instance that follows the element's size and the page's theme.
// Subclasses turn their data into an ECharts option; the colours come from the stylesheet's custom properties.
import * as echarts from 'echarts';

export function palette() {
  const css = getComputedStyle(document.documentElement);
  const v = (name) => css.getPropertyValue(name).trim();
  return {
    text: v('--text'),
    muted: v('--muted'),
    grid: v('--chart-grid'),
    surface: v('--surface'),
    border: v('--border'),
    ok: v('--ok'),
    bad: v('--bad'),
    warn: v('--warn'),
    series: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => v(`--chart-${i}`)),
  };
}

/** Axis, tooltip and legend styles shared by every chart. */
export function baseOption(c) {
  return {
    color: c.series,
    backgroundColor: 'transparent',
    textStyle: { color: c.text, fontFamily: 'system-ui, sans-serif' },
    animation: false,
    grid: { left: 56, right: 24, top: 36, bottom: 40, containLabel: false },
    tooltip: {
      trigger: 'axis',
      backgroundColor: c.surface,
      borderColor: c.border,
      textStyle: { color: c.text },
      confine: true,
    },
    legend: { top: 0, textStyle: { color: c.muted }, type: 'scroll' },
  };
}

export function axisStyle(c) {
  return {
    axisLine: { lineStyle: { color: c.border } },
    axisLabel: { color: c.muted, hideOverlap: true },
    splitLine: { lineStyle: { color: c.grid } },
    nameTextStyle: { color: c.muted },
  };
}

export class ChartElement extends HTMLElement {
  connectedCallback() {
    if (!this.box) {
      this.box = document.createElement('div');
      this.box.className = this.getAttribute('size') === 'tall' ? 'chart tall'
        : this.getAttribute('size') === 'short' ? 'chart short' : 'chart';
      this.appendChild(this.box);
    }
    this.chart = echarts.init(this.box, null, { renderer: 'canvas' });
    if (this.group) {
      this.chart.group = this.group;
      echarts.connect(this.group);
    }
    this.resize = new ResizeObserver(() => this.chart?.resize());
    this.resize.observe(this.box);
    this.onTheme = () => this.render();
    window.addEventListener('meshperf:theme', this.onTheme);
    this.render();
  }

  disconnectedCallback() {
    window.removeEventListener('meshperf:theme', this.onTheme);
    this.resize?.disconnect();
    this.chart?.dispose();
    this.chart = null;
  }

  /** Charts with the same group share their cursor (ECharts' connect). */
  set group(value) {
    this._group = value;
    if (this.chart) {
      this.chart.group = value;
      echarts.connect(value);
    }
  }

  get group() {
    return this._group;
  }

  set data(value) {
    this._data = value;
    this.render();
  }

  get data() {
    return this._data;
  }

  render() {
    if (!this.chart || this._data === undefined) {
      return;
    }
    const started = performance.now();
    this.chart.setOption(this.option(this._data, palette()), true);
    this.dataset.drawn = String(this.pointCount?.(this._data) ?? 0);
    this.dataset.renderMs = (performance.now() - started).toFixed(1);
    this.dispatchEvent(new CustomEvent('chart-drawn', { bubbles: true }));
  }

  /** Subclasses: the ECharts option for the data. */
  option() {
    return {};
  }
}
