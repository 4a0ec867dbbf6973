import './style.css';
import { AlertsFeed } from './alerts';
import { api, ApiError, storedKey, storeKey, type Session } from './api';
import { BoardView } from './board';
import { type Context, type View, WINDOWS } from './context';
import { clear, h } from './dom';
import { lang, setLang, t, time } from './i18n';
import { type ConnectionState, LiveClient } from './live';
import { TvMode } from './tv';
import { UnitView } from './unit';

const app = document.getElementById('app')!;
setLang(lang());

/** The signed-in page: header (scope, window, language, TV, connection and last update), the view, the alerts feed. */
class Shell implements Context {
  readonly live: LiveClient;
  window = localStorage.getItem('sipas.window') ?? '30d';
  private view: View | null = null;
  private readonly feed: AlertsFeed;
  private readonly main = h('main', { id: 'main', tabindex: -1 });
  private readonly status = h('div', { class: 'status', 'data-testid': 'status' });
  private state: ConnectionState = 'connecting';
  private lastUpdate: Date | null = null;
  private readonly tv: TvMode;
  private route = '';

  constructor(readonly session: Session, key: string) {
    if (!WINDOWS.includes(this.window)) {
      this.window = '30d';
    }
    this.feed = new AlertsFeed(session.scope, session.canManage, () => this.view?.alertsChanged());
    this.live = new LiveClient(key, {
      figures: (message, snapshot) => this.view?.figures(message, snapshot),
      alert: message => this.feed.transition(message.transition),
      state: state => {
        this.state = state;
        this.renderStatus();
      },
    });
    this.tv = new TvMode(session.scope, code => this.go(`#/board/${code}`), on => this.renderChrome(on));
  }

  activeAlerts(): Map<string, { rule: string; state: string }[]> {
    return this.feed.active();
  }

  touched(at?: string): void {
    this.lastUpdate = at ? new Date(at) : new Date();
    this.renderStatus();
  }

  async start(): Promise<void> {
    this.renderChrome(false);
    window.addEventListener('hashchange', () => void this.navigate());
    document.addEventListener('keydown', event => this.onKey(event));
    window.setInterval(() => this.renderStatus(), 1000);
    void this.live.start();
    void this.feed.load();
    await this.navigate();
    if (new URLSearchParams(location.search).has('tv')) {
      this.tv.toggle();
    }
  }

  private go(hash: string): void {
    if (location.hash === hash) {
      void this.navigate(true);
    } else {
      location.hash = hash;
    }
  }

  private renderChrome(tvOn: boolean): void {
    const s = t();
    document.title = s.title;
    document.documentElement.classList.toggle('tv', tvOn);
    const select = h('select', { id: 'window', 'aria-label': s.window, 'data-testid': 'window' },
      ...WINDOWS.map(w => h('option', { value: w, selected: w === this.window }, s.windows[w])));
    select.addEventListener('change', () => {
      this.window = select.value;
      localStorage.setItem('sipas.window', this.window);
      void this.navigate(true);
    });
    const header = h('header', { class: 'top' },
      h('a', { href: '#/', class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '★'), h('span', {}, s.title), h('small', {}, s.subtitle)),
      h('div', { class: 'controls' },
        h('label', { class: 'window' }, h('span', { class: 'visually-hidden' }, s.window), select),
        h('button', { type: 'button', 'data-testid': 'lang', 'aria-label': s.languageLabel, lang: lang() === 'vi' ? 'en' : 'vi', onclick: () => this.switchLanguage() }, s.language),
        h('button', { type: 'button', 'data-testid': 'tv', 'aria-pressed': String(tvOn), onclick: () => this.tv.toggle() }, tvOn ? s.tvExit : s.tv),
        h('span', { class: 'who', title: `${this.session.role} · ${this.session.scopeName}` }, this.session.name),
        h('button', { type: 'button', class: 'link', onclick: () => this.signOut() }, s.signOut)),
      this.status);
    clear(app);
    app.append(h('a', { href: '#main', class: 'skip' }, s.openBoard), header, h('div', { class: 'layout' }, this.main, h('aside', {}, this.feed.element())));
    this.feed.render();
    this.renderStatus();
  }

  private renderStatus(): void {
    const s = t();
    this.status.dataset.state = this.state;
    const ago = this.lastUpdate ? Math.max(0, Math.round((Date.now() - this.lastUpdate.getTime()) / 1000)) : null;
    this.status.replaceChildren(
      h('span', { class: 'dot', 'aria-hidden': 'true' }),
      h('span', { class: 'conn', 'data-testid': 'connection' }, s.connection[this.state]),
      h('span', { class: 'updated', title: ago === null ? '' : `${ago} s` }, `${s.lastUpdate}: ${this.lastUpdate ? time(this.lastUpdate) : s.never}`));
  }

  private async navigate(force = false): Promise<void> {
    const hash = location.hash || '#/';
    if (hash === this.route && !force) {
      return;
    }
    this.route = hash;
    const [, kind, code] = hash.match(/^#\/(board|unit)\/([^/?]+)/) ?? [];
    this.view?.dispose();
    // A key scoped to a unit without children (an agency's) opens on that unit's page instead of an empty board.
    const home = !kind && (await api.unit(this.session.scope).then(u => u.children === 0, () => false));
    const view: View = kind === 'unit' || home
      ? new UnitView(this, kind ? decodeURIComponent(code) : this.session.scope)
      : new BoardView(this, code ? decodeURIComponent(code) : this.session.scope);
    this.view = view;
    this.main.replaceChildren(h('p', { class: 'muted' }, t().loading));
    try {
      await view.mount(this.main);
    } catch (error) {
      if (this.view === view) {
        const message = error instanceof ApiError && error.status === 403 ? t().forbidden : `${t().error}: ${error instanceof Error ? error.message : String(error)}`;
        this.main.replaceChildren(h('p', { class: 'error', role: 'alert' }, message));
      }
      return;
    }
    if (this.view !== view) {
      return;
    }
    // The scope's own group stays joined for the alerts feed; the view's groups come and go with it.
    const groups = [{ scope: this.session.scope, window: this.window }, ...view.groups];
    await this.live.keepOnly(groups);
    await Promise.all(groups.map(g => this.live.join(g.scope, g.window).catch(() => undefined)));
  }

  private switchLanguage(): void {
    setLang(lang() === 'vi' ? 'en' : 'vi');
    this.renderChrome(document.documentElement.classList.contains('tv'));
    void this.navigate(true);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.key === 't' || event.key === 'T') {
      this.tv.toggle();
    } else if (event.key === 'Escape' && document.documentElement.classList.contains('tv')) {
      this.tv.toggle();
    }
  }

  private signOut(): void {
    storeKey(null);
    void this.live.stop();
    location.hash = '';
    location.reload();
  }
}

function signIn(message = ''): void {
  const s = t();
  const input = h('input', { id: 'key', name: 'key', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false', 'data-testid': 'key' });
  const error = h('p', { class: 'error', role: 'alert', 'data-testid': 'sign-in-error' }, message);
  const form = h('form', { class: 'signin card', 'data-testid': 'sign-in' },
    h('h1', {}, s.signInTitle),
    h('p', { class: 'muted' }, s.signInHelp),
    h('label', { for: 'key' }, s.keyLabel), input,
    h('div', { class: 'row' },
      h('button', { type: 'submit', class: 'primary' }, s.signIn),
      h('button', { type: 'button', 'data-testid': 'lang', onclick: () => { setLang(lang() === 'vi' ? 'en' : 'vi'); signIn(); } }, s.language)),
    error);
  form.addEventListener('submit', event => {
    event.preventDefault();
    void boot(input.value.trim());
  });
  clear(app);
  app.append(h('header', { class: 'top' }, h('span', { class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '★'), h('span', {}, s.title), h('small', {}, s.subtitle))), form);
  input.focus();
}

async function boot(key: string | null): Promise<void> {
  if (!key) {
    signIn();
    return;
  }
  let session: Session;
  try {
    session = await api.session(key);
  } catch (error) {
    storeKey(null);
    signIn(error instanceof ApiError && error.status === 0 ? t().serverDown : t().badKey);
    return;
  }
  storeKey(key);
  await new Shell(session, key).start();
}

void boot(storedKey());
