import { randomUUID } from 'node:crypto';
import type { Committee } from '../../../src/domain/committees/committee.js';
import type { CommitteeMember, CommitteeRepository } from '../../../src/domain/committees/ports.js';
import type { Meeting } from '../../../src/domain/meetings/meeting.js';
import type { MeetingRepository } from '../../../src/domain/meetings/ports.js';
import type { Minutes } from '../../../src/domain/minutes/minutes.js';
import { MinutesChangedError, MinutesLockedError } from '../../../src/domain/minutes/minutes.js';
import type { MinutesDeps } from '../../../src/domain/minutes/minutes-service.js';
import type {
  MinutesDocument,
  MinutesDocumentInput,
  MinutesRepository,
  MinutesVersion,
} from '../../../src/domain/minutes/ports.js';
import type { Actor } from '../../../src/domain/people/access.js';
import type { Person } from '../../../src/domain/people/person.js';
import type { PersonRepository } from '../../../src/domain/people/ports.js';
import { meetingInput } from '../../support/factories.js';

/** In-memory ports with the store's rules (versions, lock), so the service is tested without a database. */

export function memoryMinutes(): MinutesRepository & { rows: Map<string, Minutes> } {
  const rows = new Map<string, Minutes>();
  const history: MinutesVersion[] = [];
  const documents = new Map<string, MinutesDocument>();
  return {
    rows,
    async get(meetingId) {
      const row = rows.get(meetingId);
      return row && structuredClone(row);
    },
    async save(minutes, changedBy) {
      const stored = rows.get(minutes.meetingId);
      if (stored?.status === 'adopted') throw new MinutesLockedError();
      if ((stored?.version ?? 0) !== minutes.version)
        throw new MinutesChangedError(minutes.version, stored?.version ?? 0);
      const saved = structuredClone({ ...minutes, version: minutes.version + 1 });
      rows.set(minutes.meetingId, saved);
      history.push({
        meetingId: saved.meetingId,
        version: saved.version,
        status: saved.status,
        content: structuredClone(saved),
        changedBy,
        changedAt: saved.updatedAt,
      });
      return structuredClone(saved);
    },
    async versions(meetingId) {
      return history.filter((version) => version.meetingId === meetingId);
    },
    async saveDocument(meetingId, document) {
      documents.set(meetingId, { ...document, meetingId, createdAt: new Date().toISOString(), uploadedUrl: null });
    },
    async document(meetingId) {
      return documents.get(meetingId);
    },
    async markDocumentUploaded(meetingId, url) {
      const document = documents.get(meetingId);
      if (document) document.uploadedUrl = url;
    },
    async openActionItems() {
      return [];
    },
  };
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: randomUUID(),
    displayName: 'Amina Diallo',
    email: null,
    aadObjectId: null,
    tenantId: null,
    category: 'practitioner',
    organizationId: null,
    territory: 'agglomerationQuebec',
    role: 'member',
    preferredLocale: 'fr-CA',
    createdAt: '2025-01-01T00:00:00.000Z',
    profileConfirmedAt: null,
    ...overrides,
  } as Person;
}

export function committee(overrides: Partial<Committee> = {}): Committee {
  return {
    id: randomUUID(),
    slug: 'comite-porteur',
    kind: 'steering',
    name: { fr: 'Comité porteur', en: 'Steering committee' },
    description: { fr: 'Pilotage', en: 'Steering' },
    teamsConversationId: null,
    teamsChannelId: null,
    calendarSource: null,
    documentFolder: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function meeting(committeeId: string | null, startsAt: string, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: randomUUID(),
    ...meetingInput({
      committeeId,
      kind: 'steering',
      title: 'Rencontre du comité porteur',
      startsAt,
      mode: 'hybrid',
      territory: null,
    }),
    conversationId: null,
    organizerId: null,
    attendanceClosedAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  } as Meeting;
}

export interface World {
  deps: MinutesDeps & { minutes: ReturnType<typeof memoryMinutes> };
  committee: Committee;
  other: Committee;
  /** 7 October 2025, 13:30 in Montréal, then 4 November 2025, 13:30. */
  first: Meeting;
  next: Meeting;
  otherCommitteeMeeting: Meeting;
  members: Person[];
  member: Actor;
  coordinator: Actor;
  outsider: Actor;
  rendered: MinutesDocumentInput[];
  clock: { now: Date };
}

export function world(): World {
  const steering = committee();
  const other = committee({
    slug: 'comite-de-gestion',
    kind: 'management',
    name: { fr: 'Comité de gestion', en: 'Management committee' },
  });
  const members = [person({ displayName: 'Amina Diallo' }), person({ displayName: 'Luc Tremblay' })];
  const coordinatorPerson = person({ displayName: 'Coordination IPECN', role: 'coordinator' });
  const outsiderPerson = person({ displayName: 'Extérieur' });
  const people = new Map([...members, coordinatorPerson, outsiderPerson].map((p) => [p.id, p]));
  const first = meeting(steering.id, '2025-10-07T13:30:00-04:00');
  const next = meeting(steering.id, '2025-11-04T13:30:00-05:00', { status: 'planned' });
  const otherCommitteeMeeting = meeting(other.id, '2025-11-05T13:30:00-05:00', { kind: 'management' });
  const meetings = new Map([first, next, otherCommitteeMeeting].map((m) => [m.id, m]));
  const clock = { now: new Date('2025-10-07T19:00:00Z') };
  const rendered: MinutesDocumentInput[] = [];

  const meetingRepository = {
    async get(id: string) {
      return meetings.get(id);
    },
    async list(query: { committeeId?: string; from?: Date }) {
      return [...meetings.values()]
        .filter((m) => !query.committeeId || m.committeeId === query.committeeId)
        .filter((m) => !query.from || Date.parse(m.startsAt) >= query.from.getTime())
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    },
  } as unknown as MeetingRepository;
  const committeeRepository = {
    async get(id: string) {
      return [steering, other].find((c) => c.id === id);
    },
    async members(id: string): Promise<CommitteeMember[]> {
      return id === steering.id
        ? members.map((m) => ({ personId: m.id, role: 'member', joinedAt: '2025-01-01T00:00:00.000Z' }))
        : [];
    },
  } as unknown as CommitteeRepository;
  const personRepository = {
    async get(id: string) {
      return people.get(id);
    },
  } as unknown as PersonRepository;

  return {
    deps: {
      minutes: memoryMinutes(),
      meetings: meetingRepository,
      committees: committeeRepository,
      people: personRepository,
      now: () => clock.now,
      renderDocument: async (input) => {
        rendered.push(input);
        return { fileName: 'minutes.docx', contentType: 'application/test', bytes: new Uint8Array([1, 2, 3]) };
      },
    },
    committee: steering,
    other,
    first,
    next,
    otherCommitteeMeeting,
    members,
    member: { person: members[0]!, committeeIds: [steering.id] },
    coordinator: { person: coordinatorPerson, committeeIds: [] },
    outsider: { person: outsiderPerson, committeeIds: [other.id] },
    rendered,
    clock,
  };
}
