import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ActionItem } from '../../domain/minutes/minutes.js';
import { Minutes, MinutesChangedError, MinutesLockedError } from '../../domain/minutes/minutes.js';
import type { MinutesRepository, MinutesVersion } from '../../domain/minutes/ports.js';
import type { Database, MinutesTable } from '../schema.js';
import { nowIso } from './clock.js';

function toMinutes(row: Selectable<MinutesTable>): Minutes {
  return {
    meetingId: row.meetingId,
    status: row.status as Minutes['status'],
    notes: row.notes,
    agendaItems: JSON.parse(row.agendaItems) as Minutes['agendaItems'],
    decisions: JSON.parse(row.decisions) as Minutes['decisions'],
    actionItems: JSON.parse(row.actionItems) as Minutes['actionItems'],
    version: Number(row.version),
    circulatedAt: row.circulatedAt,
    adoptedAtMeetingId: row.adoptedAtMeetingId,
    adoptedAt: row.adoptedAt,
    proposedBy: row.proposedBy,
    secondedBy: row.secondedBy,
    documentUrl: row.documentUrl,
    updatedAt: row.updatedAt,
  };
}

function toRow(minutes: Minutes, version: number) {
  return {
    status: minutes.status,
    notes: minutes.notes,
    agendaItems: JSON.stringify(minutes.agendaItems),
    decisions: JSON.stringify(minutes.decisions),
    actionItems: JSON.stringify(minutes.actionItems),
    version,
    circulatedAt: minutes.circulatedAt,
    adoptedAtMeetingId: minutes.adoptedAtMeetingId,
    adoptedAt: minutes.adoptedAt,
    proposedBy: minutes.proposedBy,
    secondedBy: minutes.secondedBy,
    documentUrl: minutes.documentUrl,
    updatedAt: minutes.updatedAt,
  };
}

const toBase64 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

export function minutesRepository(db: Kysely<Database>): MinutesRepository {
  // Inside the store's transaction already, or a transaction of its own: the row and its history go together.
  const inTransaction = <T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
    db.isTransaction ? work(db) : db.transaction().execute((trx: Transaction<Database>) => work(trx));

  const get = async (trx: Kysely<Database>, meetingId: string) => {
    const row = await trx.selectFrom('minutes').selectAll().where('meetingId', '=', meetingId).executeTakeFirst();
    return row && toMinutes(row);
  };

  /** Why a guarded write touched no row: adopted minutes, or another version than the expected one. */
  async function refusal(trx: Kysely<Database>, minutes: Minutes): Promise<Error> {
    const stored = await get(trx, minutes.meetingId);
    if (stored?.status === 'adopted') return new MinutesLockedError();
    return new MinutesChangedError(minutes.version, stored?.version ?? 0);
  }

  return {
    get: (meetingId) => get(db, meetingId),

    async save(input, changedBy) {
      const minutes = Minutes.parse(input);
      const version = minutes.version + 1;
      return inTransaction(async (trx) => {
        let written: bigint;
        if (minutes.version === 0) {
          const result = await trx
            .insertInto('minutes')
            .values({ meetingId: minutes.meetingId, ...toRow(minutes, version) })
            .onConflict((conflict) => conflict.column('meetingId').doNothing())
            .executeTakeFirst();
          written = result.numInsertedOrUpdatedRows ?? 0n;
        } else {
          // The guard in the WHERE clause is re-checked under the row lock, so of two concurrent saves of the
          // same version exactly one writes.
          const result = await trx
            .updateTable('minutes')
            .set(toRow(minutes, version))
            .where('meetingId', '=', minutes.meetingId)
            .where('version', '=', minutes.version)
            .where('status', '<>', 'adopted')
            .executeTakeFirst();
          written = result.numUpdatedRows;
        }
        if (written !== 1n) throw await refusal(trx, minutes);
        const saved: Minutes = { ...minutes, version };
        await trx
          .insertInto('minutesVersions')
          .values({
            meetingId: minutes.meetingId,
            version,
            status: minutes.status,
            content: JSON.stringify(saved),
            changedBy,
            changedAt: minutes.updatedAt,
          })
          .execute();
        return saved;
      });
    },

    async versions(meetingId) {
      const rows = await db
        .selectFrom('minutesVersions')
        .selectAll()
        .where('meetingId', '=', meetingId)
        .orderBy('version')
        .execute();
      return rows.map((row): MinutesVersion => ({
        meetingId: row.meetingId,
        version: Number(row.version),
        status: row.status as MinutesVersion['status'],
        content: JSON.parse(row.content) as Minutes,
        changedBy: row.changedBy,
        changedAt: row.changedAt,
      }));
    },

    async saveDocument(meetingId, document) {
      const values = {
        fileName: document.fileName,
        contentType: document.contentType,
        contentBase64: toBase64(document.bytes),
        createdAt: nowIso(),
        uploadedUrl: null,
      };
      await db
        .insertInto('minutesDocuments')
        .values({ meetingId, ...values })
        .onConflict((conflict) => conflict.column('meetingId').doUpdateSet(values))
        .execute();
    },

    async document(meetingId) {
      const row = await db
        .selectFrom('minutesDocuments')
        .selectAll()
        .where('meetingId', '=', meetingId)
        .executeTakeFirst();
      if (!row) return undefined;
      const { contentBase64, ...rest } = row;
      return { ...rest, bytes: fromBase64(contentBase64) };
    },

    async markDocumentUploaded(meetingId, url) {
      await inTransaction(async (trx) => {
        await trx
          .updateTable('minutesDocuments')
          .set({ uploadedUrl: url })
          .where('meetingId', '=', meetingId)
          .execute();
        await trx.updateTable('minutes').set({ documentUrl: url }).where('meetingId', '=', meetingId).execute();
      });
    },

    async openActionItems(committeeId, beforeMeetingStart) {
      const rows = await db
        .selectFrom('minutes')
        .innerJoin('meetings', 'meetings.id', 'minutes.meetingId')
        .select(['minutes.meetingId', 'minutes.actionItems', 'meetings.title', 'meetings.startsAt'])
        .where('meetings.committeeId', '=', committeeId)
        .where('meetings.startsAt', '<', beforeMeetingStart.toISOString())
        .orderBy('meetings.startsAt')
        .orderBy('meetings.id')
        .execute();
      return rows.flatMap((row) =>
        (JSON.parse(row.actionItems) as ActionItem[]).flatMap((item, index) =>
          item.done
            ? []
            : [{ meetingId: row.meetingId, meetingTitle: row.title, meetingStartsAt: row.startsAt, index, item }],
        ),
      );
    },
  };
}
