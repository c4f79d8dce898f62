import type { Kysely, Selectable, Transaction } from 'kysely';
import type { MeetingDocument } from '../../domain/documents/meeting-document.js';
import type { MeetingDocumentRepository } from '../../domain/documents/ports.js';
import type { Database, MeetingDocumentsTable } from '../schema.js';

const INSERT_CHUNK = 500;

/** Sorted here rather than in SQL: SQLite and PostgreSQL collate names differently. */
const byName = new Intl.Collator('fr-CA', { numeric: true, sensitivity: 'base' });

function toDocument(row: Selectable<MeetingDocumentsTable>): MeetingDocument {
  return {
    meetingId: row.meetingId,
    itemId: row.itemId,
    name: row.name,
    webUrl: row.webUrl,
    lastModifiedDateTime: row.lastModifiedDateTime,
    refreshedAt: row.refreshedAt,
  };
}

export function meetingDocumentRepository(db: Kysely<Database>): MeetingDocumentRepository {
  const inTransaction = <T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
    db.isTransaction ? work(db) : db.transaction().execute((trx: Transaction<Database>) => work(trx));

  return {
    async replace(meetingId, documents, refreshedAt) {
      const rows = [...new Map(documents.map((document) => [document.itemId, document])).values()].map((document) => ({
        meetingId,
        itemId: document.itemId,
        name: document.name,
        webUrl: document.webUrl,
        lastModifiedDateTime: document.lastModifiedDateTime,
        refreshedAt,
      }));
      await inTransaction(async (trx) => {
        await trx.deleteFrom('meetingDocuments').where('meetingId', '=', meetingId).execute();
        for (let i = 0; i < rows.length; i += INSERT_CHUNK)
          await trx
            .insertInto('meetingDocuments')
            .values(rows.slice(i, i + INSERT_CHUNK))
            .execute();
      });
    },

    async documentsOf(meetingId) {
      const rows = await db.selectFrom('meetingDocuments').selectAll().where('meetingId', '=', meetingId).execute();
      return rows
        .map(toDocument)
        .sort((a, b) => byName.compare(a.name, b.name) || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
    },
  };
}
