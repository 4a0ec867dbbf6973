import type { Session, UnitDto } from './api';
import type { FiguresMessage, LiveClient } from './live';
import { lang } from './i18n';

/** What every view gets from the app shell. */
export interface Context {
  readonly session: Session;
  readonly window: string;
  readonly live: LiveClient;
  /** Records that fresh figures arrived (shown in the header). */
  touched(at?: string): void;
  /** Active alert states by unit code (Firing, Pending, Acknowledged, Silenced). */
  activeAlerts(): Map<string, { rule: string; state: string }[]>;
}

/** A page body: it joins its groups, receives their pushes, and cleans up when the route changes. */
export interface View {
  readonly groups: { scope: string; window: string }[];
  mount(el: HTMLElement): Promise<void>;
  figures(message: FiguresMessage, snapshot: boolean): void;
  alertsChanged(): void;
  dispose(): void;
}

export function unitName(unit: Pick<UnitDto, 'name' | 'nameEn'> | undefined, fallback = ''): string {
  if (!unit) {
    return fallback;
  }
  return lang() === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}

export const WINDOWS = ['1h', '24h', '7d', '30d', '90d', 'month', 'quarter', 'year', 'all'];
