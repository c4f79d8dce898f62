import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite, openStore } from '../../../src/store/database.js';
import { createStore } from '../../../src/store/store.js';
import { personInput } from '../../support/factories.js';
import { backends, testLocation } from '../../support/stores.js';

const TABLES = [
  'attendance',
  'audit_log',
  'calendar_sync_seen',
  'calendar_sync_state',
  'committee_members',
  'committees',
  'consent_records',
  'conversation_links',
  'manual_indicator_entries',
  'meeting_documents',
  'meetings',
  'minutes',
  'minutes_documents',
  'minutes_versions',
  'organizations',
  'people',
  'practices',
  'sync_runs',
];

describe.each(backends)('migrations on %s', (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it('create every table, and running them again changes nothing', async () => {
    const { location, cleanup } = await testLocation(backend);
    cleanups.push(cleanup);
    const first = await createStore(location);
    const person = await first.people.create(personInput());
    await first.close();

    const second = await openStore(location);
    const tables = (await second.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(TABLES));
    const applied = await sql<{ name: string }>`select name from schema_migrations`.execute(second.db);
    expect(applied.rows.map((row) => row.name)).toEqual([
      '0001-initial',
      '0002-bot',
      '0003-graph',
      '0004-documents',
      '0005-sync-runs',
    ]);
    const kept = await second.db.selectFrom('people').select('id').execute();
    expect(kept).toEqual([{ id: person.id }]);
    await second.close();
  });

  it('enforce one attendance row per person per meeting and foreign keys', async () => {
    const { location, cleanup } = await testLocation(backend);
    cleanups.push(cleanup);
    const store = await createStore(location);
    cleanups.push(() => store.close());
    await expect(
      store.attendance.record({
        meetingId: '00000000-0000-4000-8000-000000000000',
        personId: '00000000-0000-4000-8000-000000000001',
        status: 'present',
        mode: 'inPerson',
        source: 'manual',
        category: 'family',
        territory: null,
      }),
    ).rejects.toThrow();
  });
});

describe('SQLite settings', () => {
  it('use WAL, synchronous=FULL and foreign keys', async () => {
    const { location, cleanup } = await testLocation('sqlite');
    if (location.backend !== 'sqlite') throw new Error('unreachable');
    const database = openSqlite(location.file);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.pragma('synchronous', { simple: true })).toBe(2);
    expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
    database.close();
    await cleanup();
  });
});
