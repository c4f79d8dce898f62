import type { Kysely } from 'kysely';
import type { Attendance } from '../../domain/attendance/attendance.js';
import { mergeAttendance } from '../../domain/attendance/merge.js';
import type { AttendanceRepository, AttendanceWrite } from '../../domain/attendance/ports.js';
import type { AttendanceCount } from '../../domain/attendance/summary.js';
import type { Backend } from '../database.js';
import type { Database } from '../schema.js';
import { groupCommit, type Executor } from '../group-commit.js';
import { nowIso } from './clock.js';

const key = (meetingId: string, personId: string) => `${meetingId}|${personId}`;
/**
 * Attendance writes are grouped (see group-commit.ts): each is merged with the stored row by
 * `mergeAttendance` and the caller is answered after the commit.
 */
export function attendanceRepository(
  db: Kysely<Database>,
  options: { backend: Backend; inTransaction?: boolean } = { backend: 'sqlite' },
): AttendanceRepository {
  async function writeBatch(trx: Executor, batch: readonly AttendanceWrite[]): Promise<Attendance[]> {
    const pairs = [...new Map(batch.map((row) => [key(row.meetingId, row.personId), row])).values()];
    let select = trx
      .selectFrom('attendance')
      .selectAll()
      .where((eb) =>
        eb.or(pairs.map((row) => eb.and([eb('meetingId', '=', row.meetingId), eb('personId', '=', row.personId)]))),
      );
    if (options.backend === 'postgres') select = select.forUpdate();
    const current = new Map(
      (await select.execute()).map((row) => [key(row.meetingId, row.personId), row as Attendance]),
    );
    const now = nowIso();
    for (const row of batch) {
      const k = key(row.meetingId, row.personId);
      const existing = current.get(k);
      const merged = mergeAttendance(existing, row);
      if (!merged) continue;
      const next: Attendance = {
        ...row,
        ...merged,
        recordedAt: existing?.recordedAt ?? now,
        updatedAt: now,
      };
      await trx
        .insertInto('attendance')
        .values(next)
        .onConflict((conflict) =>
          conflict.columns(['meetingId', 'personId']).doUpdateSet({
            status: next.status,
            mode: next.mode,
            source: next.source,
            category: next.category,
            territory: next.territory,
            updatedAt: now,
          }),
        )
        .execute();
      current.set(k, next);
    }
    return batch.map((row) => current.get(key(row.meetingId, row.personId))!);
  }

  const record = groupCommit(db, writeBatch, { inTransaction: options.inTransaction });

  return {
    record,
    async get(meetingId, personId) {
      const row = await db
        .selectFrom('attendance')
        .selectAll()
        .where('meetingId', '=', meetingId)
        .where('personId', '=', personId)
        .executeTakeFirst();
      return row as Attendance | undefined;
    },
    async counts(meetingId) {
      const rows = await db
        .selectFrom('attendance')
        .select((eb) => ['status', 'mode', 'category', eb.fn.countAll<number>().as('count')])
        .where('meetingId', '=', meetingId)
        .groupBy(['status', 'mode', 'category'])
        .execute();
      return rows.map((row) => ({ ...row, count: Number(row.count) }) as AttendanceCount);
    },
    async audience(meetingId, committeeId, limit) {
      const members = committeeId
        ? await db
            .selectFrom('committeeMembers as m')
            .innerJoin('people as p', 'p.id', 'm.personId')
            .select('p.teamsUserId')
            .where('m.committeeId', '=', committeeId)
            .where('p.teamsUserId', 'is not', null)
            .orderBy('m.joinedAt')
            .limit(limit)
            .execute()
        : [];
      const ids = members.map((row) => row.teamsUserId!);
      if (ids.length >= limit) return ids;
      const attendees = await db
        .selectFrom('attendance as a')
        .innerJoin('people as p', 'p.id', 'a.personId')
        .select('p.teamsUserId')
        .where('a.meetingId', '=', meetingId)
        .where('p.teamsUserId', 'is not', null)
        .limit(limit)
        .execute();
      for (const { teamsUserId } of attendees) {
        if (ids.length >= limit) break;
        if (!ids.includes(teamsUserId!)) ids.push(teamsUserId!);
      }
      return ids;
    },
    async list(meetingId) {
      const rows = await db
        .selectFrom('attendance')
        .selectAll()
        .where('meetingId', '=', meetingId)
        .orderBy('recordedAt')
        .orderBy('personId')
        .execute();
      return rows as Attendance[];
    },
  };
}
