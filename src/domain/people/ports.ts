import type { ConsentRecord, NewPerson, Person } from './person.js';

export interface PersonRepository {
  create(person: NewPerson): Promise<Person>;
  get(id: string): Promise<Person | undefined>;
  findByEntraId(tenantId: string, aadObjectId: string): Promise<Person | undefined>;
  findByEmail(email: string): Promise<Person | undefined>;
  list(): Promise<Person[]>;
  count(): Promise<number>;
  /** Teams user ids (29:…) of these people, for those the bot has seen, at most `limit`. */
  teamsUserIds(personIds: readonly string[], limit: number): Promise<string[]>;
  update(
    id: string,
    changes: Partial<
      Pick<
        Person,
        | 'category'
        | 'territory'
        | 'organizationId'
        | 'role'
        | 'displayName'
        | 'preferredLocale'
        | 'profileConfirmedAt'
        | 'teamsUserId'
      >
    >,
  ): Promise<Person | undefined>;
  /** Attaches a Teams (Entra ID) account to a person known by email. */
  linkEntraIdentity(id: string, tenantId: string, aadObjectId: string): Promise<void>;
  addConsent(record: Omit<ConsentRecord, 'withdrawnAt'>): Promise<void>;
  consents(personId: string): Promise<ConsentRecord[]>;
}
