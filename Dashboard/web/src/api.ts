// REST reads with the signed-in key. The server's figures and rankings are the truth: the page computes nothing.
export interface Session { name: string; role: string; scope: string; scopeName: string; canManage: boolean }
export interface UnitDto { code: string; name: string; nameEn: string | null; kind: string; parent: string | null; takesResponses: boolean; children: number }
export interface Measure { value: number; low: number; high: number; n: number }
export interface IndexDto { id: string; factor: string | null; value: number; low: number; high: number; n: number }
export interface ScoreDto { unit: string; window: string; from: string; to: string; questionnaire: string; n: number; sipas: Measure; factors: IndexDto[]; criteria: IndexDto[]; overall: Measure; meanScore: number | null; updatedAt: string }
export interface RankEntry { unit: string; rank: number | null; value: number; low: number; high: number; n: number; rankLow: number | null; rankHigh: number | null; insufficient: boolean }
export interface RankingDto { parent: string; metric: string; window: string; from: string; to: string; entries: RankEntry[] }
export interface TrendPoint { from: string; to: string; n: number; sipas: Measure | null }
export interface TrendDto { unit: string; questionnaire: string; resolution: string; points: TrendPoint[] }
export interface DistributionDto { unit: string; window: string; n: number; minLevel: number; criteria: number[]; questions: { id: string; factor: string | null; counts: number[] }[] }
export interface Question { id: string; vi: string; en: string }
export interface Factor { id: string; vi: string; en: string; criteria: Question[]; question: Question | null }
export interface QuestionnaireDto { id: string; version: number; factors: Factor[]; scale: { levels: { value: number; vi: string; en: string }[] } }
export interface Alert { id: string; unit: string; rule: string; state: string | number; value: number | null; low: number | null; high: number | null; n: number; target: number; window: string; since: string; acknowledgedBy: string | null; comment: string | null }
export interface AlertTransition { sequence: number; unit: string; rule: string; from: string | number; to: string | number; value: number | null; low: number | null; high: number | null; n: number; target: number; window: string; at: string; actor: string | null; comment: string | null }

export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

const KEY = 'sipas.key';

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeKey(key: string | null): void {
  if (key) {
    sessionStorage.setItem(KEY, key);
  } else {
    sessionStorage.removeItem(KEY);
  }
}

async function request<T>(method: string, path: string, body?: unknown, key = storedKey()): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${key ?? ''}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json() as { detail?: string; title?: string };
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // not a problem document
    }
    throw new ApiError(response.status, detail);
  }
  return response.status === 204 ? (undefined as T) : await response.json() as T;
}

export const api = {
  session: (key?: string) => request<Session>('GET', '/dashboard/session', undefined, key ?? storedKey()),
  unit: (code: string) => cached(`unit:${code}`, () => request<UnitDto>('GET', `/api/v1/units/${encodeURIComponent(code)}`)),
  children: (code: string) => cached(`children:${code}`, () => request<UnitDto[]>('GET', `/api/v1/units?parent=${encodeURIComponent(code)}`)),
  ranking: (parent: string, window: string) => request<RankingDto>('GET', `/api/v1/rankings?parent=${encodeURIComponent(parent)}&window=${window}`),
  score: (code: string, window: string) => request<ScoreDto>('GET', `/api/v1/units/${encodeURIComponent(code)}/score?window=${window}`),
  trend: (code: string, resolution: 'hour' | 'day', points: number) =>
    request<TrendDto>('GET', `/api/v1/units/${encodeURIComponent(code)}/trend?resolution=${resolution}&points=${points}`),
  distribution: (code: string, window: string) => request<DistributionDto>('GET', `/api/v1/units/${encodeURIComponent(code)}/distribution?window=${window}`),
  questionnaire: () => cached('questionnaire', () => request<QuestionnaireDto>('GET', '/api/v1/questionnaires/sipas-2017')),
  alerts: (unit: string) => request<{ alerts: Alert[] }>('GET', `/api/v1/alerts?unit=${encodeURIComponent(unit)}`),
  alertHistory: (unit: string) => request<{ transitions: AlertTransition[] }>('GET', `/api/v1/alerts/history?unit=${encodeURIComponent(unit)}`),
  acknowledge: (id: string, comment: string) => request<unknown>('POST', `/api/v1/alerts/${encodeURIComponent(id)}/acknowledge`, { comment }),
};

// The unit directory and the questionnaire change rarely (a reorganisation): kept for the page's life.
const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
  }
  return hit;
}

const STATES = ['Normal', 'InsufficientData', 'Pending', 'Firing', 'Acknowledged', 'Resolved', 'Silenced'];

/** An alert state whether the server wrote it as a name (Firing, firing, INSUFFICIENT_DATA) or as the enum's number. */
export function stateName(value: string | number): string {
  if (typeof value === 'number') {
    return STATES[value] ?? String(value);
  }
  const plain = value.replace(/[_\s-]/g, '').toLowerCase();
  return STATES.find(s => s.toLowerCase() === plain) ?? value;
}

/** Whether <paramref name="unit"/> is <paramref name="ancestor"/> or under it, by the code scheme (province 2 digits,
 * commune province + 3 digits, agency province + "." + id, service point agency + "." + id). */
export function isWithin(unit: string, ancestor: string): boolean {
  if (ancestor === 'VN' || unit === ancestor) {
    return true;
  }
  return unit.startsWith(ancestor + '.') || (/^\d{2}$/.test(ancestor) && unit.startsWith(ancestor));
}
