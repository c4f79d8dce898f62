import type { AttendanceRepository } from '../domain/attendance/ports.js';
import type { ConversationLinkRepository } from '../domain/committees/conversation-link.js';
import type { CommitteeRepository } from '../domain/committees/ports.js';
import type { MeetingDocumentRepository } from '../domain/documents/ports.js';
import type { IndicatorFacts, ManualIndicatorRepository } from '../domain/indicators/ports.js';
import type { MeetingRepository } from '../domain/meetings/ports.js';
import type { MinutesRepository } from '../domain/minutes/ports.js';
import type { OrganizationRepository } from '../domain/partners/ports.js';
import type { PersonRepository } from '../domain/people/ports.js';
import type { PracticeRepository } from '../domain/practices/ports.js';
import type { AuditLog } from '../domain/privacy/ports.js';
import type { CalendarSyncRepository } from '../domain/sync/ports.js';
import type { SyncRunRepository } from '../domain/sync/sync-run.js';
import type { StoreConnection, StoreLocation } from './database.js';
import { openStore } from './database.js';
import { attendanceRepository } from './repositories/attendance.js';
import { auditLog } from './repositories/audit-log.js';
import { calendarSyncRepository } from './repositories/calendar-sync.js';
import { syncRunRepository } from './repositories/sync-runs.js';
import { committeeRepository } from './repositories/committees.js';
import { conversationLinkRepository } from './repositories/conversation-links.js';
import { indicatorFacts } from './repositories/indicator-facts.js';
import { manualIndicatorRepository } from './repositories/manual-indicators.js';
import { meetingDocumentRepository } from './repositories/meeting-documents.js';
import { meetingRepository } from './repositories/meetings.js';
import { minutesRepository } from './repositories/minutes.js';
import { organizationRepository } from './repositories/organizations.js';
import { personRepository } from './repositories/people.js';
import { practiceRepository } from './repositories/practices.js';

/** Every repository over one connection: what the composition root hands to the API, bot and CLI. */
export interface Store {
  connection: StoreConnection;
  organizations: OrganizationRepository;
  people: PersonRepository;
  committees: CommitteeRepository;
  conversationLinks: ConversationLinkRepository;
  meetings: MeetingRepository;
  attendance: AttendanceRepository;
  minutes: MinutesRepository;
  practices: PracticeRepository;
  manualIndicators: ManualIndicatorRepository;
  indicatorFacts: IndicatorFacts;
  audit: AuditLog;
  calendarSync: CalendarSyncRepository;
  meetingDocuments: MeetingDocumentRepository;
  syncRuns: SyncRunRepository;
  /** Runs `work` in one transaction with repositories bound to it. */
  transaction<T>(work: (store: Omit<Store, 'transaction' | 'close'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function repositories(connection: StoreConnection, db: StoreConnection['db'], inTransaction = false) {
  return {
    connection,
    organizations: organizationRepository(db),
    people: personRepository(db, { inTransaction }),
    committees: committeeRepository(db),
    conversationLinks: conversationLinkRepository(db),
    meetings: meetingRepository(db),
    attendance: attendanceRepository(db, { backend: connection.backend, inTransaction }),
    minutes: minutesRepository(db),
    practices: practiceRepository(db),
    manualIndicators: manualIndicatorRepository(db),
    indicatorFacts: indicatorFacts(db),
    audit: auditLog(db),
    calendarSync: calendarSyncRepository(db),
    meetingDocuments: meetingDocumentRepository(db),
    syncRuns: syncRunRepository(db),
  };
}

export async function createStore(location: StoreLocation): Promise<Store> {
  const connection = await openStore(location);
  return {
    ...repositories(connection, connection.db),
    transaction: (work) => connection.db.transaction().execute((trx) => work(repositories(connection, trx, true))),
    close: () => connection.close(),
  };
}
