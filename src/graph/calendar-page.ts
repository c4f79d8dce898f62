import type { Committee } from '../domain/committees/committee.js';
import type { Meeting } from '../domain/meetings/meeting.js';
import type { MeetingRepository } from '../domain/meetings/ports.js';
import type { PersonRepository } from '../domain/people/ports.js';
import type { CalendarEvent } from '../domain/sync/calendar-event.js';
import type { MeetingDraft } from '../domain/sync/event-mapping.js';
import { meetingChanges, readEvent } from '../domain/sync/event-mapping.js';
import type { MeetingIndex } from '../domain/sync/meeting-index.js';
import type { SyncWindow } from '../domain/sync/sync-window.js';
import { inWindow } from '../domain/sync/sync-window.js';

export interface PageTally {
  created: number;
  updated: number;
  cancelled: number;
  skipped: number;
}

export interface PageContext {
  committee: Committee;
  index: MeetingIndex;
  window: SyncWindow;
  now: Date;
  tally: PageTally;
}

type Repositories = { meetings: MeetingRepository; people: PersonRepository };

/** A meeting that goes away is marked cancelled, never deleted: its attendance stays, and it no longer counts. */
export async function cancelMeeting(repos: Repositories, context: PageContext, meeting: Meeting): Promise<void> {
  if (meeting.status === 'cancelled') return;
  context.index.put((await repos.meetings.update(meeting.id, { status: 'cancelled' }))!);
  context.tally.cancelled++;
}

async function createMeeting(
  repos: Repositories,
  context: PageContext,
  draft: MeetingDraft,
  organizerEmail: string | null,
) {
  const organizer = organizerEmail ? await repos.people.findByEmail(organizerEmail) : undefined;
  const meeting = await repos.meetings.create({
    ...draft,
    committeeId: context.committee.id,
    kind: context.committee.kind,
    territory: null,
    teamsMeetingId: null,
    organizerId: organizer?.id ?? null,
  });
  context.index.put(meeting);
  context.tally.created++;
}

async function applyEvent(repos: Repositories, context: PageContext, event: CalendarEvent) {
  const reading = readEvent(event, { fallbackTitle: context.committee.name.fr, now: context.now });
  switch (reading.kind) {
    case 'removed': {
      // Delta also reports, as removed, events outside the window that changed: only those inside count.
      const meeting = context.index.byEventId(event.id);
      if (meeting && inWindow(context.window, meeting.startsAt)) await cancelMeeting(repos, context, meeting);
      return;
    }
    case 'cancelled': {
      const meeting = context.index.find({ graphEventId: event.id, iCalUId: event.iCalUId ?? null });
      if (meeting) await cancelMeeting(repos, context, meeting);
      return;
    }
    case 'skip':
      context.tally.skipped++;
      return;
    case 'meeting': {
      const existing = context.index.find(reading.draft);
      if (!existing) return createMeeting(repos, context, reading.draft, reading.organizerEmail);
      const changes = meetingChanges(existing, reading.draft);
      if (!changes) return;
      context.index.put((await repos.meetings.update(existing.id, changes))!);
      context.tally.updated++;
    }
  }
}

/** Applies one page of events, in order (a delta page may hold the same event twice: the last one wins). */
export async function applyEvents(repos: Repositories, context: PageContext, events: readonly CalendarEvent[]) {
  for (const event of events) await applyEvent(repos, context, event);
}

/**
 * At the end of a full round, the synced meetings of the window whose event was not seen are gone from
 * the calendar (deleted while no delta link was kept, or a group calendar's event removed).
 */
export async function cancelUnseen(repos: Repositories, context: PageContext, seen: ReadonlySet<string>) {
  for (const meeting of context.index.all()) {
    if (!meeting.graphEventId || seen.has(meeting.graphEventId)) continue;
    if (meeting.committeeId !== context.committee.id || !inWindow(context.window, meeting.startsAt)) continue;
    await cancelMeeting(repos, context, meeting);
  }
}
