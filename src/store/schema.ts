/**
 * Table shapes as Kysely sees them (camelCase here, snake_case in SQL through CamelCasePlugin).
 * Instants are ISO-8601 UTC text in both backends so that one set of queries serves SQLite and PostgreSQL;
 * JSON columns are text for the same reason.
 */

export interface OrganizationsTable {
  id: string;
  name: string;
  sector: string;
  territory: string;
  joinedOn: string;
  contactPersonId: string | null;
  createdAt: string;
}

export interface PeopleTable {
  id: string;
  displayName: string;
  email: string | null;
  aadObjectId: string | null;
  tenantId: string | null;
  category: string;
  organizationId: string | null;
  territory: string | null;
  role: string;
  preferredLocale: string;
  createdAt: string;
  profileConfirmedAt: string | null;
  teamsUserId: string | null;
}

export interface ConsentRecordsTable {
  id: string;
  personId: string;
  purpose: string;
  givenAt: string;
  textVersion: string;
  givenBy: string;
  withdrawnAt: string | null;
}

export interface CommitteesTable {
  id: string;
  slug: string;
  kind: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  teamsConversationId: string | null;
  teamsChannelId: string | null;
  calendarSourceType: string | null;
  calendarSourceId: string | null;
  driveId: string | null;
  driveItemId: string | null;
  createdAt: string;
}

export interface CommitteeMembersTable {
  committeeId: string;
  personId: string;
  role: string;
  joinedAt: string;
}

export interface MeetingsTable {
  id: string;
  committeeId: string | null;
  kind: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  mode: string;
  territory: string | null;
  location: string | null;
  status: string;
  graphEventId: string | null;
  iCalUid: string | null;
  teamsMeetingId: string | null;
  onlineJoinUrl: string | null;
  conversationId: string | null;
  organizerId: string | null;
  attendanceClosedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AttendanceTable {
  meetingId: string;
  personId: string;
  status: string;
  mode: string | null;
  source: string;
  category: string;
  territory: string | null;
  recordedAt: string;
  updatedAt: string;
}

export interface MinutesTable {
  meetingId: string;
  status: string;
  agendaItems: string;
  decisions: string;
  actionItems: string;
  adoptedAtMeetingId: string | null;
  adoptedAt: string | null;
  documentUrl: string | null;
  updatedAt: string;
  notes: string;
  version: number;
  circulatedAt: string | null;
  proposedBy: string | null;
  secondedBy: string | null;
}

export interface MinutesVersionsTable {
  meetingId: string;
  version: number;
  status: string;
  content: string;
  changedBy: string | null;
  changedAt: string;
}

export interface MinutesDocumentsTable {
  meetingId: string;
  fileName: string;
  contentType: string;
  contentBase64: string;
  createdAt: string;
  uploadedUrl: string | null;
}

export interface ConversationLinksTable {
  conversationId: string;
  committeeId: string;
  tenantId: string;
  conversationType: string;
  serviceUrl: string;
  linkedBy: string;
  linkedAt: string;
}

export interface PracticesTable {
  id: string;
  title: string;
  summary: string;
  context: string;
  whatWasDone: string;
  whatWorked: string;
  themes: string;
  authorId: string;
  organizationId: string | null;
  territory: string | null;
  language: string;
  status: string;
  publishedAt: string;
  updatedAt: string;
}

export interface ManualIndicatorEntriesTable {
  id: string;
  indicatorId: string;
  fiscalYear: string;
  value: number;
  note: string;
  enteredBy: string;
  enteredAt: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details: string;
}

export interface CalendarSyncStateTable {
  committeeId: string;
  sourceType: string;
  sourceId: string;
  windowStart: string | null;
  windowEnd: string | null;
  deltaLink: string | null;
  nextLink: string | null;
  /** 0 or 1: the same integer on SQLite and PostgreSQL. */
  fullRound: number;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  updatedAt: string;
}

export interface CalendarSyncSeenTable {
  committeeId: string;
  eventId: string;
}

export interface SyncRunsTable {
  committeeId: string;
  startedAt: string;
  finishedAt: string;
  /** 0 or 1: the same integer on SQLite and PostgreSQL. */
  ok: number;
  summary: string;
  errorCode: string | null;
  errorMessage: string | null;
}

export interface MeetingDocumentsTable {
  meetingId: string;
  itemId: string;
  name: string;
  webUrl: string;
  lastModifiedDateTime: string;
  refreshedAt: string;
}

export interface Database {
  organizations: OrganizationsTable;
  people: PeopleTable;
  consentRecords: ConsentRecordsTable;
  committees: CommitteesTable;
  committeeMembers: CommitteeMembersTable;
  meetings: MeetingsTable;
  attendance: AttendanceTable;
  minutes: MinutesTable;
  minutesVersions: MinutesVersionsTable;
  minutesDocuments: MinutesDocumentsTable;
  conversationLinks: ConversationLinksTable;
  practices: PracticesTable;
  manualIndicatorEntries: ManualIndicatorEntriesTable;
  auditLog: AuditLogTable;
  calendarSyncState: CalendarSyncStateTable;
  calendarSyncSeen: CalendarSyncSeenTable;
  meetingDocuments: MeetingDocumentsTable;
  syncRuns: SyncRunsTable;
}
