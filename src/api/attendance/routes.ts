import { Router } from 'express';
import type { Attendance } from '../../domain/attendance/attendance.js';
import { recordAttendance } from '../../domain/attendance/attendance-service.js';
import { summarizeAttendance } from '../../domain/attendance/summary.js';
import type { Actor } from '../../domain/people/access.js';
import { canSeeNames } from '../../domain/people/access.js';
import type { Meeting } from '../../domain/meetings/meeting.js';
import { protectCounts } from '../../domain/privacy/small-counts.js';
import { NotFoundError } from '../../domain/shared/errors.js';
import type { Store } from '../../store/store.js';
import { actorOf } from '../authenticate.js';
import { IdParams } from '../shared-schema.js';
import { handle } from '../validate.js';
import { RecordAttendanceBody } from './schema.js';

/**
 * Everyone sees counts; names only the coordination team and the committee's members (Law 25).
 * Others get family counts of 1 to 4 as `<5`, with a complementary cell withheld.
 */
async function attendanceView(store: Store, actor: Actor, meeting: Meeting, rows: Attendance[]) {
  const summary = {
    ...summarizeAttendance(rows),
    absent: rows.filter((row) => row.status === 'absent').length,
  };
  if (!canSeeNames(actor, meeting.committeeId)) {
    const { cells, total } = protectCounts(summary.byCategory, 'family');
    return { meetingId: meeting.id, summary: { ...summary, present: total, byCategory: cells }, rows: null };
  }
  const people = new Map((await store.people.list()).map((person) => [person.id, person]));
  return {
    meetingId: meeting.id,
    summary,
    rows: rows.map((row) => ({ ...row, displayName: people.get(row.personId)?.displayName ?? null })),
  };
}

export function attendanceRouter(store: Store, options: { now: () => Date }): Router {
  const router = Router({ mergeParams: true });
  const deps = { meetings: store.meetings, people: store.people, attendance: store.attendance, now: options.now };

  const meetingOf = async (id: string) => {
    const meeting = await store.meetings.get(id);
    if (!meeting) throw new NotFoundError('meeting', id);
    return meeting;
  };

  router.get(
    '/',
    handle({ params: IdParams }, async ({ params }, req, res) => {
      const meeting = await meetingOf(params.id);
      res.json(await attendanceView(store, actorOf(req), meeting, await store.attendance.list(meeting.id)));
    }),
  );

  router.post(
    '/',
    handle({ params: IdParams, body: RecordAttendanceBody }, async ({ params, body }, req, res) => {
      const row = await recordAttendance(deps, actorOf(req), params.id, { ...body, source: 'manual' });
      // Recording the same person twice updates their row: 201 the first time, 200 after.
      res.status(row.recordedAt === row.updatedAt ? 201 : 200).json(row);
    }),
  );

  return router;
}
