import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { HttpHandler } from 'msw';
import { http, HttpResponse } from 'msw';
import type { SyncWindow } from '../../src/domain/sync/sync-window.js';
import { seededRandom } from '../../src/store/seed/random.js';
import type { Random } from '../../src/store/seed/random.js';

/**
 * A generated calendar of realistic events, and a Microsoft Graph double that serves it as the
 * documentation describes: `calendarView/delta` of a mailbox paged by `Prefer: odata.maxpagesize` with
 * opaque skip and delta tokens, and the `calendarView` of a group paged by `$top` and `$skip`.
 */

export const GRAPH_BASE = 'https://graph.microsoft.com';
export const GRAPH = `${GRAPH_BASE}/v1.0`;
export const GRAPH_TOKEN = 'bench-access-token';
/** Graph's page size for calendarView and its delta when the request sets none. */
export const GRAPH_DEFAULT_PAGE_SIZE = 10;

const DAY_MS = 24 * 3600_000;
/** What the sync takes for a period rather than a meeting (event-mapping.ts: MAX_EVENT_DAYS). */
const LONGEST_MEETING_DAYS = 14;

const TEMPLATE = JSON.parse(
  fs.readFileSync(new URL('../fixtures/graph/event-teams-meeting.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

export type GraphEventJson = Record<string, unknown> & { id: string };

/** What the sync rules make of an event, worked out from how it was generated. */
export type ExpectedOutcome = 'meeting' | 'cancelled' | 'skipped';

export interface GeneratedEvent {
  json: GraphEventJson;
  kind: 'singleInstance' | 'occurrence' | 'exception' | 'allDay';
  expected: ExpectedOutcome;
  online: boolean;
}

export interface GeneratedCalendar {
  events: GeneratedEvent[];
  counts: Record<GeneratedEvent['kind'] | 'cancelled' | 'online', number>;
  /** Meetings the sync should create: neither cancelled nor longer than a meeting can be. */
  expectedMeetings: number;
  /** Events the sync should skip (all-day periods longer than 14 days). */
  expectedSkipped: number;
}

export interface CalendarShape {
  events: number;
  seed: number;
  /** Short tag that keeps ids and iCalUIds distinct between calendars. */
  tag: string;
  subject: string;
  organizer: { name: string; address: string };
  /** Share of the events that are occurrences of a recurring series. */
  recurringShare: number;
  allDay: number;
  /** All-day periods longer than a meeting (holidays, a campaign): skipped by the sync. */
  longPeriods: number;
  cancelled: number;
}

const wall = (instant: Date) => `${instant.toISOString().slice(0, 19)}.0000000`;
const utc = (instant: Date) => ({ dateTime: wall(instant), timeZone: 'UTC' });
const hex = (value: number, width: number) => value.toString(16).toUpperCase().padStart(width, '0');

const PLACES = [
  'Bureau IPECN, 2e étage',
  'CIUSSS de la Capitale-Nationale, salle 2.14',
  'Centre communautaire Saint-Roch',
  'Bibliothèque Gabrielle-Roy, salle Jean-Paul-Tardif',
  'Université Laval, pavillon Desjardins',
  'Maison de la famille de Charlesbourg',
];

/** Event ids look like Exchange's: a long base64 mailbox prefix, then what tells the items apart. */
function eventId(tag: string, n: number): string {
  const item = Buffer.from(`${tag}:${hex(n, 6)}`).toString('base64url');
  return `AAMkAGI5MWY5ZmUyLTljYTctNDI1YS1iODBhLTA4NTcyNWJlZDEwZQBGAAAAAAB-${item}AAA=`;
}

/** iCalUIds look like Outlook's; an occurrence's carries its date, as Outlook's do. */
function iCalUId(tag: string, n: number, occurrenceOf?: Date): string {
  const date = occurrenceOf
    ? `${hex(occurrenceOf.getUTCFullYear(), 4)}${hex(occurrenceOf.getUTCMonth() + 1, 2)}${hex(occurrenceOf.getUTCDate(), 2)}`
    : '00000000';
  const unique = Buffer.from(tag).toString('hex').toUpperCase();
  return `040000008200E00074C5B7101A82E008${date}D3D70B8A6A17D7010000000000000000100000007466${unique}${hex(n, 8)}`;
}

function joinUrl(random: Random): string {
  const thread = Buffer.from(randomFrom(random, 24)).toString('base64url');
  return (
    `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=` +
    '%7b%22Tid%22%3a%22909c6581-5130-43e9-88f3-fcb3582cde37%22%2c%22Oid%22%3a%22dc17674c-81d9-4adb-bfb2-8f6a442e4622%22%7d'
  );
}

function randomFrom(random: Random, bytes: number): Uint8Array {
  return Uint8Array.from({ length: bytes }, () => random.int(0, 255));
}

interface Slot {
  kind: GeneratedEvent['kind'];
  start: Date;
  end: Date;
  subject: string;
  place: string | null;
  joinUrl: string | null;
  seriesMasterId: string | null;
  originalStart: Date | null;
}

/**
 * `shape.events` events in the window, sorted by start: series of weekly, fortnightly or monthly
 * meetings (occurrences, a few moved as exceptions), single meetings, a few all-day events (some
 * longer than a meeting can be) and a few cancelled ones; online ones carry a Teams join link.
 */
export function generateCalendar(window: SyncWindow, shape: CalendarShape): GeneratedCalendar {
  const random = seededRandom(shape.seed);
  // Room at the end for the longest all-day period, so that every event lies inside the window.
  const first = window.start.getTime() + 2 * DAY_MS;
  const last = window.end.getTime() - 60 * DAY_MS;
  const days = Math.floor((last - first) / DAY_MS);
  const dayAt = (offset: number) => new Date(first - (first % DAY_MS) + offset * DAY_MS);
  const weekday = (offset: number) => {
    let day = dayAt(offset);
    while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = new Date(day.getTime() + DAY_MS);
    return day;
  };
  // Between 9:00 and 19:30 in Montréal, written in UTC.
  const timeOn = (day: Date) =>
    new Date(day.getTime() + random.pick([13, 14, 15, 16, 17, 18, 22]) * 3600_000 + random.pick([0, 0, 30]) * 60_000);
  const slots: Slot[] = [];
  const timed = shape.events - shape.allDay;

  let series = 0;
  const recurring = Math.min(timed, Math.round(shape.events * shape.recurringShare));
  while (slots.length < recurring) {
    series++;
    const everyWeeks = random.pick([1, 2, 2, 4]);
    const count = random.int(8, 40);
    const startDay = weekday(random.int(0, Math.max(0, days - count * everyWeeks * 7)));
    const start = timeOn(startDay);
    const hours = random.pick([1, 1.5, 2]);
    const online = random.next() < 0.75;
    const place = !online || random.next() < 0.2 ? random.pick(PLACES) : null;
    const masterId = eventId(`${shape.tag}-master`, series);
    const link = online ? joinUrl(random) : null;
    for (let k = 0; k < count && slots.length < recurring; k++) {
      const originalStart = new Date(start.getTime() + k * everyWeeks * 7 * DAY_MS);
      if (originalStart.getTime() > last) break;
      const moved = random.next() < 0.03;
      const at = moved ? new Date(originalStart.getTime() + DAY_MS + 3600_000) : originalStart;
      slots.push({
        kind: moved ? 'exception' : 'occurrence',
        start: at,
        end: new Date(at.getTime() + hours * 3600_000),
        subject: `${shape.subject} — série ${series}${moved ? ' (déplacée)' : ''}`,
        place,
        joinUrl: link,
        seriesMasterId: masterId,
        originalStart,
      });
    }
  }

  while (slots.length < timed) {
    const start = timeOn(weekday(random.int(0, days)));
    const online = random.next() < 0.6;
    const place = !online || random.next() < 0.25 ? random.pick(PLACES) : null;
    slots.push({
      kind: 'singleInstance',
      start,
      end: new Date(start.getTime() + random.pick([0.5, 1, 1.5, 2, 3]) * 3600_000),
      subject: `${shape.subject} — rencontre ${slots.length + 1}`,
      place,
      joinUrl: online ? joinUrl(random) : null,
      seriesMasterId: null,
      originalStart: null,
    });
  }

  for (let i = 0; i < shape.allDay; i++) {
    const long = i < shape.longPeriods;
    const spanDays = long ? random.int(LONGEST_MEETING_DAYS + 7, 45) : random.pick([1, 1, 1, 2, 3]);
    const day = weekday(random.int(0, days));
    slots.push({
      kind: 'allDay',
      start: day,
      end: new Date(day.getTime() + spanDays * DAY_MS),
      subject: long ? `Relâche (${spanDays} jours)` : `Formation (${spanDays} jour${spanDays > 1 ? 's' : ''})`,
      place: long ? null : random.pick(PLACES),
      joinUrl: null,
      seriesMasterId: null,
      originalStart: null,
    });
  }

  slots.sort((a, b) => a.start.getTime() - b.start.getTime());
  const cancelled = new Set(
    random.sample(
      slots.map((_, index) => index),
      shape.cancelled,
    ),
  );

  const events = slots.map((slot, n): GeneratedEvent => {
    const isCancelled = cancelled.has(n);
    const created = new Date(slot.start.getTime() - random.int(7, 60) * DAY_MS);
    const changeKey = Buffer.from(randomFrom(random, 16)).toString('base64');
    const location = slot.place
      ? { displayName: slot.place, locationType: 'default', uniqueIdType: 'private' }
      : slot.joinUrl
        ? { displayName: 'Microsoft Teams Meeting', locationType: 'default', uniqueIdType: 'private' }
        : { displayName: '', locationType: 'default', uniqueIdType: 'unknown' };
    const subject = isCancelled ? `Annulé : ${slot.subject}` : slot.subject;
    const json: GraphEventJson = {
      ...TEMPLATE,
      '@odata.etag': `W/"${changeKey}"`,
      id: eventId(shape.tag, n),
      createdDateTime: created.toISOString(),
      lastModifiedDateTime: new Date(created.getTime() + 3600_000).toISOString(),
      changeKey,
      iCalUId: iCalUId(shape.tag, n, slot.originalStart ?? undefined),
      subject,
      bodyPreview: `Ordre du jour : ${slot.subject}.`,
      isAllDay: slot.kind === 'allDay',
      isCancelled,
      seriesMasterId: slot.seriesMasterId,
      type: slot.kind === 'allDay' ? 'singleInstance' : slot.kind,
      ...(slot.originalStart ? { originalStart: `${slot.originalStart.toISOString().slice(0, 19)}Z` } : {}),
      showAs: slot.kind === 'allDay' ? 'free' : 'busy',
      isOnlineMeeting: slot.joinUrl !== null,
      onlineMeetingProvider: slot.joinUrl ? 'teamsForBusiness' : 'unknown',
      onlineMeeting: slot.joinUrl ? { joinUrl: slot.joinUrl } : null,
      start: utc(slot.start),
      end: utc(slot.end),
      location,
      locations: slot.place || slot.joinUrl ? [location] : [],
      organizer: { emailAddress: shape.organizer },
    };
    const tooLong = slot.end.getTime() - slot.start.getTime() > LONGEST_MEETING_DAYS * DAY_MS;
    return {
      json,
      kind: slot.kind,
      expected: isCancelled ? 'cancelled' : tooLong ? 'skipped' : 'meeting',
      online: slot.joinUrl !== null,
    };
  });

  const tally = (predicate: (event: GeneratedEvent) => boolean) => events.filter(predicate).length;
  return {
    events,
    counts: {
      singleInstance: tally((e) => e.kind === 'singleInstance'),
      occurrence: tally((e) => e.kind === 'occurrence'),
      exception: tally((e) => e.kind === 'exception'),
      allDay: tally((e) => e.kind === 'allDay'),
      cancelled: tally((e) => e.expected === 'cancelled'),
      online: tally((e) => e.online),
    },
    expectedMeetings: tally((e) => e.expected === 'meeting'),
    expectedSkipped: tally((e) => e.expected === 'skipped'),
  };
}

/** What one calendar's double saw: every request counts, whatever it is answered. */
export interface CalendarTraffic {
  requests: number;
  /** Page sizes applied, as read from each request. */
  pageSizes: number[];
  eventPages: number;
  emptyPages: number;
  events: number;
}

export interface GraphDouble {
  handlers: HttpHandler[];
  traffic(calendarId: string): CalendarTraffic;
  /** Requests that Graph would refuse or that the double did not expect. */
  problems: string[];
}

function pageBody(value: unknown[], links: { next?: string; delta?: string }) {
  return {
    '@odata.context': `${GRAPH}/$metadata#Collection(event)`,
    ...(links.next ? { '@odata.nextLink': links.next } : {}),
    ...(links.delta ? { '@odata.deltaLink': links.delta } : {}),
    value,
  };
}

function graphError(status: number, code: string, message: string) {
  return HttpResponse.json(
    { error: { code, message, innerError: { date: new Date().toISOString().slice(0, 19) } } },
    { status },
  );
}

const overlaps = (event: GraphEventJson, start: Date, end: Date) => {
  const begins = Date.parse(`${(event.start as { dateTime: string }).dateTime.slice(0, 23)}Z`);
  const ends = Date.parse(`${(event.end as { dateTime: string }).dateTime.slice(0, 23)}Z`);
  return begins < end.getTime() && ends > start.getTime();
};

const opaqueToken = () => randomBytes(24).toString('base64url');

/**
 * The Graph double. Mailboxes answer `GET /users/{id}/calendarView/delta`: the first request needs the
 * window, later ones carry only a `$skiptoken` or `$deltatoken`; each page holds as many events as the
 * request's `Prefer: odata.maxpagesize` asks (Graph's default when it does not), every full page links
 * to the next, and an empty page ends the round with its delta link. An unchanged calendar answers a
 * delta link with an empty page and a new delta link. Groups answer `GET /groups/{id}/calendarView`
 * paged by `$top` (else the Prefer header) and continued with `$skip`, with no delta.
 */
export function graphDouble(calendars: {
  users: Record<string, GraphEventJson[]>;
  groups: Record<string, GraphEventJson[]>;
}): GraphDouble {
  const problems: string[] = [];
  const traffic = new Map<string, CalendarTraffic>();
  const skipTokens = new Map<string, { user: string; offset: number; snapshot: GraphEventJson[] }>();
  const deltaTokens = new Map<string, string>();

  const trafficOf = (id: string) => {
    let entry = traffic.get(id);
    if (!entry) traffic.set(id, (entry = { requests: 0, pageSizes: [], eventPages: 0, emptyPages: 0, events: 0 }));
    return entry;
  };

  function refused(request: Request): Response | undefined {
    if (request.headers.get('authorization') === `Bearer ${GRAPH_TOKEN}`) return undefined;
    problems.push(`${request.url}: no or wrong bearer token`);
    return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  }

  function preferredPageSize(request: Request): number | undefined {
    const prefer = request.headers.get('prefer') ?? '';
    const size = /odata\.maxpagesize=(\d+)/i.exec(prefer)?.[1];
    if (!/outlook\.timezone="UTC"/i.test(prefer)) {
      problems.push(`${request.url}: the request does not ask for UTC times (Prefer: ${prefer || 'none'})`);
    }
    return size === undefined ? undefined : Number(size);
  }

  function served(seen: CalendarTraffic, pageSize: number, value: GraphEventJson[]) {
    seen.pageSizes.push(pageSize);
    if (value.length > 0) seen.eventPages++;
    else seen.emptyPages++;
    seen.events += value.length;
  }

  const windowOf = (url: URL) => {
    const start = url.searchParams.get('startDateTime');
    const end = url.searchParams.get('endDateTime');
    if (!start || !end || Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end))) return undefined;
    return { start: new Date(start), end: new Date(end) };
  };

  const delta = http.get(`${GRAPH}/users/:user/calendarView/delta`, ({ request, params }) => {
    const user = String(params.user);
    const seen = trafficOf(user);
    seen.requests++;
    const denied = refused(request);
    if (denied) return denied;
    const events = calendars.users[user];
    if (!events) return graphError(404, 'ErrorInvalidUser', `The requested user '${user}' is invalid.`);
    const url = new URL(request.url);
    const pageSize = preferredPageSize(request) ?? GRAPH_DEFAULT_PAGE_SIZE;
    const link = (kind: '$skiptoken' | '$deltatoken', token: string) =>
      `${GRAPH}/users/${encodeURIComponent(user)}/calendarView/delta?${kind}=${token}`;

    let state: { offset: number; snapshot: GraphEventJson[] };
    const skipToken = url.searchParams.get('$skiptoken');
    const deltaToken = url.searchParams.get('$deltatoken');
    if (skipToken !== null) {
      const known = skipTokens.get(skipToken);
      if (!known || known.user !== user) {
        problems.push(`${request.url}: unknown skip token`);
        return graphError(410, 'syncStateNotFound', 'The sync state generation is not found.');
      }
      skipTokens.delete(skipToken);
      state = known;
    } else if (deltaToken !== null) {
      if (deltaTokens.get(deltaToken) !== user) {
        problems.push(`${request.url}: unknown delta token`);
        return graphError(410, 'syncStateNotFound', 'The sync state generation is not found.');
      }
      // Nothing changed since that delta link: an empty page and the next delta link.
      const next = opaqueToken();
      deltaTokens.set(next, user);
      served(seen, pageSize, []);
      return HttpResponse.json(pageBody([], { delta: link('$deltatoken', next) }));
    } else {
      const window = windowOf(url);
      if (!window) {
        problems.push(`${request.url}: an initial delta request without startDateTime and endDateTime`);
        return graphError(400, 'ErrorInvalidParameter', 'This request requires a time window.');
      }
      state = { offset: 0, snapshot: events.filter((event) => overlaps(event, window.start, window.end)) };
    }

    const value = state.snapshot.slice(state.offset, state.offset + pageSize);
    served(seen, pageSize, value);
    if (value.length === 0) {
      const next = opaqueToken();
      deltaTokens.set(next, user);
      return HttpResponse.json(pageBody([], { delta: link('$deltatoken', next) }));
    }
    const next = opaqueToken();
    skipTokens.set(next, { user, offset: state.offset + value.length, snapshot: state.snapshot });
    return HttpResponse.json(pageBody(value, { next: link('$skiptoken', next) }));
  });

  const groupView = http.get(`${GRAPH}/groups/:group/calendarView`, ({ request, params }) => {
    const group = String(params.group);
    const seen = trafficOf(group);
    seen.requests++;
    const denied = refused(request);
    if (denied) return denied;
    const events = calendars.groups[group];
    if (!events) return graphError(404, 'Request_ResourceNotFound', `Resource '${group}' does not exist.`);
    const url = new URL(request.url);
    const window = windowOf(url);
    if (!window) {
      problems.push(`${request.url}: a calendarView request without startDateTime and endDateTime`);
      return graphError(400, 'ErrorInvalidParameter', 'This request requires a time window.');
    }
    const top = url.searchParams.get('$top');
    const preferred = preferredPageSize(request);
    const pageSize = top !== null ? Number(top) : (preferred ?? GRAPH_DEFAULT_PAGE_SIZE);
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    const inWindow = events.filter((event) => overlaps(event, window.start, window.end));
    const value = inWindow.slice(skip, skip + pageSize);
    served(seen, pageSize, value);
    if (skip + pageSize >= inWindow.length) return HttpResponse.json(pageBody(value, {}));
    const next = new URL(url);
    next.searchParams.set('$top', String(pageSize));
    next.searchParams.set('$skip', String(skip + pageSize));
    return HttpResponse.json(pageBody(value, { next: next.toString() }));
  });

  return {
    handlers: [delta, groupView],
    traffic: (id) => ({ ...trafficOf(id), pageSizes: [...trafficOf(id).pageSizes] }),
    problems,
  };
}
