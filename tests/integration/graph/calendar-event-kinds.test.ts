import { http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../../../src/domain/committees/committee.js';
import { fiscalYearOf } from '../../../src/domain/fiscal-year/fiscal-year.js';
import { syncCalendar } from '../../../src/graph/calendar-sync.js';
import type { Store } from '../../../src/store/store.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';
import {
  at,
  committeeWithCalendar,
  deltaKey,
  deltaUrl,
  graphEvent,
  GRAPH,
  mswServer,
  page,
  testGraph,
} from './graph-kit.js';

const NOW = new Date('2026-02-15T15:00:00Z');
const MASTER_ID = 'AAMkAGI5MWY5ZmUyLTljYTctNDI1YS1iODBhLTA4NTcyNWJlZDEwZQBGAAAAAAB-SERIES-MASTER=';

const occurrence = (startUtc: string, overrides: Record<string, unknown> = {}) =>
  graphEvent({
    subject: 'Comité parents-intervenants',
    type: 'occurrence',
    seriesMasterId: MASTER_ID,
    originalStart: `${startUtc.slice(0, 19)}Z`,
    ...at(startUtc),
    ...overrides,
  });

describe.each(backends)('calendar events of every kind on %s', (backend) => {
  const server = mswServer();
  let testStore: TestStore;
  let store: Store;
  const { graph } = testGraph();
  const deps = () => ({ store, graph, now: () => NOW });

  function serve(mailbox: string, pages: Record<string, () => Response>) {
    server.use(
      http.get(`${GRAPH}/users/:user/calendarView/delta`, ({ request, params }) => {
        expect(params.user).toBe(mailbox);
        const respond = pages[deltaKey(request)];
        if (!respond) throw new Error(`unexpected delta request ${request.url}`);
        return respond();
      }),
    );
  }

  const listed = async (committee: Committee) => store.meetings.list({ committeeId: committee.id });

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
  });
  afterAll(async () => testStore?.dispose());

  describe('a recurring series', () => {
    const mailbox = 'parents-intervenants@ipecn.example';
    let committee: Committee;
    const master = graphEvent({
      id: MASTER_ID,
      subject: 'Comité parents-intervenants',
      type: 'seriesMaster',
      ...at('2026-03-03T17:00:00Z'),
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday' },
        range: {
          type: 'numbered',
          startDate: '2026-03-03',
          numberOfOccurrences: 4,
          recurrenceTimeZone: 'Eastern Standard Time',
        },
      },
    });
    const first = occurrence('2026-03-03T17:00:00Z');
    const moved = occurrence('2026-03-11T18:00:00Z', {
      type: 'exception',
      originalStart: '2026-03-10T17:00:00Z',
      subject: 'Comité parents-intervenants (déplacé au mercredi)',
    });
    const third = occurrence('2026-03-17T17:00:00Z');
    const fourth = occurrence('2026-03-24T17:00:00Z');

    beforeAll(async () => {
      committee = await committeeWithCalendar(store, { type: 'user', id: mailbox }, 'parentPractitioner');
    });

    it('makes a meeting of each occurrence and exception, not of the series master', async () => {
      serve(mailbox, {
        initial: () => page([master, first, moved, third, fourth], { delta: deltaUrl(mailbox, { delta: 'd1' }) }),
      });

      const summary = await syncCalendar(deps(), committee);

      expect(summary).toMatchObject({ created: 4, skipped: 1, requests: 1 });
      expect((await listed(committee)).map((m) => [m.title, m.startsAt, m.kind])).toEqual([
        ['Comité parents-intervenants', '2026-03-03T17:00:00.000Z', 'parentPractitioner'],
        ['Comité parents-intervenants (déplacé au mercredi)', '2026-03-11T18:00:00.000Z', 'parentPractitioner'],
        ['Comité parents-intervenants', '2026-03-17T17:00:00.000Z', 'parentPractitioner'],
        ['Comité parents-intervenants', '2026-03-24T17:00:00.000Z', 'parentPractitioner'],
      ]);
    });

    it('marks a cancelled occurrence cancelled and leaves the others', async () => {
      serve(mailbox, {
        d1: () =>
          page([{ ...fourth, subject: 'Annulé : Comité parents-intervenants', isCancelled: true }], {
            delta: deltaUrl(mailbox, { delta: 'd2' }),
          }),
      });

      const summary = await syncCalendar(deps(), committee);

      expect(summary).toMatchObject({ created: 0, updated: 0, cancelled: 1, requests: 1 });
      expect((await listed(committee)).map((m) => m.status)).toEqual(['planned', 'planned', 'planned', 'cancelled']);
    });
  });

  describe('time zones, all-day and multi-day events', () => {
    const mailbox = 'formations@ipecn.example';
    let committee: Committee;
    // Scheduled in Vancouver at 20:30 on 31 March: 23:30 in Montréal, still the old fiscal year.
    const fromVancouver = graphEvent({
      subject: 'Rencontre avec un partenaire de Vancouver',
      originalStartTimeZone: 'Pacific Standard Time',
      originalEndTimeZone: 'Pacific Standard Time',
      ...at('2026-04-01T03:30:00Z', 1),
    });
    // Graph did not apply the UTC preference: the same instant written in Eastern time.
    const writtenInEastern = graphEvent({
      subject: 'Bilan de fin d’année',
      start: { dateTime: '2026-03-31T23:30:00.0000000', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2026-04-01T00:15:00.0000000', timeZone: 'Eastern Standard Time' },
    });
    const firstHourOfNewYear = graphEvent({ subject: 'Lancement de l’année', ...at('2026-04-01T04:30:00Z', 1) });
    const threeDayTraining = graphEvent({
      subject: 'Formation interculturelle (3 jours)',
      isAllDay: true,
      isOnlineMeeting: false,
      onlineMeeting: null,
      location: { displayName: 'Université Laval, pavillon Desjardins', locationType: 'default' },
      start: { dateTime: '2026-03-30T00:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-04-02T00:00:00.0000000', timeZone: 'UTC' },
    });
    const holidays = graphEvent({
      subject: 'Relâche estivale',
      isAllDay: true,
      start: { dateTime: '2026-07-01T00:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-08-15T00:00:00.0000000', timeZone: 'UTC' },
    });

    beforeAll(async () => {
      committee = await committeeWithCalendar(store, { type: 'user', id: mailbox }, 'work');
    });

    it('lands each event in the right fiscal year and keeps the organizer’s zone', async () => {
      serve(mailbox, {
        initial: () =>
          page([fromVancouver, writtenInEastern, firstHourOfNewYear, threeDayTraining, holidays], {
            delta: deltaUrl(mailbox, { delta: 'tz1' }),
          }),
      });

      const summary = await syncCalendar(deps(), committee);

      expect(summary).toMatchObject({ created: 4, skipped: 1 });
      const rows = (await listed(committee)).map((m) => ({
        title: m.title,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        timeZone: m.timeZone,
        fiscalYear: fiscalYearOf(new Date(m.startsAt)),
      }));
      rows.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title));
      expect(rows).toEqual([
        {
          title: 'Formation interculturelle (3 jours)',
          startsAt: '2026-03-30T04:00:00.000Z',
          endsAt: '2026-04-02T04:00:00.000Z',
          timeZone: 'America/Toronto',
          fiscalYear: '2025-2026',
        },
        {
          title: 'Bilan de fin d’année',
          startsAt: '2026-04-01T03:30:00.000Z',
          endsAt: '2026-04-01T04:15:00.000Z',
          timeZone: 'America/Toronto',
          fiscalYear: '2025-2026',
        },
        {
          title: 'Rencontre avec un partenaire de Vancouver',
          startsAt: '2026-04-01T03:30:00.000Z',
          endsAt: '2026-04-01T04:30:00.000Z',
          timeZone: 'America/Vancouver',
          fiscalYear: '2025-2026',
        },
        {
          title: 'Lancement de l’année',
          startsAt: '2026-04-01T04:30:00.000Z',
          endsAt: '2026-04-01T05:30:00.000Z',
          timeZone: 'America/Toronto',
          fiscalYear: '2026-2027',
        },
      ]);
    });
  });
});
