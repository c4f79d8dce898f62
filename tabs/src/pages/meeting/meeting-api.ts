import type { AttendanceMode } from '../../../../src/domain/attendance/attendance.js';
import type { Committee } from '../../../../src/domain/committees/committee.js';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import type { Minutes } from '../../../../src/domain/minutes/minutes.js';
import type { Person } from '../../../../src/domain/people/person.js';
import type {
  AttendanceSource,
  AttendanceStatus,
  ParticipantCategory,
  Territory,
} from '../../../../src/domain/shared/vocabulary.js';
import type { ApiError } from '../../api/api-client.js';

/** Response shapes of the meeting endpoints, typed from the server's definitions (types only). */
export interface MeetingsResponse {
  meetings: Meeting[];
}

export interface MeetingDocument {
  name: string;
  webUrl: string;
  lastModifiedDateTime: string | null;
}

export type MeetingDetails = Meeting & { documents: MeetingDocument[] };

/** A count, or `<5` / `x` where Law 25 hides a small number of families. */
export type ProtectedCount = number | string;

export interface AttendanceRow {
  personId: string;
  displayName: string | null;
  status: AttendanceStatus;
  mode: AttendanceMode | null;
  source: AttendanceSource;
  category: ParticipantCategory;
  territory: Territory | null;
}

export interface AttendanceResponse {
  meetingId: string;
  summary: {
    present: ProtectedCount;
    excused: number;
    absent: number;
    byCategory: Partial<Record<ParticipantCategory, ProtectedCount>>;
    byMode: Partial<Record<AttendanceMode, number>>;
  };
  rows: AttendanceRow[] | null;
}

export interface PeopleResponse {
  people: Person[];
}

export interface MinutesResponse {
  meeting: Meeting;
  committee: Committee | null;
  minutes: Minutes;
  canEdit: boolean;
  people: { id: string; displayName: string; member: boolean }[];
}

export interface SettingsResponse {
  fiscalYearStart: { month: number; day: number };
  currentFiscalYear: string;
}

/** The server's validation message (`endsAt: must be after startsAt`) is precise enough to show as is. */
export function isValidationError(error: ApiError): boolean {
  return error.status === 400 || error.status === 409;
}
