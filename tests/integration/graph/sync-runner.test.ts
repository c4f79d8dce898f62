import { http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressLine, summaryTable } from '../../../src/cli/sync-command.js';
import type { Committee } from '../../../src/domain/committees/committee.js';
import { runSync, type SyncProgress } from '../../../src/graph/sync-runner.js';
import type { Store } from '../../../src/store/store.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';
import { at, committeeWithCalendar, graphError, graphEvent, GRAPH, mswServer, page, testGraph } from './graph-kit.js';

const NOW = new Date('2026-02-15T15:00:00Z');

/** One sync of every committee: calendars, past meetings counted as held, failures kept per committee. */
describe.each(backends)('the sync run on %s', (backend) => {
  const server = mswServer();
  let testStore: TestStore;
  let store: Store;
  let mailboxCommittee: Committee;
  let groupCommittee: Committee;
  const { graph } = testGraph({ maxAttempts: 2 });
  const progress: SyncProgress[] = [];

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
    mailboxCommittee = await committeeWithCalendar(store, { type: 'user', id: 'comite@ipecn.example' });
    groupCommittee = await committeeWithCalendar(store, { type: 'group', id: '02bd9fd6-8f93-4758-87c3-1fb73740a315' });
  });
  afterAll(async () => testStore?.dispose());

  it('syncs each calendar, marks its past meetings held, and records a failing calendar without stopping', async () => {
    const past = graphEvent({
      subject: 'Comité — janvier',
      ...at('2026-01-13T18:00:00Z'),
      isOnlineMeeting: false,
      onlineMeeting: null,
    });
    const coming = graphEvent({ subject: 'Comité — mars', ...at('2026-03-17T17:00:00Z') });
    const delta = `${GRAPH}/users/comite@ipecn.example/calendarView/delta?$deltatoken=d1`;
    server.use(
      http.get(`${GRAPH}/users/:user/calendarView/delta`, ({ request }) =>
        new URL(request.url).searchParams.get('$deltatoken') === 'd1'
          ? page([], { delta })
          : page([past, coming], { delta }),
      ),
      http.get(`${GRAPH}/groups/:group/calendarView`, () => graphError(403, 'error-access-denied')),
    );
    const deps = (now: Date) => ({
      store,
      graph,
      now: () => now,
      fiscalYearStart: { month: 4, day: 1 },
      tenantId: null,
    });
    // In January both meetings are ahead; a month later the calendar has not changed, but January's took place.
    await runSync(deps(new Date('2026-01-05T15:00:00Z')));
    const runs = await runSync(deps(NOW), (p) => progress.push(p));
    const byCommittee = new Map(runs.map((run) => [run.committeeId, run]));
    expect(byCommittee.get(mailboxCommittee.id)).toMatchObject({
      ok: true,
      summary: { created: 0, updated: 0, held: 1, requests: 1 },
      error: null,
    });
    expect(byCommittee.get(groupCommittee.id)).toMatchObject({ ok: false, error: { code: expect.any(String) } });
    const meetings = await store.meetings.list({ committeeId: mailboxCommittee.id });
    expect(meetings.map((m) => [m.title, m.status])).toEqual([
      ['Comité — janvier', 'held'],
      ['Comité — mars', 'planned'],
    ]);
    expect((await store.syncRuns.list()).map((run) => run.ok).sort()).toEqual([false, true]);
  });

  it('reports progress per committee and a readable summary', () => {
    expect(progress.map((p) => p.step)).toEqual(expect.arrayContaining(['calendar', 'attendance', 'done']));
    const last = progress.at(-1)!;
    expect(progressLine(last)).toMatch(/^\[#{20}\] 2\/2 comite-graph-\d+ — terminé$/);
    const table = summaryTable(
      progress.filter((p) => p.run).map((p) => p.run!),
      (id) => (id === mailboxCommittee.id ? mailboxCommittee.slug : groupCommittee.slug),
    );
    expect(table).toContain('présences importées');
    expect(table).toMatch(new RegExp(`${mailboxCommittee.slug}\\s+0\\s+0\\s+0\\s+1\\s`));
    expect(table).toContain('ErrorAccessDenied');
  });
});
