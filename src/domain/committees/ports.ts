import type { CalendarSource, Committee, CommitteeRole, DocumentFolder } from './committee.js';

export type NewCommittee = Omit<Committee, 'id' | 'createdAt'>;

export interface CommitteeMember {
  personId: string;
  role: CommitteeRole;
  joinedAt: string;
}

export interface CommitteeRepository {
  /** Creates the committee or, when its slug exists, updates its names and description. */
  upsert(committee: NewCommittee): Promise<Committee>;
  list(): Promise<Committee[]>;
  get(id: string): Promise<Committee | undefined>;
  getBySlug(slug: string): Promise<Committee | undefined>;
  /** Where the committee's meetings are scheduled; null stops syncing its calendar. */
  setCalendarSource(id: string, source: CalendarSource | null): Promise<Committee | undefined>;
  /** The SharePoint folder of the committee's documents; null stops uploading there. */
  setDocumentFolder(id: string, folder: DocumentFolder | null): Promise<Committee | undefined>;
  addMember(committeeId: string, personId: string, role: CommitteeRole): Promise<void>;
  members(committeeId: string): Promise<CommitteeMember[]>;
  committeesOf(personId: string): Promise<string[]>;
}
