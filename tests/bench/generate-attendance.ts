import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import SQLite from 'better-sqlite3';
import { ensureReferenceCommittees } from '../../src/domain/committees/reference-committees.js';
import { fiscalYear } from '../../src/domain/fiscal-year/fiscal-year.js';
import type { FiscalYear } from '../../src/domain/fiscal-year/fiscal-year.js';
import { instantOf } from '../../src/domain/fiscal-year/time-zone.js';
import { referenceData } from '../../src/domain/reference/reference-data.js';
import type {
  AttendanceSource,
  AttendanceStatus,
  CommitteeKind,
  MeetingKind,
  MeetingMode,
  OrganizationSector,
  ParticipantCategory,
  Territory,
} from '../../src/domain/shared/vocabulary.js';
import { IPECN_TIME_ZONE, Territory as Territories } from '../../src/domain/shared/vocabulary.js';
import { seededRandom } from '../../src/store/seed/random.js';
import type { Random } from '../../src/store/seed/random.js';
import { createStore } from '../../src/store/store.js';

/**
 * A synthetic IPECN at scale: two fiscal years (2024-2025 and 2025-2026, seen from 1 February 2026) of
 * committee meetings and activities of every kind, ~5,000 people and exactly 1,000,000 attendance rows.
 * The schema comes from the app's migrations (`createStore`); rows are written with raw prepared statements.
 */

/** Bump when the generated data changes shape or distribution: cached datasets are keyed by it. */
export const GENERATOR_VERSION = 1;

export const ATTENDANCE_ROWS = 1_000_000;

/** The instant the dataset is seen from: meetings before it are held (or cancelled), after it planned. */
export const DATASET_NOW = new Date('2026-02-01T17:00:00.000Z');

export const DATASET_FISCAL_YEARS = ['2024-2025', '2025-2026'] as const;

const FISCAL_YEAR_START = { month: 4, day: 1 };
const SEED = 20_240_401;
const DEV_TENANT_ID = '6f1c0a52-3d4e-4b7a-9c21-5e8f7a9b0c1d';

export interface DatasetSummary {
  file: string;
  generatorVersion: number;
  organizations: number;
  people: number;
  committeeMembers: number;
  meetings: { held: number; cancelled: number; planned: number };
  attendance: number;
  practices: number;
  generatedInMs: number;
}

const PEOPLE_PLAN: { category: ParticipantCategory; count: number }[] = [
  { category: 'family', count: 3_000 },
  { category: 'practitioner', count: 1_250 },
  { category: 'manager', count: 450 },
  { category: 'researcher', count: 120 },
  { category: 'coordination', count: 20 },
  { category: 'other', count: 160 },
];

interface CommitteePlan {
  slug: string;
  kind: CommitteeKind;
  members: { category: ParticipantCategory; count: number }[];
}

const COMMITTEE_PLANS: CommitteePlan[] = [
  {
    slug: 'comite-porteur',
    kind: 'steering',
    members: [
      { category: 'manager', count: 40 },
      { category: 'coordination', count: 6 },
      { category: 'researcher', count: 14 },
    ],
  },
  {
    slug: 'comite-de-gestion',
    kind: 'management',
    members: [
      { category: 'manager', count: 20 },
      { category: 'coordination', count: 5 },
    ],
  },
  {
    slug: 'comite-parents-intervenants',
    kind: 'parentPractitioner',
    members: [
      { category: 'family', count: 110 },
      { category: 'practitioner', count: 40 },
    ],
  },
  ...['comite-travail-acces-services-de-garde', 'comite-travail-formation', 'comite-travail-communications'].map(
    (slug): CommitteePlan => ({
      slug,
      kind: 'work',
      members: [
        { category: 'practitioner', count: 30 },
        { category: 'manager', count: 10 },
      ],
    }),
  ),
];

interface EventPlan {
  kind: MeetingKind;
  /** Committee meetings draw their attendees from the committee's members. */
  committeeKind?: CommitteeKind;
  /** How many in a full fiscal year. */
  perYear: number;
  attendees: [number, number];
  pool: ParticipantCategory[];
  modes: MeetingMode[];
  /** Local start hours to choose from. */
  hours: number[];
  title: string;
}

/** Sized so that the held meetings of the two years carry about 1,000,000 rows before the exact adjustment. */
const EVENT_PLANS: EventPlan[] = [
  {
    kind: 'steering',
    committeeKind: 'steering',
    perYear: 12,
    attendees: [20, 45],
    pool: [],
    modes: ['hybrid'],
    hours: [9, 13],
    title: 'Comité porteur',
  },
  {
    kind: 'management',
    committeeKind: 'management',
    perYear: 24,
    attendees: [8, 20],
    pool: [],
    modes: ['online'],
    hours: [9, 13],
    title: 'Comité de gestion',
  },
  {
    kind: 'parentPractitioner',
    committeeKind: 'parentPractitioner',
    perYear: 24,
    attendees: [20, 80],
    pool: [],
    modes: ['inPerson', 'hybrid'],
    hours: [18],
    title: 'Comité parents-intervenants',
  },
  {
    kind: 'work',
    committeeKind: 'work',
    perYear: 72,
    attendees: [8, 30],
    pool: [],
    modes: ['online', 'hybrid'],
    hours: [9, 13],
    title: 'Comité de travail',
  },
  {
    kind: 'researchPractice',
    perYear: 150,
    attendees: [30, 150],
    pool: ['practitioner', 'researcher', 'manager'],
    modes: ['hybrid', 'online'],
    hours: [9, 13],
    title: 'Partage recherche-pratique',
  },
  {
    kind: 'coDevelopment',
    perYear: 1_200,
    attendees: [6, 16],
    pool: ['practitioner'],
    modes: ['online', 'inPerson'],
    hours: [9, 13],
    title: 'Codéveloppement des intervenant·es',
  },
  {
    kind: 'training',
    perYear: 900,
    attendees: [20, 100],
    pool: ['practitioner', 'manager'],
    modes: ['inPerson', 'online', 'hybrid'],
    hours: [9, 13],
    title: 'Formation — intervention interculturelle',
  },
  {
    kind: 'infoSession',
    perYear: 3_000,
    attendees: [10, 60],
    pool: ['family', 'other'],
    modes: ['inPerson'],
    hours: [10, 18, 19],
    title: "Séance d'information aux familles",
  },
  {
    kind: 'awareness',
    perYear: 4_500,
    attendees: [20, 150],
    pool: ['family', 'other'],
    modes: ['inPerson'],
    hours: [10, 13, 18],
    title: 'Activité de sensibilisation',
  },
  {
    kind: 'partnerProspect',
    perYear: 300,
    attendees: [2, 6],
    pool: ['coordination', 'manager'],
    modes: ['online', 'inPerson'],
    hours: [9, 13, 15],
    title: 'Rencontre avec un partenaire potentiel',
  },
];

const SECTORS: OrganizationSector[] = [
  'community',
  'community',
  'community',
  'health',
  'education',
  'childcare',
  'childcare',
  'municipal',
  'university',
  'government',
  'other',
];

const FIRST_NAMES = ['Amina', 'Jean', 'Fatou', 'Marie', 'Luis', 'Sophie', 'Ahmed', 'Nadia', 'Tran', 'Olivier'];
const LAST_NAMES = ['Tremblay', 'Diallo', 'Gagnon', 'Nguyen', 'Roy', 'Haddad', 'Côté', 'Mbeki', 'Pelletier'];
const THEMES = ['accueil', 'francisation', 'services de garde', 'santé', 'parentalité', 'interculturel'];

interface GeneratedPerson {
  id: string;
  category: ParticipantCategory;
  territory: Territory | null;
}

interface GeneratedMeeting {
  id: string;
  committeeId: string | null;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  mode: MeetingMode;
  territory: Territory | null;
  status: 'held' | 'cancelled' | 'planned';
  pool: GeneratedPerson[];
  /** How many attendance rows it gets. */
  size: number;
  /** Sizes of held meetings are scaled to reach the exact row count; others keep theirs. */
  scalable: boolean;
}

/** A version-4 UUID drawn from the seeded generator, so that the dataset is the same on every run. */
function uuidFrom(random: Random): string {
  const hex = (bits: number) => Math.floor(random.next() * 2 ** bits).toString(16);
  const word = () => hex(32).padStart(8, '0');
  const raw = word() + word() + word() + word();
  const variant = ((parseInt(raw[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${raw.slice(0, 8)}-${raw.slice(8, 12)}-4${raw.slice(13, 16)}-${variant}${raw.slice(17, 20)}-${raw.slice(20, 32)}`;
}

/** Most families live in the Québec agglomeration; the other MRCs have fewer. */
function weightedTerritory(random: Random): Territory {
  return random.next() < 0.6 ? 'agglomerationQuebec' : random.pick(Territories.options);
}

function localDay(year: FiscalYear, dayOfYear: number) {
  const firstDay = new Date(`${year.firstDay}T12:00:00.000Z`);
  const day = new Date(firstDay.getTime() + dayOfYear * 86_400_000);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/** Draws `count` distinct people from `pool` by a partial Fisher–Yates shuffle (the pool stays a permutation). */
function drawDistinct<T>(pool: T[], count: number, random: Random): T[] {
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random.next() * (pool.length - i));
    const swap = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = swap;
  }
  return pool.slice(0, n);
}

/** Scales held meetings' sizes so that all sizes add up to exactly `target`, each within 1..pool size. */
function fitSizes(meetings: GeneratedMeeting[], target: number, random: Random): number {
  const fixed = meetings.filter((m) => !m.scalable).reduce((sum, m) => sum + m.size, 0);
  const scalable = meetings.filter((m) => m.scalable);
  const planned = scalable.reduce((sum, m) => sum + m.size, 0);
  const factor = (target - fixed) / planned;
  for (const meeting of scalable) {
    meeting.size = Math.max(1, Math.min(meeting.pool.length, Math.round(meeting.size * factor)));
  }
  let residual = target - meetings.reduce((sum, m) => sum + m.size, 0);
  let guard = 0;
  while (residual !== 0) {
    if (++guard > 100 * scalable.length) throw new Error(`cannot fit ${target} attendance rows in the meetings`);
    const meeting = scalable[Math.floor(random.next() * scalable.length)]!;
    if (residual > 0 && meeting.size < meeting.pool.length) {
      meeting.size++;
      residual--;
    } else if (residual < 0 && meeting.size > 1) {
      meeting.size--;
      residual++;
    }
  }
  return factor;
}

function rate(rows: number, ms: number) {
  return `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;
}

export interface GenerateOptions {
  /** Prints progress lines (defaults to console.log). */
  log?: (line: string) => void;
  attendanceRows?: number;
}

/**
 * Creates `<dir>/ipecn.sqlite` with the app's schema and the synthetic dataset. The directory must not
 * hold a store already.
 */
export async function generateAttendanceDataset(dir: string, options: GenerateOptions = {}): Promise<DatasetSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const target = options.attendanceRows ?? ATTENDANCE_ROWS;
  const started = performance.now();
  const file = path.join(dir, 'ipecn.sqlite');
  if (fs.existsSync(file)) throw new Error(`${file} exists already`);
  const random = seededRandom(SEED);

  // The schema and the reference committees through the app's own code.
  const store = await createStore({ backend: 'sqlite', file });
  const committees = await ensureReferenceCommittees(store.committees, referenceData.committees);
  await store.close();

  const db = new SQLite(file);
  try {
    // Only this connection touches the file while it is generated; a crash leaves a temp dir to throw away.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('cache_size = -262144');
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = OFF');

    const years = DATASET_FISCAL_YEARS.map((label) => fiscalYear(label, FISCAL_YEAR_START));
    const createdAt = new Date(years[0]!.startsAt.getTime() - 30 * 86_400_000).toISOString();

    // Organizations: joined over ten years, a few each fiscal year.
    const organizations: { id: string; territory: Territory }[] = [];
    const insertOrganization = db.prepare(
      `insert into organizations (id, name, sector, territory, joined_on, contact_person_id, created_at)
       values (?, ?, ?, ?, ?, null, ?)`,
    );
    const joinedFrom = Date.UTC(2016, 0, 1);
    const joinedTo = DATASET_NOW.getTime();
    db.transaction(() => {
      for (let i = 0; i < 180; i++) {
        const organization = { id: uuidFrom(random), territory: weightedTerritory(random) };
        const sector = random.pick(SECTORS);
        const joinedOn = new Date(joinedFrom + random.next() * (joinedTo - joinedFrom)).toISOString().slice(0, 10);
        insertOrganization.run(
          organization.id,
          `Organisme ${sector} ${i + 1}`,
          sector,
          organization.territory,
          joinedOn,
          createdAt,
        );
        organizations.push(organization);
      }
    })();

    // People: families without email or organization, the others linked to a partner.
    const people: GeneratedPerson[] = [];
    const insertPerson = db.prepare(
      `insert into people (id, display_name, email, aad_object_id, tenant_id, category, organization_id, territory,
                           role, preferred_locale, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    db.transaction(() => {
      let n = 0;
      for (const group of PEOPLE_PLAN) {
        for (let i = 0; i < group.count; i++, n++) {
          const id = uuidFrom(random);
          const family = group.category === 'family';
          const organization = family ? null : random.pick(organizations);
          // A few families did not say where they live.
          const territory = family
            ? random.next() < 0.02
              ? null
              : weightedTerritory(random)
            : organization!.territory;
          const role =
            group.category === 'coordination' ? (i === 0 ? 'coordinator' : i < 4 ? 'liaison' : 'member') : 'member';
          insertPerson.run(
            id,
            `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]} ${n}`,
            family ? null : `personne.${n}@ipecn.example`,
            family ? null : uuidFrom(random),
            family ? null : DEV_TENANT_ID,
            group.category,
            organization?.id ?? null,
            territory,
            role,
            random.next() < 0.85 ? 'fr-CA' : 'en',
            createdAt,
          );
          people.push({ id, category: group.category, territory });
        }
      }
    })();
    const ofCategories = (categories: readonly ParticipantCategory[]) =>
      people.filter((person) => categories.includes(person.category));

    // Committee members, from the reference committees.
    const members = new Map<string, GeneratedPerson[]>();
    const insertMember = db.prepare(
      `insert into committee_members (committee_id, person_id, role, joined_at) values (?, ?, ?, ?)`,
    );
    let committeeMembers = 0;
    db.transaction(() => {
      for (const plan of COMMITTEE_PLANS) {
        const committee = committees.find((candidate) => candidate.slug === plan.slug);
        if (!committee) throw new Error(`reference committee ${plan.slug} is missing`);
        const list = plan.members.flatMap((group) =>
          drawDistinct([...ofCategories([group.category])], group.count, random),
        );
        list.forEach((person, index) => {
          insertMember.run(committee.id, person.id, index === 0 ? 'chair' : 'member', createdAt);
          committeeMembers++;
        });
        members.set(committee.id, list);
      }
    })();

    // Meetings of every kind over both fiscal years.
    const meetings: GeneratedMeeting[] = [];
    const pools = new Map<string, GeneratedPerson[]>();
    const poolOf = (categories: readonly ParticipantCategory[]) => {
      const key = categories.join(',');
      let pool = pools.get(key);
      if (!pool) pools.set(key, (pool = ofCategories(categories)));
      return pool;
    };
    for (const year of years) {
      for (const plan of EVENT_PLANS) {
        const committeesOfKind = plan.committeeKind
          ? committees.filter((committee) => committee.kind === plan.committeeKind)
          : [];
        for (let index = 0; index < plan.perYear; index++) {
          const committee = committeesOfKind.length > 0 ? committeesOfKind[index % committeesOfKind.length]! : null;
          const day = localDay(year, Math.floor(((index + random.next()) * 365) / plan.perYear));
          const startsAt = instantOf(
            { ...day, hour: random.pick(plan.hours), minute: random.pick([0, 0, 30]), second: 0 },
            IPECN_TIME_ZONE,
          );
          const past = startsAt.getTime() < DATASET_NOW.getTime();
          const cancelled = random.next() < (past ? 0.04 : 0.02);
          const status = cancelled ? 'cancelled' : past ? 'held' : 'planned';
          const pool = committee ? members.get(committee.id)! : poolOf(plan.pool);
          const forFamilies = plan.pool.includes('family') || plan.committeeKind === 'parentPractitioner';
          meetings.push({
            id: uuidFrom(random),
            committeeId: committee?.id ?? null,
            kind: plan.kind,
            title: `${committee ? committee.name.fr : plan.title} — ${year.label} n° ${index + 1}`,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + random.pick([1.5, 2, 3]) * 3_600_000).toISOString(),
            mode: random.pick(plan.modes),
            territory: forFamilies ? weightedTerritory(random) : 'agglomerationQuebec',
            status,
            pool,
            // Cancelled meetings keep the regrets sent before; one held meeting in a hundred was never taken.
            size:
              status === 'planned'
                ? 0
                : status === 'cancelled'
                  ? random.int(0, 3)
                  : random.next() < 0.01
                    ? 0
                    : random.int(...plan.attendees),
            scalable: status === 'held',
          });
        }
      }
    }
    for (const meeting of meetings) if (meeting.scalable && meeting.size === 0) meeting.scalable = false;
    const factor = fitSizes(meetings, target, random);
    // Chronological insert order, as a real store fills up.
    meetings.sort((a, b) => a.startsAt.localeCompare(b.startsAt));

    const insertMeeting = db.prepare(
      `insert into meetings (id, committee_id, kind, title, starts_at, ends_at, time_zone, mode, territory, location,
                             status, graph_event_id, i_cal_uid, teams_meeting_id, online_join_url, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, ?, ?, ?)`,
    );
    db.transaction(() => {
      for (const meeting of meetings) {
        const created = new Date(Date.parse(meeting.startsAt) - 21 * 86_400_000).toISOString();
        insertMeeting.run(
          meeting.id,
          meeting.committeeId,
          meeting.kind,
          meeting.title,
          meeting.startsAt,
          meeting.endsAt,
          IPECN_TIME_ZONE,
          meeting.mode,
          meeting.territory,
          meeting.mode === 'online' ? null : 'Salle communautaire',
          meeting.status,
          meeting.mode === 'inPerson' ? null : `https://teams.microsoft.com/l/meetup-join/${meeting.id}`,
          created,
          meeting.status === 'planned' ? created : meeting.endsAt,
        );
      }
    })();
    log(
      `  ${organizations.length} organizations, ${people.length} people, ${committeeMembers} committee members, ` +
        `${meetings.length} meetings (held meetings' sizes scaled by ${factor.toFixed(3)} to make ${target} attendance rows)`,
    );

    // Attendance: secondary indexes are dropped and rebuilt afterwards (a sort beats 1M random inserts).
    const indexes = db
      .prepare(
        `select name, sql from sqlite_master where type = 'index' and tbl_name = 'attendance' and sql is not null`,
      )
      .all() as { name: string; sql: string }[];
    for (const index of indexes) db.exec(`drop index "${index.name}"`);

    const insertAttendance = db.prepare(
      `insert into attendance (meeting_id, person_id, status, mode, source, category, territory, recorded_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const sources: AttendanceSource[] = ['card', 'card', 'card', 'teams', 'teams', 'graphReport', 'manual'];
    const chunk = 250_000;
    let written = 0;
    let nextReport = 100_000;
    const attendanceStarted = performance.now();
    let position = 0;
    while (position < meetings.length) {
      db.transaction(() => {
        const chunkEnd = written + chunk;
        while (position < meetings.length && written < chunkEnd) {
          const meeting = meetings[position++]!;
          if (meeting.size === 0) continue;
          const startsAt = Date.parse(meeting.startsAt);
          for (const person of drawDistinct(meeting.pool, meeting.size, random)) {
            const draw = random.next();
            const status: AttendanceStatus =
              meeting.status === 'cancelled' ? 'excused' : draw < 0.88 ? 'present' : draw < 0.94 ? 'excused' : 'absent';
            const mode =
              status !== 'present'
                ? null
                : meeting.mode === 'hybrid'
                  ? random.next() < 0.4
                    ? 'online'
                    : 'inPerson'
                  : meeting.mode;
            const source = meeting.mode === 'online' && status === 'present' ? 'graphReport' : random.pick(sources);
            const recordedAt = new Date(startsAt + Math.floor((random.next() - 0.2) * 45 * 60_000)).toISOString();
            insertAttendance.run(
              meeting.id,
              person.id,
              status,
              mode,
              source,
              person.category,
              person.territory,
              recordedAt,
              recordedAt,
            );
            written++;
          }
          if (written >= nextReport) {
            log(
              `  attendance: ${written.toLocaleString('en-US')} rows (${rate(written, performance.now() - attendanceStarted)})`,
            );
            nextReport += 100_000;
          }
        }
      })();
    }
    const insertedIn = performance.now() - attendanceStarted;
    log(
      `  attendance: ${written.toLocaleString('en-US')} rows inserted in ${Math.round(insertedIn)} ms (${rate(written, insertedIn)})`,
    );

    const indexStarted = performance.now();
    for (const index of indexes) db.exec(index.sql);
    log(
      `  attendance indexes rebuilt (${indexes.map((index) => index.name).join(', ')}) in ${Math.round(performance.now() - indexStarted)} ms`,
    );

    // Practices published over both years, a few hidden; one manual entry per year.
    const practiceAuthors = drawDistinct([...ofCategories(['practitioner', 'researcher'])], 250, random);
    const insertPractice = db.prepare(
      `insert into practices (id, title, summary, context, what_was_done, what_worked, themes, author_id, organization_id,
                              territory, language, status, published_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?)`,
    );
    const insertManual = db.prepare(
      `insert into manual_indicator_entries (id, indicator_id, fiscal_year, value, note, entered_by, entered_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
    );
    const practices = 400;
    const coordinator = people.find((person) => person.category === 'coordination')!;
    db.transaction(() => {
      const from = years[0]!.startsAt.getTime();
      for (let i = 0; i < practices; i++) {
        const author = random.pick(practiceAuthors);
        const publishedAt = new Date(from + random.next() * (DATASET_NOW.getTime() - from)).toISOString();
        insertPractice.run(
          uuidFrom(random),
          `Pratique partagée ${i + 1}`,
          'Une pratique partagée par une intervenante de la concertation.',
          'Familles immigrantes avec enfants de 0 à 5 ans.',
          'Description de la démarche.',
          "Ce qui a fonctionné et ce qu'il faut surveiller.",
          JSON.stringify(drawDistinct([...THEMES], random.int(1, 3), random)),
          author.id,
          author.territory,
          random.next() < 0.9 ? 'fr-CA' : 'en',
          random.next() < 0.9 ? 'published' : 'hidden',
          publishedAt,
          publishedAt,
        );
      }
      for (const year of years) {
        insertManual.run(
          uuidFrom(random),
          '2021-2024/3.3-leaflets-distributed',
          year.label,
          random.int(400, 900),
          'Décompte transmis par les organismes partenaires.',
          coordinator.id,
          new Date(Math.min(year.endsAt.getTime(), DATASET_NOW.getTime()) - 86_400_000).toISOString(),
        );
      }
    })();

    const violations = db.prepare('pragma foreign_key_check').all();
    if (violations.length > 0) throw new Error(`generated rows break ${violations.length} foreign keys`);
    const analyzeStarted = performance.now();
    db.exec('analyze');
    db.pragma('optimize');
    log(`  analyze + optimize in ${Math.round(performance.now() - analyzeStarted)} ms`);
    db.pragma('locking_mode = NORMAL');
    db.pragma('journal_mode = WAL');

    const statusCounts = { held: 0, cancelled: 0, planned: 0 };
    for (const meeting of meetings) statusCounts[meeting.status]++;
    return {
      file,
      generatorVersion: GENERATOR_VERSION,
      organizations: organizations.length,
      people: people.length,
      committeeMembers,
      meetings: statusCounts,
      attendance: written,
      practices,
      generatedInMs: Math.round(performance.now() - started),
    };
  } finally {
    db.close();
  }
}

const CACHE_ROOT = path.join(os.tmpdir(), 'ipecn-bench');
const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/store/migrations/', import.meta.url));

/** Generator version plus a digest of the migrations: a schema change makes a new dataset. */
function cacheKey(): string {
  const hash = createHash('sha256');
  for (const name of fs.readdirSync(MIGRATIONS_DIR).sort()) {
    hash.update(name);
    hash.update(fs.readFileSync(path.join(MIGRATIONS_DIR, name)));
  }
  return `attendance-v${GENERATOR_VERSION}-${hash.digest('hex').slice(0, 12)}`;
}

/**
 * The dataset, generated once into `os.tmpdir()/ipecn-bench/<key>/` and reused by later runs. It is built in
 * a fresh temp dir and renamed into place only when complete; stale keys are removed.
 */
export async function cachedAttendanceDataset(
  options: GenerateOptions & { regenerate?: boolean } = {},
): Promise<DatasetSummary & { reused: boolean }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const key = cacheKey();
  const dir = path.join(CACHE_ROOT, key);
  const marker = path.join(dir, 'summary.json');
  fs.mkdirSync(CACHE_ROOT, { recursive: true });
  for (const entry of fs.readdirSync(CACHE_ROOT)) {
    const stale = entry.startsWith('attendance-') && entry !== key;
    const abandoned =
      entry.startsWith('tmp-') && Date.now() - fs.statSync(path.join(CACHE_ROOT, entry)).mtimeMs > 3_600_000;
    if (stale || abandoned) fs.rmSync(path.join(CACHE_ROOT, entry), { recursive: true, force: true });
  }
  if (options.regenerate) fs.rmSync(dir, { recursive: true, force: true });
  if (fs.existsSync(marker)) {
    const summary = JSON.parse(fs.readFileSync(marker, 'utf8')) as DatasetSummary;
    return { ...summary, file: path.join(dir, 'ipecn.sqlite'), reused: true };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const temp = fs.mkdtempSync(path.join(CACHE_ROOT, 'tmp-'));
  try {
    log(`generating the dataset in ${temp}`);
    const summary = await generateAttendanceDataset(temp, options);
    fs.writeFileSync(path.join(temp, 'summary.json'), JSON.stringify(summary, null, 2));
    fs.renameSync(temp, dir);
    return { ...summary, file: path.join(dir, 'ipecn.sqlite'), reused: false };
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

// `tsx tests/bench/generate-attendance.ts [dir]`: a fresh dataset in `dir` (a new temp dir by default).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ipecn-attendance-'));
  fs.mkdirSync(dir, { recursive: true });
  generateAttendanceDataset(dir).then(
    (summary) => console.log(JSON.stringify(summary, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
