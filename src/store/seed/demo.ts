import type { Committee } from '../../domain/committees/committee.js';
import type { FiscalYearStart } from '../../domain/fiscal-year/fiscal-year.js';
import { fiscalYear, fiscalYearOf } from '../../domain/fiscal-year/fiscal-year.js';
import { instantOf } from '../../domain/fiscal-year/time-zone.js';
import type { NewPerson, Person } from '../../domain/people/person.js';
import type { MeetingKind, MeetingMode, ParticipantCategory, Territory } from '../../domain/shared/vocabulary.js';
import { IPECN_TIME_ZONE, Territory as Territories } from '../../domain/shared/vocabulary.js';
import { DEV_TENANT_ID } from '../../auth/dev-issuer.js';
import type { Store } from '../store.js';
import { DEMO_ORGANIZATIONS, FIRST_NAMES, LAST_NAMES, PRACTICE_TITLES } from './demo-catalog.js';
import type { Random } from './random.js';
import { seededRandom } from './random.js';

type Repositories = Omit<Store, 'transaction' | 'close'>;

export interface SeedSummary {
  organizations: number;
  people: number;
  meetings: number;
  attendance: number;
  practices: number;
}

/** The demo people a developer signs in as (tabs' development sign-in page, `POST /dev/token`). */
export const DEMO_ACCOUNTS = {
  coordinator: 'coordination@ipecn.example',
  liaison: 'liaison@ipecn.example',
  member: 'membre.comite@ipecn.example',
  practitioner: 'intervenante@ipecn.example',
  family: 'parent@ipecn.example',
} as const;

interface EventPlan {
  kind: MeetingKind;
  committeeSlug?: string;
  /** How many of this kind in a full fiscal year. */
  perYear: number;
  attendees: [number, number];
  pool: ParticipantCategory[];
  mode: MeetingMode;
  title: string;
}

/** Chosen so that some targets are met and others missed, as in a real year. */
const EVENT_PLANS: EventPlan[] = [
  {
    kind: 'steering',
    committeeSlug: 'comite-porteur',
    perYear: 3,
    attendees: [8, 11],
    pool: ['manager', 'coordination', 'researcher'],
    mode: 'hybrid',
    title: 'Comité porteur',
  },
  {
    kind: 'management',
    committeeSlug: 'comite-de-gestion',
    perYear: 3,
    attendees: [5, 7],
    pool: ['manager', 'coordination'],
    mode: 'online',
    title: 'Comité de gestion',
  },
  {
    kind: 'parentPractitioner',
    committeeSlug: 'comite-parents-intervenants',
    perYear: 3,
    attendees: [9, 15],
    pool: ['family', 'practitioner'],
    mode: 'inPerson',
    title: 'Comité parents-intervenants',
  },
  {
    kind: 'work',
    committeeSlug: 'comite-travail-acces-services-de-garde',
    perYear: 4,
    attendees: [4, 7],
    pool: ['practitioner', 'manager'],
    mode: 'online',
    title: 'Comité de travail — accès aux services de garde',
  },
  {
    kind: 'work',
    committeeSlug: 'comite-travail-formation',
    perYear: 3,
    attendees: [4, 6],
    pool: ['practitioner'],
    mode: 'online',
    title: 'Comité de travail — formation',
  },
  {
    kind: 'researchPractice',
    perYear: 2,
    attendees: [15, 25],
    pool: ['practitioner', 'researcher', 'manager'],
    mode: 'hybrid',
    title: 'Partage recherche-pratique',
  },
  {
    kind: 'coDevelopment',
    perYear: 5,
    attendees: [6, 10],
    pool: ['practitioner'],
    mode: 'online',
    title: 'Codéveloppement des intervenant·es',
  },
  {
    kind: 'training',
    perYear: 4,
    attendees: [16, 28],
    pool: ['practitioner', 'manager'],
    mode: 'inPerson',
    title: 'Formation — intervention interculturelle',
  },
  {
    kind: 'infoSession',
    perYear: 6,
    attendees: [8, 14],
    pool: ['family'],
    mode: 'inPerson',
    title: "Séance d'information aux familles",
  },
  {
    kind: 'awareness',
    perYear: 9,
    attendees: [12, 22],
    pool: ['family'],
    mode: 'inPerson',
    title: 'Activité de sensibilisation',
  },
  {
    kind: 'partnerProspect',
    perYear: 3,
    attendees: [2, 4],
    pool: ['coordination', 'manager'],
    mode: 'online',
    title: 'Rencontre avec un partenaire potentiel',
  },
];

const PEOPLE_PLAN: { category: ParticipantCategory; count: number; withEmail: boolean }[] = [
  { category: 'practitioner', count: 30, withEmail: true },
  { category: 'manager', count: 12, withEmail: true },
  { category: 'researcher', count: 5, withEmail: true },
  { category: 'family', count: 140, withEmail: false },
  { category: 'other', count: 4, withEmail: true },
];

function localInstant(date: { year: number; month: number; day: number }, hour: number, minute = 0): Date {
  return instantOf({ ...date, hour, minute, second: 0 }, IPECN_TIME_ZONE);
}

function addDays(date: Date, days: number) {
  const shifted = new Date(date.getTime() + days * 86_400_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

async function createPeople(
  store: Repositories,
  random: Random,
  organizations: { id: string; territory: Territory }[],
) {
  const people: Person[] = [];
  let n = 0;
  const name = () =>
    `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(n / FIRST_NAMES.length + n) % LAST_NAMES.length]}`;
  /**
   * Families belong to no organization; only people who sign in get a Teams identity. The territory, when not
   * the organization's, is drawn after the organization: the order of the draws fixes the seeded dataset.
   */
  const add = async (
    person: Pick<NewPerson, 'displayName' | 'email' | 'category' | 'role'>,
    options: { signsIn: boolean; territory?: () => Territory },
  ) => {
    const organization = random.pick(organizations);
    people.push(
      await store.people.create({
        ...person,
        organizationId: person.category === 'family' ? null : organization.id,
        territory: options.territory?.() ?? organization.territory,
        tenantId: options.signsIn ? DEV_TENANT_ID : null,
        aadObjectId: options.signsIn ? crypto.randomUUID() : null,
      }),
    );
  };
  const account = (displayName: string, email: string, category: ParticipantCategory, role: Person['role']) =>
    add({ displayName, email, category, role }, { signsIn: category !== 'family' });
  await account('Coordination IPECN (démo)', DEMO_ACCOUNTS.coordinator, 'coordination', 'coordinator');
  await account('Agent·e de liaison (démo)', DEMO_ACCOUNTS.liaison, 'coordination', 'liaison');
  await account('Gestionnaire membre du comité (démo)', DEMO_ACCOUNTS.member, 'manager', 'member');
  await account('Intervenante (démo)', DEMO_ACCOUNTS.practitioner, 'practitioner', 'member');
  await account('Parent (démo)', DEMO_ACCOUNTS.family, 'family', 'member');
  for (const group of PEOPLE_PLAN) {
    for (let i = 0; i < group.count; i++, n++) {
      await add(
        {
          displayName: name(),
          email: group.withEmail ? `demo.${n}@ipecn.example` : null,
          category: group.category,
        },
        {
          signsIn: group.withEmail,
          territory: group.category === 'family' ? () => weightedTerritory(random) : undefined,
        },
      );
    }
  }
  return people;
}

/** Most families live in the Québec agglomeration; the other MRCs have fewer. */
function weightedTerritory(random: Random): Territory {
  return random.next() < 0.6 ? 'agglomerationQuebec' : random.pick(Territories.options);
}

async function addMembers(store: Repositories, committees: Map<string, Committee>, people: Person[], random: Random) {
  const of = (category: ParticipantCategory) => people.filter((person) => person.category === category);
  const coordinator = people[0]!;
  const member = people[2]!;
  const family = people[4]!;
  const memberships: [string, Person[]][] = [
    [
      'comite-porteur',
      [coordinator, member, ...random.sample(of('manager'), 7), ...random.sample(of('researcher'), 2)],
    ],
    ['comite-de-gestion', [coordinator, member, ...random.sample(of('manager'), 5)]],
    [
      'comite-parents-intervenants',
      [coordinator, family, ...random.sample(of('family'), 12), ...random.sample(of('practitioner'), 5)],
    ],
    ['comite-travail-acces-services-de-garde', [people[3]!, ...random.sample(of('practitioner'), 6)]],
    ['comite-travail-formation', [people[3]!, ...random.sample(of('practitioner'), 5)]],
    ['comite-travail-communications', random.sample(of('practitioner'), 4)],
  ];
  const members = new Map<string, Person[]>();
  for (const [slug, list] of memberships) {
    const committee = committees.get(slug);
    if (!committee) continue;
    for (const person of list) await store.committees.addMember(committee.id, person.id, 'member');
    members.set(slug, list);
  }
  return members;
}

export async function seedDemo(
  store: Store,
  options: { now: Date; fiscalYearStart: FiscalYearStart; seed?: number },
): Promise<SeedSummary> {
  const random = seededRandom(options.seed ?? 2021);
  return store.transaction(async (trx) => {
    const summary: SeedSummary = { organizations: 0, people: 0, meetings: 0, attendance: 0, practices: 0 };
    const organizations = [];
    for (const organization of DEMO_ORGANIZATIONS) {
      const joined = new Date(options.now.getTime() - organization.joinedYearsAgo * 365.25 * 86_400_000);
      organizations.push(
        await trx.organizations.create({
          ...organization,
          joinedOn: joined.toISOString().slice(0, 10),
          contactPersonId: null,
        }),
      );
    }
    summary.organizations = organizations.length;
    const people = await createPeople(trx, random, organizations);
    summary.people = people.length;
    const committees = new Map((await trx.committees.list()).map((committee) => [committee.slug, committee]));
    const members = await addMembers(trx, committees, people, random);

    const current = fiscalYear(fiscalYearOf(options.now, options.fiscalYearStart), options.fiscalYearStart);
    const previous = fiscalYear(`${current.startYear - 1}-${current.startYear}`, options.fiscalYearStart);
    for (const year of [previous, current]) {
      for (const plan of EVENT_PLANS) {
        const committee = plan.committeeSlug ? committees.get(plan.committeeSlug) : undefined;
        const pool = plan.committeeSlug
          ? (members.get(plan.committeeSlug) ?? [])
          : people.filter((person) => plan.pool.includes(person.category));
        for (let index = 0; index < plan.perYear; index++) {
          // Spread the events over the year, on weekday evenings for families, afternoons otherwise.
          const day = addDays(year.startsAt, Math.floor(((index + 0.5) * 365) / plan.perYear) + random.int(-6, 6));
          const hour = plan.pool.includes('family') ? 18 : 13;
          const startsAt = localInstant(day, hour, random.pick([0, 30]));
          const past = startsAt.getTime() < options.now.getTime();
          const cancelled = past && random.next() < 0.05;
          const meeting = await trx.meetings.create({
            committeeId: committee?.id ?? null,
            kind: plan.kind,
            title: `${plan.title} — ${index + 1}`,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
            timeZone: IPECN_TIME_ZONE,
            mode: plan.mode,
            territory: plan.pool.includes('family') ? weightedTerritory(random) : 'agglomerationQuebec',
            location: plan.mode === 'online' ? null : 'Salle communautaire (démo)',
            status: cancelled ? 'cancelled' : past ? 'held' : 'planned',
            graphEventId: null,
            iCalUId: null,
            teamsMeetingId: null,
            onlineJoinUrl: null,
          });
          summary.meetings++;
          if (!past || cancelled) continue;
          const attendees = random.sample(pool, random.int(...plan.attendees));
          for (const person of attendees) {
            const excused = random.next() < 0.08;
            await trx.attendance.record({
              meetingId: meeting.id,
              personId: person.id,
              status: excused ? 'excused' : 'present',
              mode: excused
                ? null
                : plan.mode === 'online'
                  ? 'online'
                  : plan.mode === 'hybrid' && random.next() < 0.4
                    ? 'online'
                    : 'inPerson',
              source: random.pick(['card', 'teams', 'manual'] as const),
              category: person.category,
              territory: person.territory,
            });
            summary.attendance++;
          }
        }
      }
    }

    const authors = people.filter((person) => person.category === 'practitioner').slice(0, 14);
    for (const [index, title] of PRACTICE_TITLES.entries()) {
      const author = authors[index % authors.length]!;
      const publishedAt = new Date(
        previous.startsAt.getTime() +
          ((index + 1) / (PRACTICE_TITLES.length + 1)) * (options.now.getTime() - previous.startsAt.getTime()),
      );
      await trx.practices.create({
        title,
        summary: `${title} : une pratique partagée par une intervenante de la concertation (données de démonstration).`,
        context: 'Familles immigrantes avec enfants de 0 à 5 ans.',
        whatWasDone: 'Description de la démarche (démo).',
        whatWorked: "Ce qui a fonctionné et ce qu'il faut surveiller (démo).",
        themes: [random.pick(['accueil', 'francisation', 'services de garde', 'santé', 'parentalité'])],
        authorId: author.id,
        organizationId: author.organizationId,
        territory: author.territory,
        language: 'fr-CA',
        status: 'published',
        publishedAt: publishedAt.toISOString(),
      });
      summary.practices++;
    }

    await trx.manualIndicators.add({
      indicatorId: '2021-2024/3.3-leaflets-distributed',
      fiscalYear: previous.label,
      value: 540,
      note: 'Décompte transmis par les organismes partenaires (démo).',
      enteredBy: people[0]!.id,
    });
    return summary;
  });
}

/** Seeds the demo dataset when the store has nobody in it; returns undefined when it already has data. */
export async function seedDemoIfEmpty(
  store: Store,
  options: { now: Date; fiscalYearStart: FiscalYearStart },
): Promise<SeedSummary | undefined> {
  if ((await store.people.count()) > 0) return undefined;
  return seedDemo(store, options);
}
