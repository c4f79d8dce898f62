import type { Kysely, Migration } from 'kysely';

/**
 * Microsoft Graph calendar sync: where each committee's calendar stands (delta link, the checkpoint of a
 * round under way, the last error shown to the coordinator), and the events a full round has seen so far.
 */
export const graph: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('calendar_sync_state')
      .addColumn('committee_id', 'text', (col) => col.primaryKey().references('committees.id').onDelete('cascade'))
      .addColumn('source_type', 'text', (col) => col.notNull())
      .addColumn('source_id', 'text', (col) => col.notNull())
      .addColumn('window_start', 'text')
      .addColumn('window_end', 'text')
      .addColumn('delta_link', 'text')
      .addColumn('next_link', 'text')
      .addColumn('full_round', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('last_run_at', 'text')
      .addColumn('last_success_at', 'text')
      .addColumn('last_error_at', 'text')
      .addColumn('last_error_code', 'text')
      .addColumn('last_error_message', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('calendar_sync_seen')
      .addColumn('committee_id', 'text', (col) => col.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('calendar_sync_seen_pk', ['committee_id', 'event_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('calendar_sync_seen').ifExists().execute();
    await db.schema.dropTable('calendar_sync_state').ifExists().execute();
  },
};
