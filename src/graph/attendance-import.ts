import type { Meeting } from '../domain/meetings/meeting.js';
import type { AttendanceReport } from '../domain/sync/attendance-report.js';
import { attendeesOf, organizerOfJoinUrl, reportsOfMeeting } from '../domain/sync/attendance-report.js';
import { personForAttendee } from '../domain/sync/attendee-person.js';
import type { Store } from '../store/store.js';
import { GraphResponseError, GraphSchemaError, GraphSyncError } from './errors.js';
import type { GraphApi } from './graph-client.js';
import { AttendanceReport as AttendanceReportSchema, AttendanceReportPage, OnlineMeetingPage } from './schemas.js';

export interface AttendanceImportDeps {
  store: Pick<Store, 'people' | 'attendance' | 'meetings'>;
  graph: GraphApi;
  /** The tenant of attendees whose record does not name one (the app's tenant). */
  tenantId?: string | null;
}

export interface AttendanceImportSummary {
  /** Reports (sessions) of this meeting read. */
  reports: number;
  /** Attendees merged into the meeting's attendance, one row per person. */
  imported: number;
  peopleCreated: number;
  /** Records that name nobody (anonymous guests, phone callers). */
  skipped: number;
  requests: number;
}

/** Reports are read as the organizer: from the join link's context, else the organizer the app knows. */
async function organizerIdOf(deps: AttendanceImportDeps, meeting: Meeting): Promise<string> {
  const fromLink = organizerOfJoinUrl(meeting.onlineJoinUrl!)?.objectId;
  if (fromLink) return fromLink;
  const organizer = meeting.organizerId ? await deps.store.people.get(meeting.organizerId) : undefined;
  if (organizer?.aadObjectId) return organizer.aadObjectId;
  throw new GraphSyncError(
    'organizerUnknown',
    `The organizer of "${meeting.title}" is unknown: its attendance reports cannot be read`,
  );
}

async function listReports(graph: GraphApi, meetingPath: string): Promise<AttendanceReport[]> {
  const reports: AttendanceReport[] = [];
  let url: string | null = `${meetingPath}/attendanceReports`;
  while (url) {
    const page: { value: AttendanceReport[]; '@odata.nextLink'?: string | null } = await graph.getPage(
      url,
      AttendanceReportPage,
    );
    reports.push(...page.value);
    url = page['@odata.nextLink'] ?? null;
  }
  return reports;
}

/** The records come with each report (`$expand=attendanceRecords`), fetched together in `$batch`. */
async function reportsWithRecords(graph: GraphApi, meetingPath: string, reports: AttendanceReport[]) {
  const answers = await graph.batch(
    reports.map((report, index) => ({
      id: String(index + 1),
      method: 'GET' as const,
      url: `${meetingPath}/attendanceReports/${encodeURIComponent(report.id)}?$expand=attendanceRecords`,
    })),
  );
  return answers.map((answer, index) => {
    const url = `$batch ${answer.id}: attendanceReports/${reports[index]!.id}`;
    if (answer.status >= 300) throw new GraphResponseError(answer.status, undefined, 'attendance report refused', url);
    const parsed = AttendanceReportSchema.safeParse(answer.body);
    if (!parsed.success) throw new GraphSchemaError(url, parsed.error.issues[0]?.message ?? 'invalid');
    return parsed.data;
  });
}

/**
 * Imports the Teams attendance reports of an online meeting into its attendance, with source
 * `graphReport`: one row per person, merged by source rank so that card check-ins and Teams join events
 * are never duplicated nor overridden. Unknown attendees become people of category `other`.
 */
export async function importAttendanceReports(
  deps: AttendanceImportDeps,
  meeting: Meeting,
): Promise<AttendanceImportSummary> {
  const graph = deps.graph.counted();
  const summary: AttendanceImportSummary = { reports: 0, imported: 0, peopleCreated: 0, skipped: 0, requests: 0 };
  if (!meeting.onlineJoinUrl || meeting.status === 'cancelled') return summary;
  const organizerId = await organizerIdOf(deps, meeting);
  // The join link goes in the filter as it is (quotes doubled), the whole filter URL-encoded once.
  const filter = `JoinWebUrl eq '${meeting.onlineJoinUrl.replace(/'/g, "''")}'`;
  const found = await graph.get(
    `/users/${encodeURIComponent(organizerId)}/onlineMeetings?$filter=${encodeURIComponent(filter)}`,
    OnlineMeetingPage,
  );
  const online = found.value[0];
  if (!online) return { ...summary, requests: graph.requests };
  const meetingPath = `/users/${encodeURIComponent(organizerId)}/onlineMeetings/${encodeURIComponent(online.id)}`;
  const sessions = reportsOfMeeting(await listReports(graph, meetingPath), meeting);
  const reports = sessions.length > 0 ? await reportsWithRecords(graph, meetingPath, sessions) : [];
  const { attendees, skipped } = attendeesOf(reports, deps.tenantId ?? null);
  for (const attendee of attendees) {
    const { person, created } = await personForAttendee(deps.store.people, attendee);
    await deps.store.attendance.record({
      meetingId: meeting.id,
      personId: person.id,
      status: 'present',
      mode: 'online',
      source: 'graphReport',
      category: person.category,
      territory: person.territory,
    });
    summary.imported++;
    if (created) summary.peopleCreated++;
  }
  // A session with attendees took place, whatever the calendar said.
  if (attendees.length > 0 && meeting.status === 'planned')
    await deps.store.meetings.update(meeting.id, { status: 'held' });
  return { ...summary, reports: reports.length, skipped, requests: graph.requests };
}
