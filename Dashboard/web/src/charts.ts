import { h, s } from './dom';
import { num, time } from './i18n';
import type { TrendPoint } from './api';

/** The value with its 95% interval on a shared scale [min, 100]: the bar is the interval, the tick the value. */
export function intervalBar(value: number, low: number, high: number, min: number, label: string): HTMLElement {
  const pos = (v: number) => `${Math.max(0, Math.min(100, ((v - min) / (100 - min)) * 100))}%`;
  const bar = h('div', { class: 'ibar', role: 'img', 'aria-label': label, title: label },
    h('span', { class: 'ibar-range' }),
    h('span', { class: 'ibar-value' }));
  const range = bar.firstElementChild as HTMLElement;
  range.style.left = pos(low);
  range.style.right = `calc(100% - ${pos(high)})`;
  (bar.lastElementChild as HTMLElement).style.left = pos(value);
  return bar;
}

/** A small line of SIPAS over the last days; gaps where a day had no data. */
export function sparkline(points: TrendPoint[], label: string): SVGElement {
  const width = 100, height = 24;
  const values = points.map(p => p.sipas?.value ?? null);
  const present = values.filter((v): v is number => v !== null);
  const svg = s('svg', { class: 'spark', viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': label });
  if (present.length === 0) {
    return svg;
  }
  const lo = Math.min(...present) - 1, hi = Math.max(...present) + 1;
  const x = (i: number) => (points.length === 1 ? width / 2 : (i / (points.length - 1)) * width);
  const y = (v: number) => height - 2 - ((v - lo) / (hi - lo)) * (height - 4);
  let d = '';
  values.forEach((v, i) => {
    if (v === null) {
      return;
    }
    d += `${d === '' || values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
  });
  svg.appendChild(s('path', { d, class: 'spark-line', 'vector-effect': 'non-scaling-stroke' }));
  const lastIndex = values.length - 1 - [...values].reverse().findIndex(v => v !== null);
  svg.appendChild(s('circle', { cx: x(lastIndex).toFixed(1), cy: y(values[lastIndex]!).toFixed(1), r: 1.8, class: 'spark-dot' }));
  return svg;
}

/** SIPAS per bucket with its interval as a band, for the unit page. */
export function trendChart(points: TrendPoint[], resolution: 'hour' | 'day', title: string): HTMLElement {
  const width = 640, height = 200, left = 36, right = 8, top = 10, bottom = 24;
  const withData = points.filter(p => p.sipas);
  const lows = withData.map(p => p.sipas!.low), highs = withData.map(p => p.sipas!.high);
  const lo = withData.length ? Math.max(0, Math.floor((Math.min(...lows) - 2) / 5) * 5) : 0;
  const hi = withData.length ? Math.min(100, Math.ceil((Math.max(...highs) + 2) / 5) * 5) : 100;
  const x = (i: number) => left + (points.length <= 1 ? 0 : (i / (points.length - 1)) * (width - left - right));
  const y = (v: number) => top + (1 - (v - lo) / Math.max(1, hi - lo)) * (height - top - bottom);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'trend', role: 'img', 'aria-label': title });
  for (let g = 0; g <= 4; g++) {
    const v = lo + ((hi - lo) * g) / 4;
    svg.appendChild(s('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), class: 'grid' }));
    svg.appendChild(s('text', { x: left - 4, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, num(v, 0)));
  }
  const step = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    if (i % step === 0) {
      const date = new Date(p.from);
      const text = resolution === 'hour'
        ? time(date).slice(0, 5)
        : date.toLocaleDateString(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit' });
      svg.appendChild(s('text', { x: x(i), y: height - 6, class: 'axis', 'text-anchor': 'middle' }, text));
    }
  });
  // Runs of consecutive buckets with data: a band for the interval, a line for the value.
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) {
      const upper = run.map(i => `${x(i)},${y(points[i].sipas!.high)}`);
      const lower = run.map(i => `${x(i)},${y(points[i].sipas!.low)}`).reverse();
      svg.appendChild(s('polygon', { points: [...upper, ...lower].join(' '), class: 'band' }));
      svg.appendChild(s('polyline', { points: run.map(i => `${x(i)},${y(points[i].sipas!.value)}`).join(' '), class: 'line' }));
      run.forEach(i => svg.appendChild(s('circle', { cx: x(i), cy: y(points[i].sipas!.value), r: 2.5, class: 'dot' },
        s('title', {}, `${time(points[i].from, true)} · ${num(points[i].sipas!.value)}% (n=${points[i].n})`))));
    }
    run = [];
  };
  points.forEach((p, i) => (p.sipas ? run.push(i) : flush()));
  flush();
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), svg);
}

/** Shares of each answer level as one stacked bar, with the legend. */
export function distributionBar(counts: number[], levels: string[], label: string): HTMLElement {
  const total = counts.reduce((a, b) => a + b, 0);
  const bar = h('div', { class: 'dist', role: 'img', 'aria-label': label });
  counts.forEach((count, i) => {
    const share = total === 0 ? 0 : (count / total) * 100;
    const part = h('span', { class: `dist-part level-${i}`, title: `${levels[i] ?? i}: ${count} (${num(share)}%)` },
      share >= 7 ? `${num(share, 0)}%` : '');
    part.style.width = `${share}%`;
    bar.appendChild(part);
  });
  return bar;
}

/** A small "details" icon (an i in a circle) drawn as SVG: not every wall screen's fonts have the glyph. */
export function infoIcon(): SVGElement {
  return s('svg', { viewBox: '0 0 16 16', class: 'icon', 'aria-hidden': 'true' },
    s('circle', { cx: 8, cy: 8, r: 6.5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }),
    s('rect', { x: 7.2, y: 7, width: 1.6, height: 4.5, fill: 'currentColor' }),
    s('circle', { cx: 8, cy: 4.9, r: 1, fill: 'currentColor' }));
}
