import type { ConsentRecord, NewPerson, Person } from './person.js';

export interface PersonRepository {
  create(person: NewPerson): Promise<Person>;
  get(id: string): Promise<Person | undefined>;
  findByEntraId(tenantId: string, aadObjectId: string): Promise<Person | undefined>;
  findByEmail(email: string): Promise<Person | undefined>;
  list(): Promise<Person[]>;
  count(): Promise<number>;
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
  /** Keeps the Teams user id (29:…) the bot saw for a person; writes arriving together share one commit. */
  rememberTeamsUserId(personId: string, teamsUserId: string): Promise<void>;
  /** Attaches a Teams (Entra ID) account to a person known by email. */
  linkEntraIdentity(id: string, tenantId: string, aadObjectId: string): Promise<void>;
  addConsent(record: Omit<ConsentRecord, 'withdrawnAt'>): Promise<void>;
  consents(personId: string): Promise<ConsentRecord[]>;
}
