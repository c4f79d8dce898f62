import type { Committee, CommitteeRole } from './committee.js';

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
  addMember(committeeId: string, personId: string, role: CommitteeRole): Promise<void>;
  members(committeeId: string): Promise<CommitteeMember[]>;
  committeesOf(personId: string): Promise<string[]>;
}
