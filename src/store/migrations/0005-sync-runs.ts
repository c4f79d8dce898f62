import type { Kysely, Migration } from 'kysely';

/** The last Graph sync of each committee, as the coordinator sees it (`GET /api/v1/sync/status`). */
export const syncRuns: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sync_runs')
      .addColumn('committee_id', 'text', (col) => col.primaryKey().references('committees.id').onDelete('cascade'))
      .addColumn('started_at', 'text', (col) => col.notNull())
      .addColumn('finished_at', 'text', (col) => col.notNull())
      .addColumn('ok', 'integer', (col) => col.notNull())
      // What the run did (created, updated, cancelled, attendance imported, documents), as JSON text.
      .addColumn('summary', 'text', (col) => col.notNull())
      .addColumn('error_code', 'text')
      .addColumn('error_message', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('sync_runs').execute();
  },
};
