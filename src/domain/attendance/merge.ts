import type { AttendanceSource, AttendanceStatus } from '../shared/vocabulary.js';
import type { Attendance, AttendanceMode } from './attendance.js';

export interface AttendanceFact {
  status: AttendanceStatus;
  mode: AttendanceMode | null;
  source: AttendanceSource;
}

/**
 * What a person says or an organizer records beats what Teams observes, which beats the report Graph
 * produces after the meeting.
 */
const RANK: Record<AttendanceSource, number> = { manual: 3, card: 3, teams: 2, graphReport: 1 };

/**
 * One row per person per meeting, whatever arrives in whatever order:
 * - a fact from a source of the same or higher rank replaces the row (the person changed their mind);
 * - a lower-ranked fact only adds what the row lacks: being seen in the meeting turns an absence into a
 *   presence, but never changes how a present person said they attended;
 * - leaving the meeting is not a fact about attendance (being there at all is what counts).
 * Returns `undefined` when the row stays as it is, so retries and duplicates write nothing.
 */
export function mergeAttendance(
  existing: AttendanceFact | undefined,
  incoming: AttendanceFact,
): AttendanceFact | undefined {
  if (!existing) return incoming;
  const same = existing.status === incoming.status && existing.mode === incoming.mode;
  if (RANK[incoming.source] >= RANK[existing.source]) {
    return same && existing.source === incoming.source ? undefined : incoming;
  }
  if (incoming.status === 'present' && existing.status !== 'present') return incoming;
  return undefined;
}

export type { Attendance };
