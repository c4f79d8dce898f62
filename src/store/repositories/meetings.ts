import type { Kysely, Selectable } from 'kysely';
import type { Meeting } from '../../domain/meetings/meeting.js';
import type { MeetingRepository } from '../../domain/meetings/ports.js';
import type { Database, MeetingsTable } from '../schema.js';
import { newId, nowIso } from './clock.js';

function toMeeting(row: Selectable<MeetingsTable>): Meeting {
  const { iCalUid, ...rest } = row;
  return { ...rest, iCalUId: iCalUid } as Meeting;
}

function toRow<T extends Partial<Meeting>>(meeting: T) {
  const { iCalUId, ...rest } = meeting;
  return iCalUId === undefined ? rest : { ...rest, iCalUid: iCalUId };
}

export function meetingRepository(db: Kysely<Database>): MeetingRepository {
  return {
    async create(input) {
      const now = nowIso();
      const meeting: Meeting = {
        conversationId: null,
        organizerId: null,
        attendanceClosedAt: null,
        ...input,
        id: newId(),
        createdAt: now,
        updatedAt: now,
      };
      await db.insertInto('meetings').values(toRow(meeting)).execute();
      return meeting;
    },
    async update(id, changes) {
      await db
        .updateTable('meetings')
        .set({ ...toRow(changes), updatedAt: nowIso() })
        .where('id', '=', id)
        .execute();
      return this.get(id);
    },
    async get(id) {
      const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toMeeting(row);
    },
    async list(query) {
      let select = db.selectFrom('meetings').selectAll();
      if (query.committeeId) select = select.where('committeeId', '=', query.committeeId);
      if (query.teamsMeetingId) select = select.where('teamsMeetingId', '=', query.teamsMeetingId);
      if (query.kinds?.length) select = select.where('kind', 'in', query.kinds);
      if (query.status) select = select.where('status', '=', query.status);
      if (query.from) select = select.where('startsAt', '>=', query.from.toISOString());
      if (query.to) select = select.where('startsAt', '<', query.to.toISOString());
      const rows = await select.orderBy('startsAt').orderBy('id').execute();
      return rows.map(toMeeting);
    },
  };
}
