import type { Kysely, Transaction } from 'kysely';
import type { Attendance } from '../../domain/attendance/attendance.js';
import { mergeAttendance } from '../../domain/attendance/merge.js';
import type { AttendanceRepository, AttendanceWrite } from '../../domain/attendance/ports.js';
import type { Backend } from '../database.js';
import type { Database } from '../schema.js';
import { nowIso } from './clock.js';

interface Pending {
  row: AttendanceWrite;
  resolve: (attendance: Attendance) => void;
  reject: (error: unknown) => void;
}

const key = (meetingId: string, personId: string) => `${meetingId}|${personId}`;
const MAX_BATCH = 500;

/**
 * Attendance writes are grouped: everything that arrives while a commit is under way is merged and written
 * in the next single transaction, and each caller's promise settles only after that commit. With
 * synchronous=FULL a check-in answered 200 is on disk, and a burst of 300 costs a few commits, not 300.
 */
export function attendanceRepository(
  db: Kysely<Database>,
  options: { backend: Backend; inTransaction?: boolean } = { backend: 'sqlite' },
): AttendanceRepository {
  let queue: Pending[] = [];
  let flushing = false;
  let scheduled = false;

  async function writeBatch(trx: Transaction<Database> | Kysely<Database>, batch: Pending[]) {
    const pairs = [...new Map(batch.map((p) => [key(p.row.meetingId, p.row.personId), p.row])).values()];
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
    for (const { row } of batch) {
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
    return current;
  }

  async function flush() {
    flushing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      try {
        const rows = await db.transaction().execute((trx) => writeBatch(trx, batch));
        for (const pending of batch) pending.resolve(rows.get(key(pending.row.meetingId, pending.row.personId))!);
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    flushing = false;
  }

  return {
    record(row) {
      if (options.inTransaction) {
        // Inside a caller's transaction the write joins it; the caller commits.
        return writeBatch(db, [{ row, resolve: () => {}, reject: () => {} }]).then((rows) =>
          rows.get(key(row.meetingId, row.personId))!,
        );
      }
      return new Promise<Attendance>((resolve, reject) => {
        queue.push({ row, resolve, reject });
        // One flush at a time; writes arriving meanwhile wait for the next batch of the running flush.
        if (!flushing && !scheduled) {
          scheduled = true;
          setImmediate(() => {
            scheduled = false;
            void flush();
          });
        }
      });
    },
    async get(meetingId, personId) {
      const row = await db
        .selectFrom('attendance')
        .selectAll()
        .where('meetingId', '=', meetingId)
        .where('personId', '=', personId)
        .executeTakeFirst();
      return row as Attendance | undefined;
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
