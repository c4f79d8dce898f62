import type { Kysely } from 'kysely';
import type { Attendance } from '../../domain/attendance/attendance.js';
import type { AttendanceRepository } from '../../domain/attendance/ports.js';
import type { Database } from '../schema.js';
import { nowIso } from './clock.js';

export function attendanceRepository(db: Kysely<Database>): AttendanceRepository {
  const get = async (meetingId: string, personId: string) =>
    (await db
      .selectFrom('attendance')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .where('personId', '=', personId)
      .executeTakeFirstOrThrow()) as Attendance;
  return {
    async record(row) {
      const now = nowIso();
      // The primary key (meeting, person) makes a retried or duplicated write land on the same row.
      await db
        .insertInto('attendance')
        .values({ ...row, recordedAt: now, updatedAt: now })
        .onConflict((conflict) =>
          conflict.columns(['meetingId', 'personId']).doUpdateSet({
            status: row.status,
            mode: row.mode,
            source: row.source,
            category: row.category,
            territory: row.territory,
            updatedAt: now,
          }),
        )
        .execute();
      return get(row.meetingId, row.personId);
    },
    async list(meetingId) {
      const rows = await db
        .selectFrom('attendance')
        .selectAll()
        .where('meetingId', '=', meetingId)
        .orderBy('recordedAt')
        .execute();
      return rows as Attendance[];
    },
  };
}
