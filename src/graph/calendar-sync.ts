import type { Committee } from '../domain/committees/committee.js';
import type { FiscalYearStart } from '../domain/fiscal-year/fiscal-year.js';
import { ValidationError } from '../domain/shared/errors.js';
import { meetingIndex } from '../domain/sync/meeting-index.js';
import type { CalendarCursor, SyncFailure } from '../domain/sync/ports.js';
import { planRound } from '../domain/sync/round-plan.js';
import type { SyncWindow } from '../domain/sync/sync-window.js';
import { syncWindow } from '../domain/sync/sync-window.js';
import type { Store } from '../store/store.js';
import type { PageContext, PageTally } from './calendar-page.js';
import { applyEvents, cancelUnseen } from './calendar-page.js';
import { calendarHeaders, DEFAULT_PAGE_SIZE, initialCalendarUrl } from './calendar-requests.js';
import { describeFailure, isSyncReset } from './errors.js';
import type { GraphApi } from './graph-client.js';
import type { EventPage } from './schemas.js';
import { EventPage as EventPageSchema } from './schemas.js';

export type SyncStore = Pick<Store, 'meetings' | 'people' | 'calendarSync' | 'transaction'>;

export interface CalendarSyncDeps {
  store: SyncStore;
  graph: GraphApi;
  now: () => Date;
  fiscalYearStart?: FiscalYearStart;
  pageSize?: number;
}

export interface CalendarSyncSummary extends PageTally {
  /** Requests sent to Graph by this run, retries included. */
  requests: number;
  /** Graph had forgotten the delta or skip token: the window was read again in full. */
  reset: boolean;
}

interface Round {
  url: string;
  full: boolean;
  /** The first page of a full round clears what an earlier, abandoned round had seen. */
  first: boolean;
  /** The delta link of the last complete round, kept until this one completes. */
  deltaLink: string | null;
}

function freshRound(committee: Committee, window: SyncWindow, pageSize: number): Round {
  return {
    url: initialCalendarUrl(committee.calendarSource!, window, pageSize),
    full: true,
    first: true,
    deltaLink: null,
  };
}

/** Applies one page and moves the checkpoint, in one transaction: a crash leaves either both or neither. */
async function applyPage(deps: CalendarSyncDeps, context: PageContext, round: Round, page: EventPage) {
  const { committee, window, now } = context;
  const nextLink = page['@odata.nextLink'] ?? null;
  const complete = nextLink === null;
  await deps.store.transaction(async (tx) => {
    if (round.full && round.first) await tx.calendarSync.clearSeen(committee.id);
    await applyEvents(tx, context, page.value);
    if (round.full) {
      await tx.calendarSync.markSeen(
        committee.id,
        page.value.filter((event) => !event['@removed']).map((event) => event.id),
      );
      if (complete) {
        await cancelUnseen(tx, context, new Set(await tx.calendarSync.seenEventIds(committee.id)));
        await tx.calendarSync.clearSeen(committee.id);
      }
    }
    const cursor: CalendarCursor = {
      committeeId: committee.id,
      source: committee.calendarSource!,
      windowStart: window.start.toISOString(),
      windowEnd: window.end.toISOString(),
      deltaLink: complete ? (page['@odata.deltaLink'] ?? null) : round.deltaLink,
      nextLink,
      fullRound: round.full,
    };
    await tx.calendarSync.saveCursor(cursor, now.toISOString(), complete);
  });
  return nextLink;
}

async function runRound(deps: CalendarSyncDeps, context: PageContext, graph: GraphApi): Promise<boolean> {
  const { committee, window } = context;
  const pageSize = deps.pageSize ?? DEFAULT_PAGE_SIZE;
  const headers = calendarHeaders(pageSize);
  const state = await deps.store.calendarSync.get(committee.id);
  const plan = planRound(state, committee.calendarSource!, window);
  let round: Round =
    plan.kind === 'full'
      ? freshRound(committee, window, pageSize)
      : { url: plan.url, full: plan.kind === 'resume' && plan.fullRound, first: false, deltaLink: state!.deltaLink };
  let reset = false;
  for (;;) {
    let page: EventPage;
    try {
      page = await graph.getPage(round.url, EventPageSchema, headers);
    } catch (error) {
      // Graph forgot the token (410 Gone, syncStateNotFound): read the window again; matching by iCalUId
      // and event id keeps it free of duplicates, and the full round cancels what disappeared meanwhile.
      if (!isSyncReset(error) || reset) throw error;
      reset = true;
      round = freshRound(committee, window, pageSize);
      continue;
    }
    const nextLink = await applyPage(deps, context, round, page);
    if (!nextLink) return reset;
    round = { ...round, url: nextLink, first: false };
  }
}

/**
 * Brings one committee's meetings in line with its calendar: new events become meetings, changed ones
 * are updated, removed or cancelled ones are marked cancelled. A run resumes an interrupted round at its
 * checkpoint; a failure is recorded for the coordinator (meetings and cursor stay as the last page left
 * them) and thrown.
 */
export async function syncCalendar(deps: CalendarSyncDeps, committee: Committee): Promise<CalendarSyncSummary> {
  const source = committee.calendarSource;
  if (!source) throw new ValidationError(`calendarSource: the committee ${committee.slug} has no calendar`);
  const graph = deps.graph.counted();
  const now = deps.now();
  const window = syncWindow(now, deps.fiscalYearStart);
  const tally: PageTally = { created: 0, updated: 0, cancelled: 0, skipped: 0 };
  const index = meetingIndex(await deps.store.meetings.list({ committeeId: committee.id }));
  try {
    const reset = await runRound(deps, { committee, index, window, now, tally }, graph);
    return { ...tally, requests: graph.requests, reset };
  } catch (error) {
    await deps.store.calendarSync.recordFailure(committee.id, source, describeFailure(error), now.toISOString());
    throw error;
  }
}

export type CalendarSyncOutcome =
  | { committeeId: string; slug: string; ok: true; summary: CalendarSyncSummary }
  | { committeeId: string; slug: string; ok: false; error: SyncFailure };

/**
 * Syncs every committee that has a calendar, one after the other. A failed calendar does not stop the
 * others: its error is recorded (and returned) and the next one runs.
 */
export async function syncAllCalendars(
  deps: CalendarSyncDeps,
  committees: readonly Committee[],
  onProgress?: (outcome: CalendarSyncOutcome) => void,
): Promise<CalendarSyncOutcome[]> {
  const outcomes: CalendarSyncOutcome[] = [];
  for (const committee of committees.filter((candidate) => candidate.calendarSource)) {
    const base = { committeeId: committee.id, slug: committee.slug };
    let outcome: CalendarSyncOutcome;
    try {
      outcome = { ...base, ok: true, summary: await syncCalendar(deps, committee) };
    } catch (error) {
      outcome = { ...base, ok: false, error: describeFailure(error) };
    }
    outcomes.push(outcome);
    onProgress?.(outcome);
  }
  return outcomes;
}
