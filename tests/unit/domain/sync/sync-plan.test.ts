import { describe, expect, it } from 'vitest';
import type { CalendarSyncState } from '../../../../src/domain/sync/ports.js';
import { planRound } from '../../../../src/domain/sync/round-plan.js';
import { inWindow, syncWindow } from '../../../../src/domain/sync/sync-window.js';

describe('the sync window', () => {
  it('covers the previous and current fiscal years and the year ahead', () => {
    const window = syncWindow(new Date('2026-02-15T15:00:00Z'));
    expect([window.start.toISOString(), window.end.toISOString()]).toEqual([
      '2024-04-01T04:00:00.000Z',
      '2027-04-01T04:00:00.000Z',
    ]);
    expect(inWindow(window, '2027-02-15T15:00:00Z')).toBe(true);
  });

  it('moves only when the fiscal year changes (Montréal time)', () => {
    const march = syncWindow(new Date('2026-04-01T03:59:00Z'));
    const april = syncWindow(new Date('2026-04-01T04:00:00Z'));
    expect(march.start.toISOString()).toBe('2024-04-01T04:00:00.000Z');
    expect(april.start.toISOString()).toBe('2025-04-01T04:00:00.000Z');
  });
});

describe('where a run starts', () => {
  const window = syncWindow(new Date('2026-02-15T15:00:00Z'));
  const source = { type: 'user' as const, id: 'comite@ipecn.example' };
  const state: CalendarSyncState = {
    committeeId: 'c',
    source,
    windowStart: window.start.toISOString(),
    windowEnd: window.end.toISOString(),
    deltaLink: 'https://graph.microsoft.com/v1.0/users/x/calendarView/delta?$deltatoken=d',
    nextLink: null,
    fullRound: false,
    lastRunAt: null,
    lastSuccessAt: null,
    lastErrorAt: null,
    lastErrorCode: null,
    lastErrorMessage: null,
  };

  it('follows the delta link of the last round', () => {
    expect(planRound(state, source, window)).toEqual({ kind: 'delta', url: state.deltaLink });
  });

  it('resumes an interrupted round at its checkpoint', () => {
    expect(planRound({ ...state, nextLink: 'next', fullRound: true }, source, window)).toEqual({
      kind: 'resume',
      url: 'next',
      fullRound: true,
    });
  });

  it('starts a full round the first time, when the calendar or the window changed, and for groups', () => {
    expect(planRound(undefined, source, window)).toEqual({ kind: 'full' });
    expect(planRound(state, { type: 'user', id: 'autre@ipecn.example' }, window)).toEqual({ kind: 'full' });
    expect(planRound(state, source, syncWindow(new Date('2026-06-01T12:00:00Z')))).toEqual({ kind: 'full' });
    expect(planRound({ ...state, source: { type: 'group', id: 'g' } }, { type: 'group', id: 'g' }, window)).toEqual({
      kind: 'full',
    });
  });
});
