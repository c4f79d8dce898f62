import { z } from 'zod';
import type { Meeting } from '../meetings/meeting.js';

/** A Teams attendance record as Graph serves it in a meetingAttendanceReport. */
export const AttendanceRecord = z.object({
  emailAddress: z.string().nullish(),
  totalAttendanceInSeconds: z.number().nullish(),
  role: z.string().nullish(),
  identity: z
    .object({ id: z.string().nullish(), displayName: z.string().nullish(), tenantId: z.string().nullish() })
    .nullish(),
  attendanceIntervals: z
    .array(
      z.object({
        joinDateTime: z.string().nullish(),
        leaveDateTime: z.string().nullish(),
        durationInSeconds: z.number().nullish(),
      }),
    )
    .nullish(),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

/** One session of an online meeting: a report is produced each time the meeting ends. */
export const AttendanceReport = z.object({
  id: z.string().min(1),
  totalParticipantCount: z.number().nullish(),
  meetingStartDateTime: z.string().nullish(),
  meetingEndDateTime: z.string().nullish(),
  attendanceRecords: z.array(AttendanceRecord).nullish(),
});
export type AttendanceReport = z.infer<typeof AttendanceReport>;

/** Someone a report saw, identified as well as the report allows. */
export interface Attendee {
  objectId: string | null;
  tenantId: string | null;
  email: string | null;
  displayName: string | null;
}

const Uuid = z.uuid();
const Email = z.email();
const isUuid = (value: string | null | undefined): value is string => !!value && Uuid.safeParse(value).success;

/** Sessions started this long before or ended this long after the scheduled times still belong to it. */
const SESSION_MARGIN_MS = 3 * 3600_000;

/**
 * The reports of this meeting's session. The occurrences of a recurring Teams meeting share one online
 * meeting and so one list of reports; each occurrence takes only the sessions held around its own time.
 */
export function reportsOfMeeting<T extends AttendanceReport>(reports: readonly T[], meeting: Meeting): T[] {
  const from = new Date(meeting.startsAt).getTime() - SESSION_MARGIN_MS;
  const to = new Date(meeting.endsAt).getTime() + SESSION_MARGIN_MS;
  return reports.filter((report) => {
    const start = report.meetingStartDateTime ? Date.parse(report.meetingStartDateTime) : NaN;
    const end = report.meetingEndDateTime ? Date.parse(report.meetingEndDateTime) : start;
    return Number.isFinite(start) && start <= to && (Number.isFinite(end) ? end : start) >= from;
  });
}

function attended(record: AttendanceRecord): boolean {
  if ((record.totalAttendanceInSeconds ?? 0) > 0) return true;
  return (record.attendanceIntervals ?? []).some((interval) => (interval.durationInSeconds ?? 0) > 0);
}

/** Reads a record's identity: the Entra object id when it is one, the email when it is valid. */
export function attendeeOf(record: AttendanceRecord, defaultTenantId: string | null): Attendee | undefined {
  const objectId = isUuid(record.identity?.id) ? record.identity!.id! : null;
  const email = record.emailAddress?.trim().toLowerCase() || null;
  const validEmail = email && Email.safeParse(email).success ? email : null;
  if (!objectId && !validEmail) return undefined;
  const tenantId = isUuid(record.identity?.tenantId) ? record.identity!.tenantId! : defaultTenantId;
  return {
    objectId,
    tenantId: objectId ? tenantId : null,
    email: validEmail,
    displayName: record.identity?.displayName?.trim() || null,
  };
}

/**
 * Everyone present in these reports, once each (a person who left and came back, or who appears in two
 * sessions, is one attendee). Records with neither an Entra id nor an email (anonymous guests, phone
 * callers) cannot be told apart from one import to the next and are counted as skipped.
 */
export function attendeesOf(
  reports: readonly AttendanceReport[],
  defaultTenantId: string | null,
): { attendees: Attendee[]; skipped: number } {
  const seen = new Map<string, Attendee>();
  let skipped = 0;
  for (const record of reports.flatMap((report) => report.attendanceRecords ?? [])) {
    if (!attended(record)) continue;
    const attendee = attendeeOf(record, defaultTenantId);
    if (!attendee) {
      skipped++;
      continue;
    }
    const key = attendee.objectId ?? `email:${attendee.email}`;
    const known = seen.get(key) ?? (attendee.email ? seen.get(`email:${attendee.email}`) : undefined);
    if (!known) seen.set(key, attendee);
  }
  return { attendees: [...seen.values()], skipped };
}

/**
 * The organizer of a Teams meeting, read from its join link: the classic link carries
 * `context={"Tid":"<tenant>","Oid":"<organizer object id>"}`. The reports must be read as the organizer.
 */
export function organizerOfJoinUrl(joinUrl: string): { objectId: string; tenantId: string | null } | undefined {
  try {
    const context = new URL(joinUrl).searchParams.get('context');
    if (!context) return undefined;
    const parsed = z.object({ Oid: z.string().optional(), Tid: z.string().optional() }).safeParse(JSON.parse(context));
    if (!parsed.success || !isUuid(parsed.data.Oid)) return undefined;
    return { objectId: parsed.data.Oid, tenantId: isUuid(parsed.data.Tid) ? parsed.data.Tid : null };
  } catch {
    return undefined;
  }
}
