import type { AttendanceSource, AttendanceStatus, ParticipantCategory, Territory } from '../shared/vocabulary.js';
import type { Attendance, AttendanceMode } from './attendance.js';

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
  /** One row per person per meeting: a second write for the same pair replaces the first. */
  record(row: AttendanceWrite): Promise<Attendance>;
  list(meetingId: string): Promise<Attendance[]>;
}
