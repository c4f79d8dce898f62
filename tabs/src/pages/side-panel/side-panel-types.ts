import type { Attendance } from '../../../../src/domain/attendance/attendance.js';
import type { MinutesPerson } from '../../../../src/domain/minutes/minutes-view.js';
import type { Minutes } from '../../../../src/domain/minutes/minutes.js';
import type { ParticipantCategory } from '../../../../src/domain/shared/vocabulary.js';

/** `GET /meetings/{id}/attendance`: names only for the coordination team and the committee's members. */
export interface AttendanceView {
  meetingId: string;
  summary: {
    present: number | string;
    excused: number;
    byCategory: Partial<Record<ParticipantCategory, number | string>>;
  };
  rows: (Attendance & { displayName: string | null })[] | null;
}

/** `GET /meetings/{id}/minutes` and the answer of `POST …/minutes/actions`. */
export interface MinutesResponse {
  minutes: Minutes;
  canEdit: boolean;
  people: MinutesPerson[];
}

/** The minutes card's action data, as the side panel sends it. */
export type QuickAction =
  | { verb: 'minutes.addNote'; note: string }
  | { verb: 'minutes.addDecision'; decision: string }
  | { verb: 'minutes.addActionItem'; actionText: string };
