import type { Meeting } from '../meetings/meeting.js';
import type { MeetingRepository } from '../meetings/ports.js';
import type { Actor } from '../people/access.js';
import { isCoordination } from '../people/access.js';
import type { Person } from '../people/person.js';
import { AppError, ForbiddenError } from '../shared/errors.js';
import type { AttendanceSource } from '../shared/vocabulary.js';
import type { Attendance, AttendanceMode } from './attendance.js';
import type { AttendanceRepository } from './ports.js';

/** The three buttons of the attendance card. */
export type CheckInChoice = 'inPerson' | 'online' | 'excused';

/** How early before its start people may check in (they arrive early; the card is posted ahead). */
export const EARLY_CHECK_IN_MS = 60 * 60_000;

export class AttendanceRefused extends AppError {
  constructor(code: 'meetingCancelled' | 'attendanceClosed' | 'meetingNotStarted', message: string) {
    super(409, code, message);
  }
}

export function assertOpenForCheckIn(meeting: Meeting, now: Date, choice: CheckInChoice): void {
  if (meeting.status === 'cancelled') throw new AttendanceRefused('meetingCancelled', 'This meeting was cancelled');
  if (meeting.attendanceClosedAt)
    throw new AttendanceRefused('attendanceClosed', 'Attendance for this meeting is closed');
  if (choice !== 'excused' && new Date(meeting.startsAt).getTime() - EARLY_CHECK_IN_MS > now.getTime())
    throw new AttendanceRefused('meetingNotStarted', 'This meeting has not started yet');
}

/**
 * A person's own check-in, from the card or from Teams' join events. Idempotent by (meeting, person):
 * retries and duplicates leave one row, and the answer is always the stored state.
 */
export async function checkIn(
  deps: { attendance: AttendanceRepository; now: () => Date },
  input: { meeting: Meeting; person: Person; choice: CheckInChoice; source: AttendanceSource },
): Promise<Attendance> {
  assertOpenForCheckIn(input.meeting, deps.now(), input.choice);
  const present = input.choice !== 'excused';
  return deps.attendance.record({
    meetingId: input.meeting.id,
    personId: input.person.id,
    status: present ? 'present' : 'excused',
    mode: present ? (input.choice as AttendanceMode) : null,
    source: input.source,
    category: input.person.category,
    territory: input.person.territory,
  });
}

/** Only the meeting's organizer or the coordination team may close attendance. */
export function canCloseAttendance(actor: Actor, meeting: Meeting): boolean {
  return isCoordination(actor) || (meeting.organizerId !== null && meeting.organizerId === actor.person.id);
}

/** Closes attendance: the meeting took place (it now counts), and no more check-ins are taken. */
export async function closeAttendance(
  deps: { meetings: MeetingRepository; now: () => Date },
  actor: Actor,
  meeting: Meeting,
): Promise<Meeting> {
  if (!canCloseAttendance(actor, meeting))
    throw new ForbiddenError('Only the organizer or the coordination team can close attendance');
  if (meeting.attendanceClosedAt) return meeting;
  if (meeting.status === 'cancelled') throw new AttendanceRefused('meetingCancelled', 'This meeting was cancelled');
  const now = deps.now();
  const started = new Date(meeting.startsAt).getTime() <= now.getTime() + EARLY_CHECK_IN_MS;
  return (await deps.meetings.update(meeting.id, {
    attendanceClosedAt: now.toISOString(),
    ...(started ? { status: 'held' as const } : {}),
  }))!;
}
