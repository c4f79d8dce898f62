import type { Kysely, Selectable } from 'kysely';
import type { ConsentRecord, Person } from '../../domain/people/person.js';
import { NewPerson } from '../../domain/people/person.js';
import type { PersonRepository } from '../../domain/people/ports.js';
import type { Database, PeopleTable } from '../schema.js';
import { newId, nowIso } from './clock.js';

const toPerson = (row: Selectable<PeopleTable>): Person => row as Person;

export function personRepository(db: Kysely<Database>): PersonRepository {
  return {
    async create(input) {
      const person = { ...NewPerson.parse(input), id: newId(), createdAt: nowIso() };
      await db.insertInto('people').values(person).execute();
      return person;
    },
    async get(id) {
      const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPerson(row);
    },
    async findByEntraId(tenantId, aadObjectId) {
      const row = await db
        .selectFrom('people')
        .selectAll()
        .where('tenantId', '=', tenantId)
        .where('aadObjectId', '=', aadObjectId)
        .executeTakeFirst();
      return row && toPerson(row);
    },
    async findByEmail(email) {
      const row = await db.selectFrom('people').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
      return row && toPerson(row);
    },
    async list() {
      const rows = await db.selectFrom('people').selectAll().orderBy('displayName').execute();
      return rows.map(toPerson);
    },
    async count() {
      const row = await db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async teamsUserIds(personIds, limit) {
      if (personIds.length === 0) return [];
      const rows = await db
        .selectFrom('people')
        .select('teamsUserId')
        .where('id', 'in', personIds)
        .where('teamsUserId', 'is not', null)
        .limit(limit)
        .execute();
      return rows.map((row) => row.teamsUserId!);
    },
    async update(id, changes) {
      if (Object.keys(changes).length > 0) await db.updateTable('people').set(changes).where('id', '=', id).execute();
      return this.get(id);
    },
    async linkEntraIdentity(id, tenantId, aadObjectId) {
      await db.updateTable('people').set({ tenantId, aadObjectId }).where('id', '=', id).execute();
    },
    async addConsent(record) {
      await db
        .insertInto('consentRecords')
        .values({ ...record, id: newId(), withdrawnAt: null })
        .execute();
    },
    async consents(personId) {
      const rows = await db
        .selectFrom('consentRecords')
        .select(['personId', 'purpose', 'givenAt', 'textVersion', 'givenBy', 'withdrawnAt'])
        .where('personId', '=', personId)
        .orderBy('givenAt')
        .execute();
      return rows as ConsentRecord[];
    },
  };
}
