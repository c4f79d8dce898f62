import { z } from 'zod';
import { Id } from '../shared/ids.js';
import { AttendanceSource, AttendanceStatus, ParticipantCategory, Territory } from '../shared/vocabulary.js';

/** How a present person attended. */
export const AttendanceMode = z.enum(['inPerson', 'online']);
export type AttendanceMode = z.infer<typeof AttendanceMode>;

/**
 * One row per person per meeting. The category and territory are copied from the person on the day,
 * so a person who changes category later is still counted as what they were at that meeting.
 */
export const Attendance = z.object({
  meetingId: Id,
  personId: Id,
  status: AttendanceStatus,
  mode: AttendanceMode.nullable(),
  source: AttendanceSource,
  category: ParticipantCategory,
  territory: Territory.nullable(),
  recordedAt: z.string(),
  updatedAt: z.string(),
});
export type Attendance = z.infer<typeof Attendance>;
