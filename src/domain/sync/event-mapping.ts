import type { Meeting, MeetingChanges } from '../meetings/meeting.js';
import type { MeetingMode, MeetingStatus } from '../shared/vocabulary.js';
import { IPECN_TIME_ZONE } from '../shared/vocabulary.js';
import { instantOf } from '../fiscal-year/time-zone.js';
import type { CalendarEvent } from './calendar-event.js';
import { joinUrlOf } from './calendar-event.js';
import { datePartOf, ianaZoneOf, instantOfGraph } from './graph-time.js';

/** What a calendar event says about a meeting, before it is matched with the stored ones. */
export interface MeetingDraft {
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  mode: MeetingMode;
  location: string | null;
  status: MeetingStatus;
  graphEventId: string;
  iCalUId: string | null;
  onlineJoinUrl: string | null;
}

export type SkipReason = 'seriesMaster' | 'noTimes' | 'unreadableTime' | 'endsBeforeStart' | 'tooLong';

export type EventReading =
  | { kind: 'meeting'; draft: MeetingDraft; organizerEmail: string | null }
  | { kind: 'removed' }
  | { kind: 'cancelled' }
  | { kind: 'skip'; reason: SkipReason };

/** Longer than this, an event is a period (holidays, a campaign), not a meeting that indicators count. */
export const MAX_EVENT_DAYS = 14;
const DAY_MS = 24 * 3600_000;
const TITLE_MAX = 200;
const LOCATION_MAX = 300;

/** Teams writes its own name as the location of an online meeting; that is no place. */
const TEAMS_LOCATION = /microsoft teams|réunion teams|teams meeting/i;

function titleOf(event: CalendarEvent, fallback: string): string {
  return event.subject?.trim().slice(0, TITLE_MAX) || fallback;
}

function placeOf(event: CalendarEvent): string | null {
  const name = event.location?.displayName?.trim();
  return name && !TEAMS_LOCATION.test(name) ? name.slice(0, LOCATION_MAX) : null;
}

function modeOf(place: string | null, joinUrl: string | null, isOnline: boolean): MeetingMode {
  const online = isOnline || joinUrl !== null;
  if (online) return place ? 'hybrid' : 'online';
  return 'inPerson';
}

/** A meeting is held once it has started, planned before. */
export function statusAt(startsAt: string, now: Date): MeetingStatus {
  return new Date(startsAt).getTime() <= now.getTime() ? 'held' : 'planned';
}

/**
 * All-day events are calendar dates, not instants: the first day and the day after the last, read on
 * Montréal's clocks whatever zone Graph wrote them in, so a three-day training is one meeting on its
 * three local days and falls in the fiscal year of its first day.
 */
function allDaySpan(event: CalendarEvent): { startsAt: Date; endsAt: Date } | undefined {
  const first = event.start && datePartOf(event.start);
  const after = event.end && datePartOf(event.end);
  if (!first || !after) return undefined;
  const midnight = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return instantOf({ year, month, day, hour: 0, minute: 0, second: 0 }, IPECN_TIME_ZONE);
  };
  return { startsAt: midnight(first), endsAt: midnight(after) };
}

function timedSpan(event: CalendarEvent): { startsAt: Date; endsAt: Date } | undefined {
  const startsAt = event.start && instantOfGraph(event.start);
  const endsAt = event.end && instantOfGraph(event.end);
  return startsAt && endsAt ? { startsAt, endsAt } : undefined;
}

/** Reads one event of a calendarView (or its delta) as the sync sees it. */
export function readEvent(event: CalendarEvent, context: { fallbackTitle: string; now: Date }): EventReading {
  if (event['@removed']) return { kind: 'removed' };
  if (event.isCancelled) return { kind: 'cancelled' };
  // A calendarView lists each occurrence and exception on its own; the series master is not a meeting.
  if (event.type === 'seriesMaster') return { kind: 'skip', reason: 'seriesMaster' };
  if (!event.start || !event.end) return { kind: 'skip', reason: 'noTimes' };
  const span = event.isAllDay ? allDaySpan(event) : timedSpan(event);
  if (!span) return { kind: 'skip', reason: 'unreadableTime' };
  const duration = span.endsAt.getTime() - span.startsAt.getTime();
  if (duration < 0) return { kind: 'skip', reason: 'endsBeforeStart' };
  if (duration > MAX_EVENT_DAYS * DAY_MS) return { kind: 'skip', reason: 'tooLong' };
  const joinUrl = joinUrlOf(event);
  const place = placeOf(event);
  const startsAt = span.startsAt.toISOString();
  return {
    kind: 'meeting',
    organizerEmail: event.organizer?.emailAddress?.address?.trim().toLowerCase() || null,
    draft: {
      title: titleOf(event, context.fallbackTitle),
      startsAt,
      // A zero-length event still needs an end after its start to be a valid meeting.
      endsAt: new Date(Math.max(span.endsAt.getTime(), span.startsAt.getTime() + 60_000)).toISOString(),
      timeZone: event.isAllDay ? IPECN_TIME_ZONE : (ianaZoneOf(event.originalStartTimeZone) ?? IPECN_TIME_ZONE),
      mode: modeOf(place, joinUrl, event.isOnlineMeeting === true),
      location: place,
      status: statusAt(startsAt, context.now),
      graphEventId: event.id,
      iCalUId: event.iCalUId || null,
      onlineJoinUrl: joinUrl,
    },
  };
}

const SYNCED_FIELDS = [
  'title',
  'startsAt',
  'endsAt',
  'timeZone',
  'mode',
  'location',
  'status',
  'graphEventId',
  'iCalUId',
  'onlineJoinUrl',
] as const;

/**
 * The changes that bring a stored meeting in line with its event, or `undefined` when there are none.
 * The calendar owns these fields; the committee, kind, territory and the bot's fields stay as they are.
 */
export function meetingChanges(existing: Meeting, draft: MeetingDraft): MeetingChanges | undefined {
  const changes: MeetingChanges = {};
  for (const field of SYNCED_FIELDS) {
    if (field === 'iCalUId' && draft.iCalUId === null) continue;
    if (field === 'mode' && existing.mode === 'hybrid' && draft.mode !== 'inPerson') continue;
    // Check-ins open an hour early and mark the meeting held; an unchanged start does not undo that.
    if (
      field === 'status' &&
      existing.status === 'held' &&
      draft.status === 'planned' &&
      existing.startsAt === draft.startsAt
    )
      continue;
    if (existing[field] !== draft[field]) Object.assign(changes, { [field]: draft[field] });
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}
