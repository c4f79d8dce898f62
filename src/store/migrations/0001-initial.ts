import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

/** The first schema. Types are chosen to mean the same on SQLite and PostgreSQL. */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('organizations')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('sector', 'text', (col) => col.notNull())
      .addColumn('territory', 'text', (col) => col.notNull())
      .addColumn('joined_on', 'text', (col) => col.notNull())
      .addColumn('contact_person_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('display_name', 'text', (col) => col.notNull())
      .addColumn('email', 'text')
      .addColumn('aad_object_id', 'text')
      .addColumn('tenant_id', 'text')
      .addColumn('category', 'text', (col) => col.notNull())
      .addColumn('organization_id', 'text', (col) => col.references('organizations.id'))
      .addColumn('territory', 'text')
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('preferred_locale', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('people_entra_identity')
      .on('people')
      .columns(['tenant_id', 'aad_object_id'])
      .unique()
      .execute();
    await db.schema.createIndex('people_email').on('people').column('email').execute();

    await db.schema
      .createTable('consent_records')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('person_id', 'text', (col) => col.notNull().references('people.id').onDelete('cascade'))
      .addColumn('purpose', 'text', (col) => col.notNull())
      .addColumn('given_at', 'text', (col) => col.notNull())
      .addColumn('text_version', 'text', (col) => col.notNull())
      .addColumn('given_by', 'text', (col) => col.notNull())
      .addColumn('withdrawn_at', 'text')
      .execute();

    await db.schema
      .createTable('committees')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('slug', 'text', (col) => col.notNull().unique())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('name_fr', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('description_fr', 'text', (col) => col.notNull())
      .addColumn('description_en', 'text', (col) => col.notNull())
      .addColumn('teams_conversation_id', 'text', (col) => col.unique())
      .addColumn('teams_channel_id', 'text')
      .addColumn('calendar_source_type', 'text')
      .addColumn('calendar_source_id', 'text')
      .addColumn('drive_id', 'text')
      .addColumn('drive_item_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('committee_members')
      .addColumn('committee_id', 'text', (col) => col.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (col) => col.notNull().references('people.id').onDelete('cascade'))
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('joined_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('committee_members_pk', ['committee_id', 'person_id'])
      .execute();
    await db.schema.createIndex('committee_members_person').on('committee_members').column('person_id').execute();

    await db.schema
      .createTable('meetings')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('committee_id', 'text', (col) => col.references('committees.id'))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('starts_at', 'text', (col) => col.notNull())
      .addColumn('ends_at', 'text', (col) => col.notNull())
      .addColumn('time_zone', 'text', (col) => col.notNull())
      .addColumn('mode', 'text', (col) => col.notNull())
      .addColumn('territory', 'text')
      .addColumn('location', 'text')
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('graph_event_id', 'text')
      .addColumn('i_cal_uid', 'text')
      .addColumn('teams_meeting_id', 'text')
      .addColumn('online_join_url', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('meetings_status_start').on('meetings').columns(['status', 'starts_at']).execute();
    await db.schema
      .createIndex('meetings_committee_start')
      .on('meetings')
      .columns(['committee_id', 'starts_at'])
      .execute();
    await db.schema.createIndex('meetings_ical_uid').on('meetings').column('i_cal_uid').execute();
    await db.schema.createIndex('meetings_graph_event').on('meetings').column('graph_event_id').execute();

    await db.schema
      .createTable('attendance')
      .addColumn('meeting_id', 'text', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (col) => col.notNull().references('people.id').onDelete('cascade'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('mode', 'text')
      .addColumn('source', 'text', (col) => col.notNull())
      .addColumn('category', 'text', (col) => col.notNull())
      .addColumn('territory', 'text')
      .addColumn('recorded_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('attendance_pk', ['meeting_id', 'person_id'])
      .execute();
    // Covers the indicator queries: they read these columns only, per meeting.
    await db.schema
      .createIndex('attendance_facts')
      .on('attendance')
      .columns(['meeting_id', 'status', 'category', 'territory', 'person_id'])
      .execute();
    await db.schema.createIndex('attendance_person').on('attendance').column('person_id').execute();

    await db.schema
      .createTable('minutes')
      .addColumn('meeting_id', 'text', (col) => col.primaryKey().references('meetings.id').onDelete('cascade'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('agenda_items', 'text', (col) => col.notNull())
      .addColumn('decisions', 'text', (col) => col.notNull())
      .addColumn('action_items', 'text', (col) => col.notNull())
      .addColumn('adopted_at_meeting_id', 'text', (col) => col.references('meetings.id'))
      .addColumn('adopted_at', 'text')
      .addColumn('document_url', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('practices')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('summary', 'text', (col) => col.notNull())
      .addColumn('context', 'text', (col) => col.notNull())
      .addColumn('what_was_done', 'text', (col) => col.notNull())
      .addColumn('what_worked', 'text', (col) => col.notNull())
      .addColumn('themes', 'text', (col) => col.notNull())
      .addColumn('author_id', 'text', (col) => col.notNull().references('people.id'))
      .addColumn('organization_id', 'text', (col) => col.references('organizations.id'))
      .addColumn('territory', 'text')
      .addColumn('language', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('published_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('practices_published').on('practices').columns(['status', 'published_at']).execute();

    await db.schema
      .createTable('manual_indicator_entries')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('indicator_id', 'text', (col) => col.notNull())
      .addColumn('fiscal_year', 'text', (col) => col.notNull())
      .addColumn('value', 'double precision', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('entered_by', 'text', (col) => col.notNull().references('people.id'))
      .addColumn('entered_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('manual_indicator_entries_lookup')
      .on('manual_indicator_entries')
      .columns(['indicator_id', 'fiscal_year', 'entered_at'])
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('subject_type', 'text', (col) => col.notNull())
      .addColumn('subject_id', 'text', (col) => col.notNull())
      .addColumn('details', 'text', (col) => col.notNull().defaultTo(sql`'{}'`))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'audit_log',
      'manual_indicator_entries',
      'practices',
      'minutes',
      'attendance',
      'meetings',
      'committee_members',
      'committees',
      'consent_records',
      'people',
      'organizations',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
