import { http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../../../src/domain/committees/committee.js';
import { syncCalendar } from '../../../src/graph/calendar-sync.js';
import type { Store } from '../../../src/store/store.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';
import { at, committeeWithCalendar, graphEvent, GRAPH, mswServer, page, testGraph } from './graph-kit.js';

const GROUP = '02bd9fd6-8f93-4758-87c3-1fb73740a315';
const NOW = new Date('2026-02-15T15:00:00Z');
const PAGE_SIZE = 2;

describe.each(backends)('calendar sync of a Microsoft 365 group on %s', (backend) => {
  const server = mswServer();
  let testStore: TestStore;
  let store: Store;
  let committee: Committee;
  const { graph } = testGraph();
  const deps = () => ({ store, graph, now: () => NOW, pageSize: PAGE_SIZE });
  let calls: URL[] = [];

  const a = graphEvent({ subject: 'Comité porteur — automne', ...at('2025-11-04T17:00:00Z') });
  const b = graphEvent({ subject: 'Comité porteur — hiver', ...at('2026-01-20T17:00:00Z') });
  const c = graphEvent({ subject: 'Comité porteur — printemps', ...at('2026-04-21T16:00:00Z') });

  /** Lists `events` as the group calendarView does: pages of `$top`, continued with `$skip`. */
  function serve(events: unknown[]) {
    calls = [];
    server.use(
      http.get(`${GRAPH}/groups/:group/calendarView`, ({ request, params }) => {
        expect(params.group).toBe(GROUP);
        const url = new URL(request.url);
        calls.push(url);
        const skip = Number(url.searchParams.get('$skip') ?? 0);
        const next = new URL(url);
        next.searchParams.set('$skip', String(skip + PAGE_SIZE));
        const more = skip + PAGE_SIZE < events.length;
        return page(events.slice(skip, skip + PAGE_SIZE), more ? { next: next.toString() } : {});
      }),
    );
  }

  const statuses = async () =>
    (await store.meetings.list({ committeeId: committee.id })).map((m) => [m.title, m.status]);

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
    committee = await committeeWithCalendar(store, { type: 'group', id: GROUP }, 'steering');
  });
  afterAll(async () => testStore?.dispose());

  it('lists the window and creates the meetings', async () => {
    serve([a, b, c]);

    const summary = await syncCalendar(deps(), committee);

    expect(summary).toEqual({ created: 3, updated: 0, cancelled: 0, skipped: 0, requests: 2, reset: false });
    expect(calls[0]!.searchParams.get('startDateTime')).toBe('2024-04-01T04:00:00.000Z');
    expect(calls[0]!.searchParams.get('$top')).toBe(String(PAGE_SIZE));
    expect(await statuses()).toEqual([
      ['Comité porteur — automne', 'held'],
      ['Comité porteur — hiver', 'held'],
      ['Comité porteur — printemps', 'planned'],
    ]);
    expect(await store.calendarSync.get(committee.id)).toMatchObject({ deltaLink: null, nextLink: null });
  });

  it('diffs the next listing with what is stored: changed updated, missing cancelled', async () => {
    serve([
      a,
      { ...c, subject: 'Comité porteur — printemps (salle changée)', location: { displayName: 'Hôtel de ville' } },
    ]);

    const summary = await syncCalendar(deps(), committee);

    expect(summary).toEqual({ created: 0, updated: 1, cancelled: 1, skipped: 0, requests: 1, reset: false });
    expect(await statuses()).toEqual([
      ['Comité porteur — automne', 'held'],
      ['Comité porteur — hiver', 'cancelled'],
      ['Comité porteur — printemps (salle changée)', 'planned'],
    ]);
    expect(await store.calendarSync.seenEventIds(committee.id)).toEqual([]);
  });

  it('changes nothing when nothing changed, in one request when the events fit a page', async () => {
    serve([
      a,
      { ...c, subject: 'Comité porteur — printemps (salle changée)', location: { displayName: 'Hôtel de ville' } },
    ]);

    const summary = await syncCalendar(deps(), committee);

    expect(summary).toEqual({ created: 0, updated: 0, cancelled: 0, skipped: 0, requests: 1, reset: false });
  });
});
