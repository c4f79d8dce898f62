import type { CalendarSource } from '../committees/committee.js';

/**
 * Where the sync of one committee's calendar stands. `nextLink` is the checkpoint of a round under way
 * (a crash resumes there); `deltaLink` the end of the last complete round of a mailbox calendar.
 */
export interface CalendarSyncState {
  committeeId: string;
  source: CalendarSource;
  windowStart: string | null;
  windowEnd: string | null;
  deltaLink: string | null;
  nextLink: string | null;
  /** The round under way (or the last one) read the whole window, so events it did not see are gone. */
  fullRound: boolean;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
}

/** What is written after each page, in the same transaction as the page's meetings. */
export interface CalendarCursor {
  committeeId: string;
  source: CalendarSource;
  windowStart: string;
  windowEnd: string;
  deltaLink: string | null;
  nextLink: string | null;
  fullRound: boolean;
}

export interface SyncFailure {
  code: string;
  message: string;
}

export interface CalendarSyncRepository {
  get(committeeId: string): Promise<CalendarSyncState | undefined>;
  list(): Promise<CalendarSyncState[]>;
  /** Saves the cursor; `completed` marks a finished round (last success, error cleared). */
  saveCursor(cursor: CalendarCursor, at: string, completed: boolean): Promise<void>;
  /** Records a failed run without touching the cursor, so the next run resumes where this one stopped. */
  recordFailure(committeeId: string, source: CalendarSource, failure: SyncFailure, at: string): Promise<void>;
  /** Event ids seen during the full round under way. */
  markSeen(committeeId: string, eventIds: readonly string[]): Promise<void>;
  seenEventIds(committeeId: string): Promise<string[]>;
  clearSeen(committeeId: string): Promise<void>;
}
