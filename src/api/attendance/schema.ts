import { z } from 'zod';
import { AttendanceMode } from '../../domain/attendance/attendance.js';
import { AttendanceStatus } from '../../domain/shared/vocabulary.js';

export const RecordAttendanceBody = z
  .object({
    personId: z.uuid(),
    status: AttendanceStatus,
    mode: AttendanceMode.nullable().optional(),
  })
  .strict();
