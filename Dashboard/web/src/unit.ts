import { api, ApiError, stateName, type AlertTransition, type DistributionDto, type QuestionnaireDto, type ScoreDto, type UnitDto } from './api';
import { distributionBar, intervalBar, trendChart } from './charts';
import { type Context, unitName, type View } from './context';
import { clear, coalesce, h } from './dom';
import { fill, lang, num, t, time } from './i18n';
import type { FiguresMessage } from './live';

/** The path from the nation to a unit, each step a link (the last one to its board or page). */
export async function breadcrumbs(unit: UnitDto, unitPage: boolean): Promise<HTMLElement> {
  const chain: UnitDto[] = [unit];
  for (let parent = unit.parent; parent; ) {
    try {
      const up = await api.unit(parent);
      chain.unshift(up);
      parent = up.parent;
    } catch {
      break;
    }
  }
  const nav = h('nav', { class: 'crumbs', 'aria-label': 'breadcrumb' });
  const list = h('ol');
  chain.forEach((u, i) => {
    const last = i === chain.length - 1;
    const link = last && !unitPage
      ? h('span', { 'aria-current': 'page' }, unitName(u))
      : h('a', { href: `#/board/${u.code}` }, unitName(u));
    list.appendChild(h('li', {}, link));
  });
  if (unitPage) {
    list.appendChild(h('li', {}, h('span', { 'aria-current': 'page' }, t().openUnit)));
  }
  nav.appendChild(list);
  return nav;
}

/** A unit's SIPAS as a large figure with its interval and n (or why there is none). */
export function headline(sipas: { value: number; low: number; high: number } | null, n: number, insufficient: boolean): HTMLElement {
  const s = t();
  return h('div', { class: 'headline', 'data-testid': 'headline' },
    h('span', { class: 'big' }, sipas ? num(sipas.value) : '—'),
    h('span', { class: 'unit-pct' }, sipas ? '%' : ''),
    h('span', { class: 'range' }, sipas ? `[${num(sipas.low)} – ${num(sipas.high)}]` : ''),
    h('span', { class: 'n' }, `n = ${n.toLocaleString(lang() === 'en' ? 'en-GB' : 'vi-VN')}`),
    insufficient ? h('span', { class: 'tag' }, n === 0 ? s.noData : s.insufficient) : '');
}

/**
 * One unit: SIPAS, the five factors, the criteria with their answer distributions, the trend hour by hour and day by
 * day, the distribution of answers and the unit's alert history. A push for the unit re-reads its score (coalesced).
 */
export class UnitView implements View {
  readonly groups: { scope: string; window: string }[];
  private root!: HTMLElement;
  private unit!: UnitDto;
  private questionnaire!: QuestionnaireDto;
  private disposed = false;
  private insufficient: boolean | null = null;
  private trendTimer: number | undefined;
  private readonly refresh = coalesce(() => this.loadFigures(), 1000);

  constructor(private readonly ctx: Context, private readonly code: string) {
    this.groups = [{ scope: code, window: ctx.window }];
  }

  async mount(el: HTMLElement): Promise<void> {
    const s = t();
    [this.unit, this.questionnaire] = await Promise.all([api.unit(this.code), api.questionnaire()]);
    this.root = el;
    clear(el);
    el.append(
      await breadcrumbs(this.unit, true),
      h('div', { class: 'board-head' },
        h('h1', {}, unitName(this.unit), h('small', {}, ` ${this.code} · ${s.kinds[this.unit.kind] ?? this.unit.kind}`)),
        h('div', { class: 'summary', id: 'unit-headline' })),
      h('p', { class: 'rank-line', id: 'unit-rank' }),
      this.unit.children > 0 ? h('p', {}, h('a', { href: `#/board/${this.code}`, class: 'button' }, s.openBoard)) : '',
      h('div', { class: 'unit-grid' },
        h('section', { class: 'card', 'aria-labelledby': 'h-factors' }, h('h2', { id: 'h-factors' }, s.factors), h('div', { id: 'unit-factors' })),
        h('section', { class: 'card', 'aria-labelledby': 'h-dist' }, h('h2', { id: 'h-dist' }, s.distribution), h('div', { id: 'unit-dist' })),
        h('section', { class: 'card wide', 'aria-labelledby': 'h-trend' }, h('h2', { id: 'h-trend' }, s.trendTitle),
          h('div', { class: 'trends', id: 'unit-trends' })),
        h('section', { class: 'card wide', 'aria-labelledby': 'h-criteria' }, h('h2', { id: 'h-criteria' }, s.criteria), h('div', { id: 'unit-criteria' })),
        h('section', { class: 'card wide', 'aria-labelledby': 'h-history' }, h('h2', { id: 'h-history' }, s.alertHistory), h('div', { id: 'unit-history' }))));
    await Promise.all([this.loadFigures(), this.loadTrends(), this.loadHistory(), this.loadRank()]);
    this.trendTimer = window.setInterval(() => void this.loadTrends(), 60_000);
  }

  figures(message: FiguresMessage, snapshot: boolean): void {
    if (message.scope !== this.code || message.window !== this.ctx.window) {
      return;
    }
    const own = message.units.find(u => u.code === this.code);
    if (own) {
      this.insufficient = own.insufficient;
      this.part('unit-headline').replaceChildren(headline(own.sipas, own.n, own.insufficient));
    }
    this.ctx.touched(message.at);
    if (!snapshot && own) {
      this.refresh();
    }
  }

  alertsChanged(): void {
    void this.loadHistory();
  }

  dispose(): void {
    this.disposed = true;
    window.clearInterval(this.trendTimer);
  }

  private part(id: string): HTMLElement {
    return this.root.querySelector<HTMLElement>(`#${id}`)!;
  }

  private async loadFigures(): Promise<void> {
    if (this.disposed) {
      return;
    }
    const [score, distribution] = await Promise.all([api.score(this.code, this.ctx.window), api.distribution(this.code, this.ctx.window)]);
    if (this.disposed) {
      return;
    }
    this.part('unit-headline').replaceChildren(headline(score.sipas.n > 0 ? score.sipas : null, score.n, this.insufficient ?? score.n === 0));
    this.renderFactors(score);
    this.renderCriteria(score, distribution);
    this.renderDistribution(distribution);
  }

  private renderFactors(score: ScoreDto): void {
    const s = t();
    const rows = score.factors.map(f => {
      const factor = this.questionnaire.factors.find(q => q.id === f.id);
      const label = factor ? (lang() === 'en' ? factor.en : factor.vi) : f.id;
      return h('tr', { 'data-factor': f.id },
        h('th', { scope: 'row' }, label),
        h('td', { class: 'c-num' }, f.n > 0 ? num(f.value) : '—'),
        h('td', { class: 'c-bar' }, f.n > 0 ? intervalBar(f.value, f.low, f.high, 0, `${label}: ${num(f.value)}% [${num(f.low)}–${num(f.high)}]`) : ''),
        h('td', { class: 'c-num' }, String(f.n)));
    });
    this.part('unit-factors').replaceChildren(h('table', { class: 'data', 'data-testid': 'factors' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.factor), h('th', { scope: 'col', class: 'c-num' }, s.value), h('th', { scope: 'col' }, s.interval), h('th', { scope: 'col', class: 'c-num' }, s.n))),
      h('tbody', {}, ...rows)));
  }

  private renderCriteria(score: ScoreDto, distribution: DistributionDto): void {
    const s = t();
    const levels = this.levels();
    const body = h('tbody');
    for (const factor of this.questionnaire.factors) {
      body.appendChild(h('tr', { class: 'group' }, h('th', { colspan: 6, scope: 'rowgroup' }, lang() === 'en' ? factor.en : factor.vi)));
      for (const criterion of factor.criteria) {
        const c = score.criteria.find(x => x.id === criterion.id);
        const counts = distribution.questions.find(q => q.id === criterion.id)?.counts ?? [];
        const text = lang() === 'en' ? criterion.en : criterion.vi;
        body.appendChild(h('tr', { 'data-criterion': criterion.id },
          h('td', { class: 'mono' }, criterion.id),
          h('td', { class: 'c-text' }, text),
          h('td', { class: 'c-num' }, c && c.n > 0 ? num(c.value) : '—'),
          h('td', { class: 'c-bar' }, c && c.n > 0 ? intervalBar(c.value, c.low, c.high, 0, `${criterion.id}: ${num(c.value)}% [${num(c.low)}–${num(c.high)}]`) : ''),
          h('td', { class: 'c-num' }, String(c?.n ?? 0)),
          h('td', { class: 'c-dist' }, distributionBar(counts, levels, `${criterion.id}: ${counts.join(' / ')}`))));
      }
    }
    this.part('unit-criteria').replaceChildren(h('div', { class: 'board-wrap' }, h('table', { class: 'data criteria', 'data-testid': 'criteria' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, s.criterion), h('th', { scope: 'col', class: 'c-num' }, s.value),
        h('th', { scope: 'col' }, s.interval), h('th', { scope: 'col', class: 'c-num' }, s.n), h('th', { scope: 'col' }, s.distribution))),
      body)));
  }

  private renderDistribution(distribution: DistributionDto): void {
    const s = t();
    const levels = this.levels();
    const overall = distribution.questions[distribution.questions.length - 1];
    const legend = h('ul', { class: 'legend' }, ...levels.map((label, i) => h('li', {}, h('span', { class: `swatch level-${i}` }), label)));
    this.part('unit-dist').replaceChildren(
      h('p', { class: 'muted' }, `${s.allCriteria} (${distribution.criteria.reduce((a, b) => a + b, 0).toLocaleString()})`),
      distributionBar(distribution.criteria, levels, `${s.criteria}: ${distribution.criteria.join(' / ')}`),
      overall ? h('p', { class: 'muted' }, `${s.overall} (${overall.id}, ${overall.counts.reduce((a, b) => a + b, 0).toLocaleString()})`) : '',
      overall ? distributionBar(overall.counts, levels, `${overall.id}: ${overall.counts.join(' / ')}`) : '',
      legend);
  }

  private levels(): string[] {
    return this.questionnaire.scale.levels.map(l => (lang() === 'en' ? l.en : l.vi));
  }

  private async loadTrends(): Promise<void> {
    const s = t();
    const [hourly, daily] = await Promise.all([api.trend(this.code, 'hour', 48), api.trend(this.code, 'day', 30)]);
    if (!this.disposed) {
      this.part('unit-trends').replaceChildren(trendChart(hourly.points, 'hour', s.trendHourly), trendChart(daily.points, 'day', s.trendDaily));
    }
  }

  private async loadRank(): Promise<void> {
    if (!this.unit.parent) {
      return;
    }
    try {
      const [ranking, parent] = await Promise.all([api.ranking(this.unit.parent, this.ctx.window), api.unit(this.unit.parent)]);
      const entry = ranking.entries.find(e => e.unit === this.code);
      const ranked = ranking.entries.filter(e => !e.insufficient).length;
      if (entry?.rank != null && !this.disposed) {
        this.part('unit-rank').textContent = fill(t().rankOf, { rank: entry.rank, count: ranked, parent: unitName(parent) });
      }
    } catch (error) {
      // A key scoped to this unit may not read its parent's ranking: the line stays empty.
      if (!(error instanceof ApiError)) {
        throw error;
      }
    }
  }

  private async loadHistory(): Promise<void> {
    const s = t();
    let transitions: AlertTransition[] = [];
    try {
      transitions = (await api.alertHistory(this.code)).transitions;
    } catch (error) {
      if (!(error instanceof ApiError)) {
        throw error;
      }
    }
    if (this.disposed) {
      return;
    }
    const target = this.part('unit-history');
    if (transitions.length === 0) {
      target.replaceChildren(h('p', { class: 'muted' }, s.noAlertHistory));
      return;
    }
    const rows = [...transitions].sort((a, b) => b.sequence - a.sequence).slice(0, 50).map(tr => h('tr', {},
      h('td', {}, time(tr.at, true)),
      h('td', {}, s.rules[tr.rule] ?? tr.rule),
      h('td', {}, `${s.states[stateName(tr.from)] ?? stateName(tr.from)} → `, h('span', { class: `state state-${stateName(tr.to)}` }, s.states[stateName(tr.to)] ?? stateName(tr.to))),
      h('td', { class: 'c-num' }, tr.value == null ? '—' : num(tr.value)),
      h('td', { class: 'c-num' }, num(tr.target)),
      h('td', {}, [tr.actor, tr.comment].filter(Boolean).join(': '))));
    target.replaceChildren(h('table', { class: 'data', 'data-testid': 'alert-history' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.time), h('th', { scope: 'col' }, s.rule), h('th', { scope: 'col' }, s.state),
        h('th', { scope: 'col', class: 'c-num' }, s.value), h('th', { scope: 'col', class: 'c-num' }, s.target), h('th', { scope: 'col' }, s.comment))),
      h('tbody', {}, ...rows)));
  }
}
