import type { Kysely, Migration } from 'kysely';

/**
 * What the attendance and minutes bot needs: Teams conversations linked to committees, closing of
 * attendance, people's confirmed profile, and minutes with their version history and adopted document.
 */
export const bot: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('conversation_links')
      .addColumn('conversation_id', 'text', (col) => col.primaryKey())
      .addColumn('committee_id', 'text', (col) => col.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('tenant_id', 'text', (col) => col.notNull())
      .addColumn('conversation_type', 'text', (col) => col.notNull())
      .addColumn('service_url', 'text', (col) => col.notNull())
      .addColumn('linked_by', 'text', (col) => col.notNull().references('people.id'))
      .addColumn('linked_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('conversation_links_committee')
      .on('conversation_links')
      .column('committee_id')
      .execute();

    await db.schema.alterTable('meetings').addColumn('conversation_id', 'text').execute();
    await db.schema.alterTable('meetings').addColumn('organizer_id', 'text').execute();
    await db.schema.alterTable('meetings').addColumn('attendance_closed_at', 'text').execute();
    await db.schema.createIndex('meetings_teams_meeting').on('meetings').column('teams_meeting_id').execute();
    await db.schema
      .createIndex('meetings_conversation')
      .on('meetings')
      .columns(['conversation_id', 'starts_at'])
      .execute();

    await db.schema.alterTable('people').addColumn('profile_confirmed_at', 'text').execute();
    // The Teams user id (29:…), needed to list who refreshes an Adaptive Card to their own view.
    await db.schema.alterTable('people').addColumn('teams_user_id', 'text').execute();

    await db.schema
      .alterTable('minutes')
      .addColumn('notes', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    await db.schema
      .alterTable('minutes')
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable('minutes').addColumn('circulated_at', 'text').execute();
    await db.schema.alterTable('minutes').addColumn('proposed_by', 'text').execute();
    await db.schema.alterTable('minutes').addColumn('seconded_by', 'text').execute();

    await db.schema
      .createTable('minutes_versions')
      .addColumn('meeting_id', 'text', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('content', 'text', (col) => col.notNull())
      .addColumn('changed_by', 'text', (col) => col.references('people.id'))
      .addColumn('changed_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('minutes_versions_pk', ['meeting_id', 'version'])
      .execute();

    await db.schema
      .createTable('minutes_documents')
      .addColumn('meeting_id', 'text', (col) => col.primaryKey().references('meetings.id').onDelete('cascade'))
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('content_type', 'text', (col) => col.notNull())
      // Base64 text rather than a binary column: one type that means the same on SQLite and PostgreSQL.
      .addColumn('content_base64', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('uploaded_url', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('minutes_documents').execute();
    await db.schema.dropTable('minutes_versions').execute();
    for (const column of ['seconded_by', 'proposed_by', 'circulated_at', 'version', 'notes'])
      await db.schema.alterTable('minutes').dropColumn(column).execute();
    await db.schema.alterTable('people').dropColumn('teams_user_id').execute();
    await db.schema.alterTable('people').dropColumn('profile_confirmed_at').execute();
    await db.schema.dropIndex('meetings_conversation').execute();
    await db.schema.dropIndex('meetings_teams_meeting').execute();
    for (const column of ['attendance_closed_at', 'organizer_id', 'conversation_id'])
      await db.schema.alterTable('meetings').dropColumn(column).execute();
    await db.schema.dropTable('conversation_links').execute();
  },
};
