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
  /**
   * One row per person per meeting. The incoming fact is merged with the stored row by `mergeAttendance`
   * inside one transaction; the stored row is returned. Writes arriving together share one commit.
   */
  record(row: AttendanceWrite): Promise<Attendance>;
  list(meetingId: string): Promise<Attendance[]>;
  get(meetingId: string, personId: string): Promise<Attendance | undefined>;
}
