import type { ParticipantCategory } from '../shared/vocabulary.js';
import type { Attendance, AttendanceMode } from './attendance.js';

export interface AttendanceSummary {
  present: number;
  excused: number;
  byCategory: Partial<Record<ParticipantCategory, number>>;
  byMode: Partial<Record<AttendanceMode, number>>;
}

/** How many rows share a status, mode and category: what the store counts in SQL. */
export type AttendanceCount = Pick<Attendance, 'status' | 'mode' | 'category'> & { count: number };

export function summarizeCounts(counts: readonly AttendanceCount[]): AttendanceSummary {
  const summary: AttendanceSummary = { present: 0, excused: 0, byCategory: {}, byMode: {} };
  for (const { status, mode, category, count } of counts) {
    if (status === 'excused') summary.excused += count;
    if (status !== 'present') continue;
    summary.present += count;
    summary.byCategory[category] = (summary.byCategory[category] ?? 0) + count;
    if (mode) summary.byMode[mode] = (summary.byMode[mode] ?? 0) + count;
  }
  return summary;
}

export function summarizeAttendance(rows: readonly Attendance[]): AttendanceSummary {
  return summarizeCounts(rows.map((row) => ({ ...row, count: 1 })));
}
