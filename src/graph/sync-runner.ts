import type { Committee } from '../domain/committees/committee.js';
import type { FiscalYearStart } from '../domain/fiscal-year/fiscal-year.js';
import { meetingsWithReports, pastPlannedMeetings } from '../domain/sync/past-meetings.js';
import type { CommitteeSyncRun, CommitteeSyncSummary } from '../domain/sync/sync-run.js';
import { emptySummary } from '../domain/sync/sync-run.js';
import type { Store } from '../store/store.js';
import { importAttendanceReports } from './attendance-import.js';
import { syncCalendar } from './calendar-sync.js';
import { describeFailure } from './errors.js';
import type { GraphApi } from './graph-client.js';

/** The documents step (SharePoint): uploads adopted minutes and lists the meetings' documents. */
export type DocumentsStep = (committee: Committee) => Promise<{ minutesUploaded: number; documents: number }>;

export interface SyncRunDeps {
  store: Store;
  graph: GraphApi;
  now: () => Date;
  fiscalYearStart: FiscalYearStart;
  /** The app's tenant: attendees whose record names none belong to it. */
  tenantId: string | null;
  documents?: DocumentsStep;
}

export type SyncStep = 'calendar' | 'attendance' | 'documents' | 'done';

export interface SyncProgress {
  committee: Committee;
  index: number;
  total: number;
  step: SyncStep;
  run?: CommitteeSyncRun;
}

/** Marks the calendar's past meetings held, then imports the attendance reports of recent online ones. */
async function settleAndImport(deps: SyncRunDeps, committee: Committee, summary: CommitteeSyncSummary) {
  const meetings = await deps.store.meetings.list({ committeeId: committee.id });
  for (const meeting of pastPlannedMeetings(meetings, deps.now())) {
    await deps.store.meetings.update(meeting.id, { status: 'held' });
    summary.held++;
  }
  const held = await deps.store.meetings.list({ committeeId: committee.id, status: 'held' });
  for (const meeting of meetingsWithReports(held, deps.now())) {
    const result = await importAttendanceReports(
      { store: deps.store, graph: deps.graph, tenantId: deps.tenantId },
      meeting,
    );
    summary.attendanceImported += result.imported;
  }
}

/**
 * One sync of every committee that has a calendar or a document folder, one after the other. A committee
 * that fails is recorded with its error and the others go on. Each committee's run is saved for the status.
 */
export async function runSync(
  deps: SyncRunDeps,
  onProgress?: (progress: SyncProgress) => void,
): Promise<CommitteeSyncRun[]> {
  const committees = (await deps.store.committees.list()).filter((c) => c.calendarSource || c.documentFolder);
  const runs: CommitteeSyncRun[] = [];
  for (const [index, committee] of committees.entries()) {
    const progress = (step: SyncStep, run?: CommitteeSyncRun) =>
      onProgress?.({ committee, index, total: committees.length, step, ...(run ? { run } : {}) });
    const startedAt = deps.now().toISOString();
    const requestsBefore = deps.graph.requests;
    const summary = emptySummary();
    let error: CommitteeSyncRun['error'] = null;
    try {
      if (committee.calendarSource) {
        progress('calendar');
        const calendar = await syncCalendar(
          { store: deps.store, graph: deps.graph, now: deps.now, fiscalYearStart: deps.fiscalYearStart },
          committee,
        );
        Object.assign(summary, {
          created: calendar.created,
          updated: calendar.updated,
          cancelled: calendar.cancelled,
        });
        progress('attendance');
        await settleAndImport(deps, committee, summary);
      }
      if (committee.documentFolder && deps.documents) {
        progress('documents');
        Object.assign(summary, await deps.documents(committee));
      }
    } catch (failure) {
      error = describeFailure(failure);
    }
    summary.requests = deps.graph.requests - requestsBefore;
    const run: CommitteeSyncRun = {
      committeeId: committee.id,
      startedAt,
      finishedAt: deps.now().toISOString(),
      ok: error === null,
      summary,
      error,
    };
    await deps.store.syncRuns.save(run);
    runs.push(run);
    progress('done', run);
  }
  return runs;
}
