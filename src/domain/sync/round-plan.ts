import type { CalendarSource } from '../committees/committee.js';
import type { CalendarSyncState } from './ports.js';
import type { SyncWindow } from './sync-window.js';
import { sameWindow } from './sync-window.js';

/**
 * Where a run starts: the checkpoint of an interrupted round, the delta link of the last complete round,
 * or a new full round (first run, calendar or window changed, group calendars which have no delta).
 */
export type RoundStart =
  { kind: 'resume'; url: string; fullRound: boolean } | { kind: 'delta'; url: string } | { kind: 'full' };

export function planRound(
  state: CalendarSyncState | undefined,
  source: CalendarSource,
  window: SyncWindow,
): RoundStart {
  if (!state) return { kind: 'full' };
  const sameSource = state.source.type === source.type && state.source.id === source.id;
  if (!sameSource || !sameWindow(window, state.windowStart, state.windowEnd)) return { kind: 'full' };
  if (state.nextLink) return { kind: 'resume', url: state.nextLink, fullRound: state.fullRound };
  if (source.type === 'user' && state.deltaLink) return { kind: 'delta', url: state.deltaLink };
  return { kind: 'full' };
}
