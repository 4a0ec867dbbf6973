import { api, ApiError, isWithin, type RankEntry, type RankingDto, type UnitDto } from './api';
import { infoIcon, intervalBar, sparkline } from './charts';
import { type Context, unitName, type View } from './context';
import { clear, coalesce, h } from './dom';
import { fill, num, t } from './i18n';
import type { FiguresMessage, UnitFigures } from './live';
import { breadcrumbs, headline } from './unit';

interface Row {
  unit: UnitDto;
  entry: RankEntry | null;
  previousRank: number | null;
  change: number;
  el: HTMLTableRowElement;
}

type Filter = 'all' | 'agency' | 'commune';

/**
 * The children of a scope ranked live: rank and its change, SIPAS with its interval as a bar, n, a sparkline of the
 * last 14 days and an alert badge. Figures pushed by the hub update the cells at once; the order and ranks come from
 * REST /rankings, re-read (coalesced) after each push, and rows slide to their new place (FLIP), so the page never jumps.
 */
export class BoardView implements View {
  readonly groups: { scope: string; window: string }[];
  private readonly rows = new Map<string, Row>();
  private tbody!: HTMLTableSectionElement;
  private summary!: HTMLElement;
  private filter: Filter = 'all';
  private scale = 50;
  private disposed = false;
  private sparkTimer: number | undefined;
  private readonly refreshRanking = coalesce(() => this.loadRanking(), 1000);

  constructor(private readonly ctx: Context, private readonly scope: string) {
    this.groups = [{ scope, window: ctx.window }];
  }

  async mount(el: HTMLElement): Promise<void> {
    const s = t();
    const [unit, children, ranking] = await Promise.all([api.unit(this.scope), api.children(this.scope), api.ranking(this.scope, this.ctx.window)]);
    const title = this.scope === 'VN' ? s.nationalBoard : `${s.boardOf} ${unitName(unit)}`;
    this.summary = h('div', { class: 'summary' });
    const kinds = new Set(children.map(c => c.kind));
    const tabs = kinds.has('agency') && kinds.has('commune') ? this.tabs() : null;
    this.tbody = h('tbody');
    const table = h('table', { class: 'board', 'data-testid': 'board', 'data-scope': this.scope },
      h('caption', { class: 'visually-hidden' }, title),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'c-rank' }, s.rank),
        h('th', { scope: 'col', class: 'c-change' }, h('span', { class: 'visually-hidden' }, s.change)),
        h('th', { scope: 'col', class: 'c-name' }, s.unit),
        h('th', { scope: 'col', class: 'c-num' }, s.sipas),
        h('th', { scope: 'col', class: 'c-bar' }, s.interval),
        h('th', { scope: 'col', class: 'c-num' }, s.n),
        h('th', { scope: 'col', class: 'c-spark' }, s.trend),
        h('th', { scope: 'col', class: 'c-alert' }, s.alerts))),
      this.tbody);
    clear(el);
    el.append(
      await breadcrumbs(unit, false),
      h('div', { class: 'board-head' }, h('h1', {}, title), this.summary),
      tabs ?? '',
      h('div', { class: 'board-wrap' }, table));
    for (const child of children) {
      this.rows.set(child.code, this.makeRow(child));
    }
    this.applyRanking(ranking, true);
    this.alertsChanged();
    void this.loadSparklines();
    this.sparkTimer = window.setInterval(() => void this.loadSparklines(), 10 * 60_000);
  }

  figures(message: FiguresMessage, snapshot: boolean): void {
    if (message.scope !== this.scope || message.window !== this.ctx.window) {
      return;
    }
    for (const figures of message.units) {
      if (figures.code === this.scope) {
        this.summary.replaceChildren(headline(figures.sipas, figures.n, figures.insufficient));
        continue;
      }
      const row = this.rows.get(figures.code);
      if (row) {
        this.applyFigures(row, figures, !snapshot);
      }
    }
    this.ctx.touched(message.at);
    if (!snapshot) {
      this.refreshRanking();
    }
  }

  alertsChanged(): void {
    const active = this.ctx.activeAlerts();
    for (const row of this.rows.values()) {
      const states = [...active.entries()].filter(([unit]) => isWithin(unit, row.unit.code)).flatMap(([, a]) => a);
      const cell = row.el.querySelector('.c-alert')!;
      const firing = states.filter(a => a.state === 'Firing').length;
      const other = states.length - firing;
      cell.replaceChildren(
        firing > 0 ? h('span', { class: 'badge firing', 'data-testid': 'alert-badge', title: t().states.Firing }, `⚠ ${firing}`) : '',
        other > 0 ? h('span', { class: 'badge other', title: states.filter(a => a.state !== 'Firing').map(a => t().states[a.state] ?? a.state).join(', ') }, String(other)) : '');
    }
  }

  dispose(): void {
    this.disposed = true;
    window.clearInterval(this.sparkTimer);
  }

  private tabs(): HTMLElement {
    const s = t();
    const options: [Filter, string][] = [['all', s.all], ['agency', s.agencies], ['commune', s.communes]];
    const bar = h('div', { class: 'tabs', role: 'tablist' });
    for (const [value, label] of options) {
      bar.appendChild(h('button', {
        type: 'button', role: 'tab', 'aria-selected': String(value === this.filter), 'data-filter': value,
        onclick: () => {
          this.filter = value;
          bar.querySelectorAll('button').forEach(b => b.setAttribute('aria-selected', String(b.dataset.filter === value)));
          this.applyFilter();
        },
      }, label));
    }
    return bar;
  }

  private applyFilter(): void {
    for (const row of this.rows.values()) {
      row.el.hidden = this.filter !== 'all' && row.unit.kind !== this.filter;
    }
  }

  private makeRow(unit: UnitDto): Row {
    const s = t();
    const target = unit.children > 0 ? `#/board/${unit.code}` : `#/unit/${unit.code}`;
    const name = h('td', { class: 'c-name' },
      h('a', { href: target, class: 'unit-link' }, unitName(unit)),
      unit.children > 0 ? h('a', { href: `#/unit/${unit.code}`, class: 'unit-page', title: s.openUnit, 'aria-label': `${s.openUnit}: ${unitName(unit)}` }, infoIcon()) : '');
    const el = h('tr', { 'data-unit': unit.code, 'data-kind': unit.kind },
      h('td', { class: 'c-rank', 'data-field': 'rank' }),
      h('td', { class: 'c-change', 'data-field': 'change' }),
      name,
      h('td', { class: 'c-num', 'data-field': 'sipas' }),
      h('td', { class: 'c-bar' }),
      h('td', { class: 'c-num', 'data-field': 'n' }),
      h('td', { class: 'c-spark' }),
      h('td', { class: 'c-alert' }));
    return { unit, entry: null, previousRank: null, change: 0, el };
  }

  private async loadRanking(): Promise<void> {
    if (this.disposed) {
      return;
    }
    try {
      const ranking = await api.ranking(this.scope, this.ctx.window);
      if (!this.disposed) {
        this.applyRanking(ranking, false);
      }
    } catch (error) {
      if (!(error instanceof ApiError)) {
        throw error;
      }
    }
  }

  private applyRanking(ranking: RankingDto, first: boolean): void {
    const ranked = ranking.entries.filter(e => !e.insufficient).map(e => e.low);
    this.scale = ranked.length ? Math.max(0, Math.min(50, Math.floor((Math.min(...ranked) - 5) / 10) * 10)) : 50;
    const before = first ? null : new Map([...this.rows.values()].map(r => [r.unit.code, r.el.getBoundingClientRect().top]));
    const order: Row[] = [];
    for (const entry of ranking.entries) {
      const row = this.rows.get(entry.unit);
      if (!row) {
        continue;
      }
      if (row.entry?.rank != null && entry.rank != null && row.entry.rank !== entry.rank) {
        row.previousRank = row.entry.rank;
        row.change = row.entry.rank - entry.rank;
      }
      row.entry = entry;
      this.renderRow(row, !first);
      order.push(row);
    }
    // Children the ranking does not list (none expected) keep their place at the end.
    for (const row of this.rows.values()) {
      if (!order.includes(row)) {
        order.push(row);
      }
    }
    order.forEach(row => this.tbody.appendChild(row.el));
    this.applyFilter();
    if (before) {
      animateMoves(order, before);
    }
  }

  private renderRow(row: Row, flash: boolean): void {
    const e = row.entry!;
    const cell = (field: string) => row.el.querySelector<HTMLElement>(`[data-field="${field}"]`)!;
    row.el.classList.toggle('insufficient', e.insufficient);
    const rank = cell('rank');
    rank.textContent = e.rank == null ? '—' : String(e.rank);
    rank.title = e.rankLow != null && e.rankHigh != null ? `${e.rankLow}–${e.rankHigh}` : '';
    const change = cell('change');
    change.textContent = row.change > 0 ? `▲${row.change}` : row.change < 0 ? `▼${-row.change}` : '';
    change.className = `c-change ${row.change > 0 ? 'up' : row.change < 0 ? 'down' : ''}`;
    this.renderScore(row, e.n > 0 ? { value: e.value, low: e.low, high: e.high } : null, e.n, e.insufficient, flash);
  }

  private applyFigures(row: Row, figures: UnitFigures, flash: boolean): void {
    if (row.entry) {
      row.entry = { ...row.entry, n: figures.n, insufficient: figures.insufficient, ...(figures.sipas ?? {}) };
    }
    row.el.classList.toggle('insufficient', figures.insufficient);
    this.renderScore(row, figures.sipas, figures.n, figures.insufficient, flash);
  }

  private renderScore(row: Row, sipas: { value: number; low: number; high: number } | null, n: number, insufficient: boolean, flash: boolean): void {
    const s = t();
    const score = row.el.querySelector<HTMLElement>('[data-field="sipas"]')!;
    const text = sipas ? num(sipas.value) : '—';
    const changed = score.dataset.value !== (sipas ? String(sipas.value) : '');
    score.dataset.value = sipas ? String(sipas.value) : '';
    score.replaceChildren(text, insufficient ? h('span', { class: 'tag' }, n === 0 ? s.noData : s.insufficient) : '');
    const bar = row.el.querySelector<HTMLElement>('.c-bar')!;
    const label = sipas ? `${num(sipas.value)}% [${num(sipas.low)}–${num(sipas.high)}]` : s.noData;
    bar.replaceChildren(sipas ? intervalBar(sipas.value, sipas.low, sipas.high, this.scale, label) : '');
    row.el.querySelector<HTMLElement>('[data-field="n"]')!.textContent = n.toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN');
    if (flash && changed) {
      score.classList.remove('flash');
      void score.offsetWidth;
      score.classList.add('flash');
    }
  }

  private async loadSparklines(): Promise<void> {
    const queue = [...this.rows.values()];
    const worker = async () => {
      for (let row = queue.shift(); row && !this.disposed; row = queue.shift()) {
        try {
          const trend = await api.trend(row.unit.code, 'day', 14);
          const label = fill('{unit}: {n}', { unit: unitName(row.unit), n: trend.points.map(p => (p.sipas ? num(p.sipas.value) : '—')).join(', ') });
          row.el.querySelector('.c-spark')!.replaceChildren(sparkline(trend.points, label));
        } catch {
          return;
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    this.tbody.parentElement!.setAttribute('data-sparks', 'done');
  }
}

/** FLIP: rows start where they were and slide to their new place. */
function animateMoves(rows: Row[], before: Map<string, number>): void {
  if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
    return;
  }
  for (const row of rows) {
    const old = before.get(row.unit.code);
    const delta = old === undefined ? 0 : old - row.el.getBoundingClientRect().top;
    if (Math.abs(delta) > 1) {
      row.el.animate([{ transform: `translateY(${delta}px)` }, { transform: 'translateY(0)' }], { duration: 600, easing: 'ease-in-out' });
    }
  }
}
