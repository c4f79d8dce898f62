import type { MeetingRepository } from '../meetings/ports.js';
import type { PersonRepository } from '../people/ports.js';
import type { Actor } from '../people/access.js';
import { canManageCommittee } from '../people/access.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../shared/errors.js';
import type { AttendanceSource, AttendanceStatus } from '../shared/vocabulary.js';
import type { Attendance, AttendanceMode } from './attendance.js';
import { EARLY_CHECK_IN_MS } from './check-in.js';
import type { AttendanceRepository } from './ports.js';

export interface AttendanceDeps {
  meetings: MeetingRepository;
  people: PersonRepository;
  attendance: AttendanceRepository;
  now: () => Date;
}

export interface AttendanceInput {
  personId: string;
  status: AttendanceStatus;
  mode?: AttendanceMode | null | undefined;
  source: AttendanceSource;
}

/**
 * Records one person's attendance at a meeting. The person's category and territory are copied onto the
 * row as they are today, so later changes to the person do not rewrite past indicators.
 */
export async function recordAttendance(
  deps: AttendanceDeps,
  actor: Actor,
  meetingId: string,
  input: AttendanceInput,
): Promise<Attendance> {
  const meeting = await deps.meetings.get(meetingId);
  if (!meeting) throw new NotFoundError('meeting', meetingId);
  const self = input.personId === actor.person.id;
  if (!self && !canManageCommittee(actor, meeting.committeeId))
    throw new ForbiddenError('Only the coordination team or members of the committee can record attendance for others');
  if (meeting.status === 'cancelled') throw new ConflictError('This meeting was cancelled: attendance is closed');
  if (input.status === 'present' && new Date(meeting.startsAt).getTime() - EARLY_CHECK_IN_MS > deps.now().getTime())
    throw new ConflictError('This meeting has not started yet: nobody can be present');
  const person = await deps.people.get(input.personId);
  if (!person) throw new NotFoundError('person', input.personId);
  return deps.attendance.record({
    meetingId,
    personId: person.id,
    status: input.status,
    mode: input.status === 'present' ? (input.mode ?? (meeting.mode === 'online' ? 'online' : 'inPerson')) : null,
    source: input.source,
    category: person.category,
    territory: person.territory,
  });
}
