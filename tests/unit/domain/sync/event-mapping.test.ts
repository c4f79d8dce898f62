import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../../src/domain/sync/calendar-event.js';
import { meetingChanges, readEvent } from '../../../../src/domain/sync/event-mapping.js';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';

const now = new Date('2026-02-15T15:00:00Z');
const context = { fallbackTitle: 'Comité de gestion', now };
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0?context=%7b%7d';

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: 'AAMk-1',
  iCalUId: 'ical-1',
  subject: 'Comité de gestion',
  type: 'singleInstance',
  start: { dateTime: '2026-03-17T17:00:00.0000000', timeZone: 'UTC' },
  end: { dateTime: '2026-03-17T19:00:00.0000000', timeZone: 'UTC' },
  isOnlineMeeting: true,
  onlineMeeting: { joinUrl: JOIN },
  location: { displayName: 'Microsoft Teams Meeting' },
  ...overrides,
});

describe('reading a calendar event', () => {
  it('makes a planned online meeting of a future Teams meeting', () => {
    expect(readEvent(event(), context)).toEqual({
      kind: 'meeting',
      organizerEmail: null,
      draft: {
        title: 'Comité de gestion',
        startsAt: '2026-03-17T17:00:00.000Z',
        endsAt: '2026-03-17T19:00:00.000Z',
        timeZone: 'America/Toronto',
        mode: 'online',
        location: null,
        status: 'planned',
        graphEventId: 'AAMk-1',
        iCalUId: 'ical-1',
        onlineJoinUrl: JOIN,
      },
    });
  });

  it('tells in person, online and hybrid apart by place and link', () => {
    const mode = (overrides: Partial<CalendarEvent>) => {
      const reading = readEvent(event(overrides), context);
      return reading.kind === 'meeting' ? [reading.draft.mode, reading.draft.location] : reading.kind;
    };
    expect(mode({ isOnlineMeeting: false, onlineMeeting: null, location: { displayName: 'Salle 2.14' } })).toEqual([
      'inPerson',
      'Salle 2.14',
    ]);
    expect(mode({ location: { displayName: 'Réunion Microsoft Teams' } })).toEqual(['online', null]);
    expect(mode({ location: { displayName: 'Centre Saint-Roch' } })).toEqual(['hybrid', 'Centre Saint-Roch']);
  });

  it('marks a past event held and names an untitled one after the committee', () => {
    const reading = readEvent(
      event({
        subject: '  ',
        start: { dateTime: '2026-02-10T18:00:00.0000000', timeZone: 'UTC' },
        end: { dateTime: '2026-02-10T20:00:00.0000000', timeZone: 'UTC' },
      }),
      context,
    );
    expect(reading).toMatchObject({ kind: 'meeting', draft: { title: 'Comité de gestion', status: 'held' } });
  });

  it('skips series masters and periods longer than two weeks, and reads removals and cancellations', () => {
    expect(readEvent(event({ type: 'seriesMaster' }), context)).toEqual({ kind: 'skip', reason: 'seriesMaster' });
    expect(
      readEvent(
        event({
          isAllDay: true,
          start: { dateTime: '2026-07-01T00:00:00.0000000', timeZone: 'UTC' },
          end: { dateTime: '2026-08-15T00:00:00.0000000', timeZone: 'UTC' },
        }),
        context,
      ),
    ).toEqual({ kind: 'skip', reason: 'tooLong' });
    expect(readEvent({ id: 'x', '@removed': { reason: 'deleted' } }, context)).toEqual({ kind: 'removed' });
    expect(readEvent(event({ isCancelled: true }), context)).toEqual({ kind: 'cancelled' });
    expect(readEvent(event({ start: { dateTime: 'demain', timeZone: 'UTC' } }), context)).toEqual({
      kind: 'skip',
      reason: 'unreadableTime',
    });
  });

  it('reads all-day events as Montréal dates, whatever zone they are written in', () => {
    const reading = readEvent(
      event({
        isAllDay: true,
        start: { dateTime: '2026-03-31T00:00:00.0000000', timeZone: 'Pacific Standard Time' },
        end: { dateTime: '2026-04-01T00:00:00.0000000', timeZone: 'Pacific Standard Time' },
      }),
      context,
    );
    expect(reading).toMatchObject({
      draft: { startsAt: '2026-03-31T04:00:00.000Z', endsAt: '2026-04-01T04:00:00.000Z', timeZone: 'America/Toronto' },
    });
  });
});

describe('changes to a stored meeting', () => {
  const stored = {
    title: 'Comité de gestion',
    startsAt: '2026-03-17T17:00:00.000Z',
    endsAt: '2026-03-17T19:00:00.000Z',
    timeZone: 'America/Toronto',
    mode: 'online',
    location: null,
    status: 'planned',
    graphEventId: 'AAMk-1',
    iCalUId: 'ical-1',
    onlineJoinUrl: JOIN,
  } as unknown as Meeting;
  const draftOf = (overrides: Partial<CalendarEvent>) => {
    const reading = readEvent(event(overrides), context);
    if (reading.kind !== 'meeting') throw new Error(reading.kind);
    return reading.draft;
  };

  it('are none when the calendar says the same', () => {
    expect(meetingChanges(stored, draftOf({}))).toBeUndefined();
  });

  it('carry only what differs', () => {
    expect(meetingChanges(stored, draftOf({ subject: 'Comité de gestion (reporté)' }))).toEqual({
      title: 'Comité de gestion (reporté)',
    });
  });

  it('keep a hybrid meeting hybrid when its event only shows the Teams link', () => {
    expect(meetingChanges({ ...stored, mode: 'hybrid' }, draftOf({}))).toBeUndefined();
  });

  it('leave a meeting held when people checked in before its start', () => {
    expect(meetingChanges({ ...stored, status: 'held' }, draftOf({}))).toBeUndefined();
    expect(
      meetingChanges(
        { ...stored, status: 'held' },
        draftOf({
          start: { dateTime: '2026-03-24T17:00:00.0000000', timeZone: 'UTC' },
          end: { dateTime: '2026-03-24T19:00:00.0000000', timeZone: 'UTC' },
        }),
      ),
    ).toMatchObject({ status: 'planned', startsAt: '2026-03-24T17:00:00.000Z' });
  });

  it('restore a cancelled meeting whose event is back', () => {
    expect(meetingChanges({ ...stored, status: 'cancelled' }, draftOf({}))).toEqual({ status: 'planned' });
  });
});
