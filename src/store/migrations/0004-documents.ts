import type { Kysely, Migration } from 'kysely';

/**
 * SharePoint documents: the files of each meeting's folder, as the last sync read them (the set is replaced
 * on each refresh).
 */
export const documents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('meeting_documents')
      .addColumn('meeting_id', 'text', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('item_id', 'text', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('web_url', 'text', (col) => col.notNull())
      .addColumn('last_modified_date_time', 'text', (col) => col.notNull())
      .addColumn('refreshed_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('meeting_documents_pk', ['meeting_id', 'item_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('meeting_documents').ifExists().execute();
  },
};
