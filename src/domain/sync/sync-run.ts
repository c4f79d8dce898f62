/** What one Graph sync did for one committee: shown by `ipecn sync` and `GET /api/v1/sync/status`. */
export interface CommitteeSyncSummary {
  created: number;
  updated: number;
  cancelled: number;
  /** Past meetings from the calendar that now count as held. */
  held: number;
  attendanceImported: number;
  minutesUploaded: number;
  documents: number;
  requests: number;
}

export interface CommitteeSyncRun {
  committeeId: string;
  startedAt: string;
  finishedAt: string;
  ok: boolean;
  summary: CommitteeSyncSummary;
  error: { code: string; message: string } | null;
}

export interface SyncRunRepository {
  save(run: CommitteeSyncRun): Promise<void>;
  list(): Promise<CommitteeSyncRun[]>;
}

export const emptySummary = (): CommitteeSyncSummary => ({
  created: 0,
  updated: 0,
  cancelled: 0,
  held: 0,
  attendanceImported: 0,
  minutesUploaded: 0,
  documents: 0,
  requests: 0,
});
