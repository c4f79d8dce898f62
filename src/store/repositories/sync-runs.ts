import type { Kysely } from 'kysely';
import type { CommitteeSyncSummary, SyncRunRepository } from '../../domain/sync/sync-run.js';
import type { Database } from '../schema.js';

export function syncRunRepository(db: Kysely<Database>): SyncRunRepository {
  return {
    async save(run) {
      const row = {
        committeeId: run.committeeId,
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        ok: run.ok ? 1 : 0,
        summary: JSON.stringify(run.summary),
        errorCode: run.error?.code ?? null,
        errorMessage: run.error?.message ?? null,
      };
      await db
        .insertInto('syncRuns')
        .values(row)
        .onConflict((conflict) => conflict.column('committeeId').doUpdateSet(row))
        .execute();
    },
    async list() {
      const rows = await db.selectFrom('syncRuns').selectAll().orderBy('committeeId').execute();
      return rows.map((row) => ({
        committeeId: row.committeeId,
        startedAt: row.startedAt,
        finishedAt: row.finishedAt,
        ok: Number(row.ok) === 1,
        summary: JSON.parse(row.summary) as CommitteeSyncSummary,
        error: row.errorCode ? { code: row.errorCode, message: row.errorMessage ?? '' } : null,
      }));
    },
  };
}
