import type { AttendanceSource, AttendanceStatus, ParticipantCategory, Territory } from '../shared/vocabulary.js';
import type { Attendance, AttendanceMode } from './attendance.js';
import type { AttendanceCount } from './summary.js';

export interface AttendanceWrite {
  meetingId: string;
  personId: string;
  status: AttendanceStatus;
  mode: AttendanceMode | null;
  source: AttendanceSource;
  category: ParticipantCategory;
  territory: Territory | null;
}

export interface AttendanceRepository {
  /**
   * One row per person per meeting. The incoming fact is merged with the stored row by `mergeAttendance`
   * inside one transaction; the stored row is returned. Writes arriving together share one commit.
   */
  record(row: AttendanceWrite): Promise<Attendance>;
  list(meetingId: string): Promise<Attendance[]>;
  /** Rows counted by status, mode and category (what the cards show), without reading every row. */
  counts(meetingId: string): Promise<AttendanceCount[]>;
  /**
   * Teams user ids of the people who see a meeting's card: the committee's members first, then the
   * meeting's attendees, at most `limit`.
   */
  audience(meetingId: string, committeeId: string | null, limit: number): Promise<string[]>;
  get(meetingId: string, personId: string): Promise<Attendance | undefined>;
}
