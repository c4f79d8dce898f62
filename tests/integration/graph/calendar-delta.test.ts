import { http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../../../src/domain/committees/committee.js';
import { fiscalYearOf } from '../../../src/domain/fiscal-year/fiscal-year.js';
import { syncCalendar } from '../../../src/graph/calendar-sync.js';
import type { Store } from '../../../src/store/store.js';
import { personInput } from '../../support/factories.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';
import type { GraphEventJson } from './graph-kit.js';
import {
  at,
  committeeWithCalendar,
  deltaKey,
  deltaUrl,
  graphEvent,
  mswServer,
  page,
  removed,
  testGraph,
  TOKEN,
  GRAPH,
} from './graph-kit.js';

const MAILBOX = 'comite-gestion@ipecn.example';
const NOW = new Date('2026-02-15T15:00:00Z');
const PAGE_SIZE = 2;

describe.each(backends)('calendar sync of a mailbox with delta on %s', (backend) => {
  const server = mswServer();
  let testStore: TestStore;
  let store: Store;
  let committee: Committee;
  const { graph } = testGraph();
  const deps = () => ({ store, graph, now: () => NOW, pageSize: PAGE_SIZE });
  const requests: Request[] = [];

  const e1 = graphEvent({ subject: 'Comité de gestion — octobre', ...at('2025-10-07T17:30:00Z') });
  const e2 = graphEvent({
    subject: 'Comité de gestion — décembre',
    ...at('2025-12-09T18:00:00Z'),
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    onlineMeeting: null,
    location: { displayName: 'CIUSSS, salle 2.14', locationType: 'default' },
  });
  const e3 = graphEvent({ subject: 'Comité de gestion — février', ...at('2026-02-10T18:00:00Z') });
  const e4 = graphEvent({
    subject: 'Comité de gestion — mars',
    ...at('2026-03-17T17:00:00Z'),
    location: { displayName: 'Centre communautaire Saint-Roch', locationType: 'default' },
  });
  const e5 = graphEvent({ subject: 'Comité de gestion — mai', ...at('2026-05-12T17:00:00Z', 3) });

  function serve(pages: Record<string, () => Response>) {
    server.use(
      http.get(`${GRAPH}/users/:user/calendarView/delta`, ({ request, params }) => {
        expect(params.user).toBe(MAILBOX);
        requests.push(request.clone());
        const respond = pages[deltaKey(request)];
        if (!respond) throw new Error(`unexpected delta request ${request.url}`);
        return respond();
      }),
    );
  }

  const meetingOf = async (event: GraphEventJson) =>
    (await store.meetings.list({ committeeId: committee.id })).find((m) => m.graphEventId === event.id)!;

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
    committee = await committeeWithCalendar(store, { type: 'user', id: MAILBOX });
  });
  afterAll(async () => testStore?.dispose());

  it('reads the window in pages until the delta link, within the request budget', async () => {
    serve({
      initial: () => page([e1, e2], { next: deltaUrl(MAILBOX, { skip: 'R0usmcCM996atia_s' }) }),
      R0usmcCM996atia_s: () => page([e3, e4], { next: deltaUrl(MAILBOX, { skip: 'R0usmci39OQxqJrxK4' }) }),
      R0usmci39OQxqJrxK4: () => page([e5], { delta: deltaUrl(MAILBOX, { delta: 'R0usmcMDNGg0J1E' }) }),
    });

    const summary = await syncCalendar(deps(), committee);

    expect(summary).toEqual({ created: 5, updated: 0, cancelled: 0, skipped: 0, requests: 3, reset: false });
    expect(summary.requests).toBeLessThanOrEqual(Math.ceil(5 / PAGE_SIZE) + 1);
    const first = new URL(requests[0]!.url);
    expect(first.searchParams.get('startDateTime')).toBe('2024-04-01T04:00:00.000Z');
    expect(first.searchParams.get('endDateTime')).toBe('2027-04-01T04:00:00.000Z');
    for (const request of requests) {
      expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(request.headers.get('prefer')).toBe(`outlook.timezone="UTC", odata.maxpagesize=${PAGE_SIZE}`);
    }
    const state = await store.calendarSync.get(committee.id);
    expect(state).toMatchObject({
      deltaLink: deltaUrl(MAILBOX, { delta: 'R0usmcMDNGg0J1E' }),
      nextLink: null,
      lastSuccessAt: NOW.toISOString(),
      lastErrorCode: null,
    });
    expect(await store.calendarSync.seenEventIds(committee.id)).toEqual([]);
  });

  it('turns events into meetings of the committee', async () => {
    const meetings = await store.meetings.list({ committeeId: committee.id });
    expect(meetings.map((m) => [m.title, m.startsAt, m.status, m.mode, m.location])).toEqual([
      ['Comité de gestion — octobre', '2025-10-07T17:30:00.000Z', 'held', 'online', null],
      ['Comité de gestion — décembre', '2025-12-09T18:00:00.000Z', 'held', 'inPerson', 'CIUSSS, salle 2.14'],
      ['Comité de gestion — février', '2026-02-10T18:00:00.000Z', 'held', 'online', null],
      ['Comité de gestion — mars', '2026-03-17T17:00:00.000Z', 'planned', 'hybrid', 'Centre communautaire Saint-Roch'],
      ['Comité de gestion — mai', '2026-05-12T17:00:00.000Z', 'planned', 'online', null],
    ]);
    const february = await meetingOf(e3);
    expect(february).toMatchObject({
      kind: 'management',
      committeeId: committee.id,
      endsAt: '2026-02-10T20:00:00.000Z',
      timeZone: 'America/Toronto',
      iCalUId: e3.iCalUId,
      onlineJoinUrl: (e3.onlineMeeting as { joinUrl: string }).joinUrl,
    });
  });

  it('applies the next round: changes update, @removed cancels and keeps the attendance', async () => {
    const december = await meetingOf(e2);
    const person = await store.people.create(personInput());
    await store.attendance.record({
      meetingId: december.id,
      personId: person.id,
      status: 'present',
      mode: 'inPerson',
      source: 'card',
      category: person.category,
      territory: person.territory,
    });
    const newJoinUrl = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NEWNEWNEW%40thread.v2/0?context=%7b%7d';
    serve({
      R0usmcMDNGg0J1E: () =>
        page(
          [
            removed(e2.id),
            {
              ...e3,
              subject: 'Comité de gestion — février (reporté)',
              ...at('2026-02-12T19:00:00Z', 1.5),
              location: { displayName: 'Bureau IPECN, 2e étage', locationType: 'default' },
              onlineMeeting: { joinUrl: newJoinUrl },
            },
          ],
          { delta: deltaUrl(MAILBOX, { delta: 'R0usmcFuQtZdtpk4' }) },
        ),
    });

    const summary = await syncCalendar(deps(), committee);

    expect(summary).toEqual({ created: 0, updated: 1, cancelled: 1, skipped: 0, requests: 1, reset: false });
    expect(await meetingOf(e3)).toMatchObject({
      title: 'Comité de gestion — février (reporté)',
      startsAt: '2026-02-12T19:00:00.000Z',
      endsAt: '2026-02-12T20:30:00.000Z',
      location: 'Bureau IPECN, 2e étage',
      mode: 'hybrid',
      onlineJoinUrl: newJoinUrl,
    });
    expect((await meetingOf(e2)).status).toBe('cancelled');
    expect(await store.attendance.list(december.id)).toHaveLength(1);
    expect(await store.meetings.list({ committeeId: committee.id })).toHaveLength(5);
    expect((await store.calendarSync.get(committee.id))!.deltaLink).toBe(
      deltaUrl(MAILBOX, { delta: 'R0usmcFuQtZdtpk4' }),
    );
  });

  it('re-syncs an unchanged calendar with one request', async () => {
    serve({ R0usmcFuQtZdtpk4: () => page([], { delta: deltaUrl(MAILBOX, { delta: 'R0usmcFuQtZdtpk4' }) }) });
    const before = await store.meetings.list({ committeeId: committee.id });

    const summary = await syncCalendar(deps(), committee);

    expect(summary).toEqual({ created: 0, updated: 0, cancelled: 0, skipped: 0, requests: 1, reset: false });
    expect(await store.meetings.list({ committeeId: committee.id })).toEqual(before);
  });

  it('keeps each meeting in the fiscal year of its Montréal date', async () => {
    const meetings = await store.meetings.list({ committeeId: committee.id, status: 'planned' });
    expect(meetings.map((m) => fiscalYearOf(new Date(m.startsAt)))).toEqual(['2025-2026', '2026-2027']);
  });
});
