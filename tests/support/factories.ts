import type { Meeting, NewMeeting } from '../../src/domain/meetings/meeting.js';
import type { Person } from '../../src/domain/people/person.js';
import type { NewPerson } from '../../src/domain/people/person.js';
import type { NewOrganization } from '../../src/domain/partners/organization.js';
import type { AttendanceStatus, MeetingKind, ParticipantCategory } from '../../src/domain/shared/vocabulary.js';
import { IPECN_TIME_ZONE } from '../../src/domain/shared/vocabulary.js';
import type { Store } from '../../src/store/store.js';

/** Builders with sensible defaults, so a test states only what it is about. */

let counter = 0;
const next = () => ++counter;

export function personInput(overrides: Partial<NewPerson> = {}): NewPerson {
  const n = next();
  return {
    displayName: `Personne ${n}`,
    email: `personne${n}@example.org`,
    category: 'practitioner',
    territory: 'agglomerationQuebec',
    ...overrides,
  };
}

export function organizationInput(overrides: Partial<NewOrganization> = {}): NewOrganization {
  return {
    name: `Organisme ${next()}`,
    sector: 'community',
    territory: 'agglomerationQuebec',
    joinedOn: '2022-05-01',
    ...overrides,
  };
}

export async function addPeople(store: Store, count: number, overrides: Partial<NewPerson> = {}): Promise<Person[]> {
  const people: Person[] = [];
  for (let i = 0; i < count; i++) people.push(await store.people.create(personInput(overrides)));
  return people;
}

/** A new meeting of two hours, held, in person, linked to nothing in Outlook or Teams. */
export function meetingInput(input: { kind: MeetingKind; startsAt: string } & Partial<NewMeeting>): NewMeeting {
  const startsAt = new Date(input.startsAt);
  return {
    committeeId: null,
    title: `Rencontre ${next()}`,
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
    timeZone: IPECN_TIME_ZONE,
    mode: 'inPerson',
    territory: 'agglomerationQuebec',
    location: null,
    status: 'held',
    graphEventId: null,
    iCalUId: null,
    teamsMeetingId: null,
    onlineJoinUrl: null,
    ...input,
    startsAt: startsAt.toISOString(),
  };
}

export async function addMeeting(
  store: Store,
  input: { kind: MeetingKind; startsAt: string; status?: Meeting['status']; committeeSlug?: string } & Partial<Meeting>,
): Promise<Meeting> {
  const { committeeSlug, ...rest } = input;
  const committee = committeeSlug ? await store.committees.getBySlug(committeeSlug) : undefined;
  return store.meetings.create(meetingInput({ committeeId: committee?.id ?? null, ...rest }));
}

/** Records attendance the way the app does: category and territory copied from the person as they are now. */
export async function attend(
  store: Store,
  meeting: Meeting,
  people: Person[],
  status: AttendanceStatus = 'present',
): Promise<void> {
  for (const person of people) {
    const current = (await store.people.get(person.id))!;
    await store.attendance.record({
      meetingId: meeting.id,
      personId: current.id,
      status,
      mode: status === 'present' ? 'inPerson' : null,
      source: 'manual',
      category: current.category as ParticipantCategory,
      territory: current.territory,
    });
  }
}
