// The native charts of a sheet drawn as Sheets would draw a simple column or bar chart: one SVG per
// chart, from the same ranges the add-on pointed it at. Text goes in as text nodes.
import type { ChartView } from '../snapshot';
import { h } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];
const WIDTH = 520;
const HEIGHT = 220;
const LEFT = 36;
const BOTTOM = 40;

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Bars per category: side by side, or stacked (the dashboard's monthly counts). */
function bars(chart: ChartView): SVGElement {
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img' });
  root.append(svg('title', {}, chart.title));
  const totals = chart.categories.map((_, i) =>
    chart.stacked
      ? chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)
      : Math.max(0, ...chart.series.map((s) => s.values[i] ?? 0)),
  );
  const max = Math.max(1, ...totals);
  const plotHeight = HEIGHT - BOTTOM - 10;
  const slot = (WIDTH - LEFT) / Math.max(1, chart.categories.length);
  const barWidth = chart.stacked ? slot * 0.6 : (slot * 0.8) / Math.max(1, chart.series.length);
  chart.categories.forEach((category, i) => {
    let base = 0;
    chart.series.forEach((series, k) => {
      const value = series.values[i] ?? 0;
      const height = (value / max) * plotHeight;
      const x = LEFT + i * slot + (chart.stacked ? slot * 0.2 : slot * 0.1 + k * barWidth);
      const y = 10 + plotHeight - height - (chart.stacked ? base : 0);
      if (value > 0) {
        const bar = svg('rect', { x, y, width: barWidth, height, fill: COLOURS[k % COLOURS.length] as string });
        bar.append(svg('title', {}, `${series.name} ${category}: ${value}`));
        root.append(bar);
      }
      if (chart.stacked) base += height;
    });
    root.append(
      svg(
        'text',
        { x: LEFT + i * slot + slot / 2, y: HEIGHT - 24, 'text-anchor': 'middle', 'font-size': 10 },
        category,
      ),
    );
  });
  root.append(svg('text', { x: 2, y: 16, 'font-size': 10 }, String(max)));
  root.append(svg('line', { x1: LEFT, y1: 10 + plotHeight, x2: WIDTH, y2: 10 + plotHeight, stroke: '#999' }));
  return root;
}

export function chartFigure(chart: ChartView): HTMLElement {
  const legend = h(
    'ul',
    { class: 'chart-legend' },
    chart.series.map((s, k) =>
      h('li', {}, h('span', { class: 'swatch', style: `background:${COLOURS[k % COLOURS.length]}` }), s.name),
    ),
  );
  const figure = h('figure', { class: 'chart', 'data-chart-type': chart.type }, h('figcaption', {}, chart.title));
  figure.append(bars(chart), legend);
  return figure;
}
