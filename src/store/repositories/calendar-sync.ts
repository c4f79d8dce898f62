import type { Kysely, Selectable } from 'kysely';
import type { CalendarSyncRepository, CalendarSyncState } from '../../domain/sync/ports.js';
import type { CalendarSyncStateTable, Database } from '../schema.js';

const SEEN_CHUNK = 500;

function toState(row: Selectable<CalendarSyncStateTable>): CalendarSyncState {
  return {
    committeeId: row.committeeId,
    source: { type: row.sourceType as 'user' | 'group', id: row.sourceId },
    windowStart: row.windowStart,
    windowEnd: row.windowEnd,
    deltaLink: row.deltaLink,
    nextLink: row.nextLink,
    fullRound: row.fullRound === 1,
    lastRunAt: row.lastRunAt,
    lastSuccessAt: row.lastSuccessAt,
    lastErrorAt: row.lastErrorAt,
    lastErrorCode: row.lastErrorCode,
    lastErrorMessage: row.lastErrorMessage,
  };
}

export function calendarSyncRepository(db: Kysely<Database>): CalendarSyncRepository {
  return {
    async get(committeeId) {
      const row = await db
        .selectFrom('calendarSyncState')
        .selectAll()
        .where('committeeId', '=', committeeId)
        .executeTakeFirst();
      return row && toState(row);
    },
    async list() {
      const rows = await db.selectFrom('calendarSyncState').selectAll().orderBy('committeeId').execute();
      return rows.map(toState);
    },
    async saveCursor(cursor, at, completed) {
      const values = {
        sourceType: cursor.source.type,
        sourceId: cursor.source.id,
        windowStart: cursor.windowStart,
        windowEnd: cursor.windowEnd,
        deltaLink: cursor.deltaLink,
        nextLink: cursor.nextLink,
        fullRound: cursor.fullRound ? 1 : 0,
        lastRunAt: at,
        updatedAt: at,
        ...(completed ? { lastSuccessAt: at, lastErrorAt: null, lastErrorCode: null, lastErrorMessage: null } : {}),
      };
      await db
        .insertInto('calendarSyncState')
        .values({ committeeId: cursor.committeeId, ...values })
        .onConflict((conflict) => conflict.column('committeeId').doUpdateSet(values))
        .execute();
    },
    async recordFailure(committeeId, source, failure, at) {
      const values = {
        lastRunAt: at,
        lastErrorAt: at,
        lastErrorCode: failure.code,
        lastErrorMessage: failure.message.slice(0, 2000),
        updatedAt: at,
      };
      await db
        .insertInto('calendarSyncState')
        .values({ committeeId, sourceType: source.type, sourceId: source.id, fullRound: 0, ...values })
        .onConflict((conflict) => conflict.column('committeeId').doUpdateSet(values))
        .execute();
    },
    async markSeen(committeeId, eventIds) {
      const unique = [...new Set(eventIds)];
      for (let i = 0; i < unique.length; i += SEEN_CHUNK) {
        await db
          .insertInto('calendarSyncSeen')
          .values(unique.slice(i, i + SEEN_CHUNK).map((eventId) => ({ committeeId, eventId })))
          .onConflict((conflict) => conflict.columns(['committeeId', 'eventId']).doNothing())
          .execute();
      }
    },
    async seenEventIds(committeeId) {
      const rows = await db
        .selectFrom('calendarSyncSeen')
        .select('eventId')
        .where('committeeId', '=', committeeId)
        .execute();
      return rows.map((row) => row.eventId);
    },
    async clearSeen(committeeId) {
      await db.deleteFrom('calendarSyncSeen').where('committeeId', '=', committeeId).execute();
    },
  };
}
