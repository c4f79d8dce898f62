import type { Kysely, Selectable } from 'kysely';
import type { Committee } from '../../domain/committees/committee.js';
import type { CommitteeMember, CommitteeRepository } from '../../domain/committees/ports.js';
import type { CommitteesTable, Database } from '../schema.js';
import { newId, nowIso } from './clock.js';

function toCommittee(row: Selectable<CommitteesTable>): Committee {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind as Committee['kind'],
    name: { fr: row.nameFr, en: row.nameEn },
    description: { fr: row.descriptionFr, en: row.descriptionEn },
    teamsConversationId: row.teamsConversationId,
    teamsChannelId: row.teamsChannelId,
    calendarSource:
      row.calendarSourceType && row.calendarSourceId
        ? { type: row.calendarSourceType as 'user' | 'group', id: row.calendarSourceId }
        : null,
    documentFolder: row.driveId && row.driveItemId ? { driveId: row.driveId, itemId: row.driveItemId } : null,
    createdAt: row.createdAt,
  };
}

export function committeeRepository(db: Kysely<Database>): CommitteeRepository {
  const bySlug = async (slug: string) => {
    const row = await db.selectFrom('committees').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row && toCommittee(row);
  };
  return {
    async upsert(committee) {
      const values = {
        slug: committee.slug,
        kind: committee.kind,
        nameFr: committee.name.fr,
        nameEn: committee.name.en,
        descriptionFr: committee.description.fr,
        descriptionEn: committee.description.en,
        teamsConversationId: committee.teamsConversationId,
        teamsChannelId: committee.teamsChannelId,
        calendarSourceType: committee.calendarSource?.type ?? null,
        calendarSourceId: committee.calendarSource?.id ?? null,
        driveId: committee.documentFolder?.driveId ?? null,
        driveItemId: committee.documentFolder?.itemId ?? null,
      };
      await db
        .insertInto('committees')
        .values({ ...values, id: newId(), createdAt: nowIso() })
        .onConflict((conflict) =>
          conflict.column('slug').doUpdateSet({
            kind: values.kind,
            nameFr: values.nameFr,
            nameEn: values.nameEn,
            descriptionFr: values.descriptionFr,
            descriptionEn: values.descriptionEn,
          }),
        )
        .execute();
      return (await bySlug(committee.slug))!;
    },
    async list() {
      const rows = await db.selectFrom('committees').selectAll().orderBy('createdAt').orderBy('slug').execute();
      return rows.map(toCommittee);
    },
    async get(id) {
      const row = await db.selectFrom('committees').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toCommittee(row);
    },
    getBySlug: bySlug,
    async setCalendarSource(id, source) {
      await db
        .updateTable('committees')
        .set({ calendarSourceType: source?.type ?? null, calendarSourceId: source?.id ?? null })
        .where('id', '=', id)
        .execute();
      return this.get(id);
    },
    async setDocumentFolder(id, folder) {
      await db
        .updateTable('committees')
        .set({ driveId: folder?.driveId ?? null, driveItemId: folder?.itemId ?? null })
        .where('id', '=', id)
        .execute();
      return this.get(id);
    },
    async addMember(committeeId, personId, role) {
      await db
        .insertInto('committeeMembers')
        .values({ committeeId, personId, role, joinedAt: nowIso() })
        .onConflict((conflict) => conflict.columns(['committeeId', 'personId']).doUpdateSet({ role }))
        .execute();
    },
    async members(committeeId) {
      const rows = await db
        .selectFrom('committeeMembers')
        .select(['personId', 'role', 'joinedAt'])
        .where('committeeId', '=', committeeId)
        .execute();
      return rows as CommitteeMember[];
    },
    async committeesOf(personId) {
      const rows = await db
        .selectFrom('committeeMembers')
        .select('committeeId')
        .where('personId', '=', personId)
        .execute();
      return rows.map((row) => row.committeeId);
    },
  };
}
