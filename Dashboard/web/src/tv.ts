import { api } from './api';

/**
 * TV mode for a wall screen: large type, no chrome to click, and the boards rotate — the scope's own board, then one
 * of its children's, then the scope again, and so on — every `?every=<seconds>` (20 by default). `T` toggles it,
 * `Escape` leaves it; `?tv` in the address starts in it.
 */
export class TvMode {
  private timer: number | undefined;
  private step = 0;
  private boards: string[] = [];

  constructor(private readonly scope: string, private readonly show: (code: string) => void, private readonly changed: (on: boolean) => void) {}

  get on(): boolean {
    return this.timer !== undefined;
  }

  toggle(): void {
    if (this.on) {
      window.clearInterval(this.timer);
      this.timer = undefined;
      this.changed(false);
      return;
    }
    const every = Number(new URLSearchParams(location.search).get('every')) || 20;
    this.step = 0;
    this.timer = window.setInterval(() => void this.next(), every * 1000);
    this.changed(true);
    this.show(this.scope);
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  private async next(): Promise<void> {
    if (this.boards.length === 0) {
      const children = await api.children(this.scope).catch(() => []);
      this.boards = children.filter(c => c.children > 0).map(c => c.code);
    }
    this.step++;
    const child = this.boards.length ? this.boards[Math.floor(this.step / 2) % this.boards.length] : null;
    this.show(this.step % 2 === 1 && child ? child : this.scope);
  }
}
