import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { ConsentRecord, Person } from '../../domain/people/person.js';
import { NewPerson } from '../../domain/people/person.js';
import type { PersonRepository } from '../../domain/people/ports.js';
import type { Database, PeopleTable } from '../schema.js';
import { groupCommit, type Executor } from '../group-commit.js';
import { newId, nowIso } from './clock.js';

const toPerson = (row: Selectable<PeopleTable>): Person => row as Person;

export function personRepository(db: Kysely<Database>, options: { inTransaction?: boolean } = {}): PersonRepository {
  const rememberTeamsUserId = groupCommit(
    db,
    // One statement for the whole batch: the burst of a meeting's first check-ins is one write.
    async (executor: Executor, batch: readonly { personId: string; teamsUserId: string }[]) => {
      const latest = new Map(batch.map(({ personId, teamsUserId }) => [personId, teamsUserId]));
      const cases = [...latest].map(([personId, teamsUserId]) => sql`when ${personId} then ${teamsUserId}`);
      await executor
        .updateTable('people')
        .set({ teamsUserId: sql<string>`case id ${sql.join(cases, sql` `)} end` })
        .where('id', 'in', [...latest.keys()])
        .execute();
      return batch.map(() => undefined);
    },
    options,
  );
  return {
    rememberTeamsUserId: (personId, teamsUserId) => rememberTeamsUserId({ personId, teamsUserId }),
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
