import type { ParticipantCategory } from '../shared/vocabulary.js';
import type { Attendance, AttendanceMode } from './attendance.js';

export interface AttendanceSummary {
  present: number;
  excused: number;
  byCategory: Partial<Record<ParticipantCategory, number>>;
  byMode: Partial<Record<AttendanceMode, number>>;
}

export function summarizeAttendance(rows: readonly Attendance[]): AttendanceSummary {
  const summary: AttendanceSummary = { present: 0, excused: 0, byCategory: {}, byMode: {} };
  for (const row of rows) {
    if (row.status === 'excused') summary.excused++;
    if (row.status !== 'present') continue;
    summary.present++;
    summary.byCategory[row.category] = (summary.byCategory[row.category] ?? 0) + 1;
    if (row.mode) summary.byMode[row.mode] = (summary.byMode[row.mode] ?? 0) + 1;
  }
  return summary;
}
