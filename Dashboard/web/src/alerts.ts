import { api, ApiError, stateName, type Alert, type AlertTransition, type UnitDto } from './api';
import { unitName } from './context';
import { clear, coalesce, h } from './dom';
import { num, t, time } from './i18n';

interface Item {
  unit: string;
  rule: string;
  state: string;
  value: number | null;
  target: number;
  n: number;
  at: string;
  /** The alert's REST id (unit:rule). */
  id: string;
  actor: string | null;
  comment: string | null;
}

const ACTIVE = new Set(['Firing', 'Pending', 'Acknowledged', 'Silenced']);

/**
 * The live alerts feed of the key's scope: the current alerts from REST, then every transition the hub pushes.
 * Firing alerts can be acknowledged (with a comment) when the key may manage the unit. Without the alerts REST
 * endpoints (older server) the feed shows the pushed transitions only.
 */
export class AlertsFeed {
  private readonly items = new Map<string, Item>();
  private readonly names = new Map<string, UnitDto>();
  private readonly list = h('ol', { class: 'feed', 'data-testid': 'alerts-feed', 'aria-live': 'polite' });
  private readonly reload = coalesce(() => this.load(), 2000);

  constructor(private readonly scope: string, private readonly canManage: boolean, private readonly changed: () => void) {}

  element(): HTMLElement {
    return h('section', { class: 'alerts', 'aria-labelledby': 'feed-title' }, h('h2', { id: 'feed-title' }, t().feed), this.list);
  }

  /** Active alert states by unit, for the boards' badges. */
  active(): Map<string, { rule: string; state: string }[]> {
    const map = new Map<string, { rule: string; state: string }[]>();
    for (const item of this.items.values()) {
      if (ACTIVE.has(item.state)) {
        map.set(item.unit, [...(map.get(item.unit) ?? []), { rule: item.rule, state: item.state }]);
      }
    }
    return map;
  }

  async load(): Promise<void> {
    let alerts: Alert[];
    try {
      alerts = (await api.alerts(this.scope)).alerts;
    } catch (error) {
      if (error instanceof ApiError) {
        this.render();
        return;
      }
      throw error;
    }
    for (const alert of alerts) {
      const key = `${alert.unit}|${alert.rule}`;
      const known = this.items.get(key);
      const state = stateName(alert.state);
      // A pushed transition newer than the list keeps its state; the list brings the id and acknowledgement.
      const fresher = known && known.at > alert.since;
      this.items.set(key, {
        unit: alert.unit, rule: alert.rule, state: fresher ? known.state : state, value: alert.value, target: alert.target,
        n: alert.n, at: fresher ? known.at : alert.since, id: alert.id, actor: alert.acknowledgedBy, comment: alert.comment,
      });
    }
    this.render();
    this.changed();
  }

  transition(tr: AlertTransition): void {
    const key = `${tr.unit}|${tr.rule}`;
    const known = this.items.get(key);
    this.items.set(key, {
      unit: tr.unit, rule: tr.rule, state: stateName(tr.to), value: tr.value, target: tr.target, n: tr.n, at: tr.at,
      id: known?.id ?? `${tr.unit}:${tr.rule}`, actor: tr.actor, comment: tr.comment,
    });
    this.render();
    this.changed();
  }

  render(): void {
    const s = t();
    const items = [...this.items.values()].sort((a, b) => (a.at < b.at ? 1 : -1)).slice(0, 60);
    clear(this.list);
    if (items.length === 0) {
      this.list.appendChild(h('li', { class: 'muted empty' }, s.feedEmpty));
      return;
    }
    for (const item of items) {
      this.list.appendChild(this.renderItem(item));
    }
  }

  private renderItem(item: Item): HTMLElement {
    const s = t();
    const name = this.names.get(item.unit);
    if (!name) {
      void api.unit(item.unit).then(u => {
        this.names.set(item.unit, u);
        this.render();
      }).catch(() => undefined);
    }
    const li = h('li', { class: `feed-item state-${item.state}`, 'data-unit': item.unit, 'data-rule': item.rule, 'data-state': item.state },
      h('div', { class: 'feed-top' },
        h('span', { class: `state state-${item.state}` }, s.states[item.state] ?? item.state),
        h('time', { datetime: item.at }, time(item.at, true))),
      h('a', { href: `#/unit/${item.unit}`, class: 'feed-unit' }, name ? unitName(name) : item.unit),
      h('div', { class: 'feed-figures' },
        `${s.rules[item.rule] ?? item.rule}: ${item.value == null ? '—' : `${num(item.value)}%`} · ${s.target} ${num(item.target)}% · n=${item.n}`),
      item.actor ? h('div', { class: 'muted' }, `${s.acknowledged}: ${item.actor}${item.comment ? ` — ${item.comment}` : ''}`) : '');
    if (this.canManage && item.state === 'Firing') {
      li.appendChild(h('button', { type: 'button', class: 'ack', onclick: () => this.askComment(li, item) }, s.acknowledge));
    }
    return li;
  }

  private askComment(li: HTMLElement, item: Item): void {
    const s = t();
    const input = h('input', { type: 'text', name: 'comment', 'aria-label': s.comment, placeholder: s.comment, maxlength: 500 });
    const error = h('p', { class: 'error', role: 'alert' });
    const form = h('form', { class: 'ack-form' }, input,
      h('button', { type: 'submit' }, s.send),
      h('button', { type: 'button', onclick: () => this.render() }, s.cancel), error);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await api.acknowledge(item.id, input.value);
        item.state = 'Acknowledged';
        item.comment = input.value || null;
        this.render();
        this.changed();
        this.reload();
      } catch (e) {
        error.textContent = `${s.ackFailed}: ${e instanceof Error ? e.message : String(e)}`;
      }
    });
    li.querySelector('.ack')?.replaceWith(form);
    input.focus();
  }
}
