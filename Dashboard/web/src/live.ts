import { HubConnection, HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
import type { AlertTransition } from './api';

// The hub contract (/hubs/live): Join(scope, window) -> snapshot; pushes `figures` (changed units, a sequence per
// group) and `alert` (a sequence per connection). Stale messages are dropped; after a reconnect every group is
// joined again and its fresh snapshot replaces what the page showed.
export interface UnitFigures { code: string; name: string; kind: string; n: number; sipas: { value: number; low: number; high: number } | null; insufficient: boolean }
export interface FiguresMessage { scope: string; window: string; sequence: number; at: string; units: UnitFigures[] }
export interface AlertMessage { sequence: number; transition: AlertTransition }
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export interface LiveHandlers {
  figures(message: FiguresMessage, snapshot: boolean): void;
  alert(message: AlertMessage): void;
  state(state: ConnectionState): void;
}

const groupKey = (scope: string, window: string) => `${scope}|${window}`;

export class LiveClient {
  private readonly connection: HubConnection;
  private readonly joined = new Map<string, { scope: string; window: string; sequence: number }>();
  private lastAlert = 0;
  private stopped = false;

  constructor(key: string, private readonly handlers: LiveHandlers) {
    this.connection = new HubConnectionBuilder()
      .withUrl('/hubs/live', { accessTokenFactory: () => key })
      // Never give up: a wall screen must come back by itself after the server restarts.
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(10_000, 500 * 2 ** Math.min(ctx.previousRetryCount, 5)) })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on('figures', (message: FiguresMessage) => this.onFigures(message));
    this.connection.on('alert', (message: AlertMessage) => this.onAlert(message));
    this.connection.onreconnecting(() => handlers.state('reconnecting'));
    this.connection.onreconnected(() => void this.rejoin());
    this.connection.onclose(() => {
      if (!this.stopped) {
        handlers.state('disconnected');
        void this.start();
      }
    });
  }

  async start(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      this.handlers.state(attempt === 0 ? 'connecting' : 'reconnecting');
      try {
        await this.connection.start();
        await this.rejoin();
        return;
      } catch {
        this.handlers.state('disconnected');
        await new Promise(resolve => setTimeout(resolve, Math.min(10_000, 500 * 2 ** Math.min(attempt, 5))));
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.connection.stop();
  }

  /** Joins a group and applies its snapshot; while disconnected, remembers it for the next connection. */
  async join(scope: string, window: string): Promise<void> {
    const key = groupKey(scope, window);
    if (!this.joined.has(key)) {
      this.joined.set(key, { scope, window, sequence: -1 });
    }
    if (this.connection.state === HubConnectionState.Connected) {
      await this.invokeJoin(scope, window);
    }
  }

  async leave(scope: string, window: string): Promise<void> {
    if (this.joined.delete(groupKey(scope, window)) && this.connection.state === HubConnectionState.Connected) {
      await this.connection.invoke('Leave', scope, window).catch(() => undefined);
    }
  }

  /** Leaves every group but those listed. */
  async keepOnly(groups: { scope: string; window: string }[]): Promise<void> {
    const keep = new Set(groups.map(g => groupKey(g.scope, g.window)));
    for (const group of [...this.joined.values()]) {
      if (!keep.has(groupKey(group.scope, group.window))) {
        await this.leave(group.scope, group.window);
      }
    }
  }

  private async rejoin(): Promise<void> {
    await Promise.all([...this.joined.values()].map(g => this.invokeJoin(g.scope, g.window).catch(() => undefined)));
    this.handlers.state('connected');
  }

  private async invokeJoin(scope: string, window: string): Promise<void> {
    const snapshot = await this.connection.invoke<FiguresMessage>('Join', scope, window);
    const group = this.joined.get(groupKey(scope, window));
    if (group) {
      group.sequence = snapshot.sequence;
      this.handlers.figures(snapshot, true);
    }
  }

  private onFigures(message: FiguresMessage): void {
    const group = this.joined.get(groupKey(message.scope, message.window));
    if (!group || message.sequence <= group.sequence) {
      return;
    }
    group.sequence = message.sequence;
    this.handlers.figures(message, false);
  }

  private onAlert(message: AlertMessage): void {
    // The same transition reaches every joined group of the unit's ancestors: the sequence drops the copies.
    if (message.sequence <= this.lastAlert) {
      return;
    }
    this.lastAlert = message.sequence;
    this.handlers.alert(message);
  }
}
