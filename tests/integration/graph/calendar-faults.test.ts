import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../../../src/domain/committees/committee.js';
import { syncAllCalendars, syncCalendar } from '../../../src/graph/calendar-sync.js';
import { GraphAuthError, GraphNetworkError } from '../../../src/graph/errors.js';
import { createAppGraph } from '../../../src/graph/index.js';
import type { Store } from '../../../src/store/store.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';
import {
  at,
  committeeWithCalendar,
  deltaKey,
  deltaUrl,
  fixture,
  graphError,
  graphEvent,
  GRAPH,
  GRAPH_BASE,
  mswServer,
  page,
  testGraph,
} from './graph-kit.js';

const NOW = new Date('2026-02-15T15:00:00Z');
const TENANT = '22222222-2222-4222-8222-222222222222';

describe.each(backends)('calendar sync faults on %s', (backend) => {
  const server = mswServer();
  let testStore: TestStore;
  let store: Store;
  let counter = 0;

  /** A fresh committee on its own mailbox, and a handler for its delta requests. */
  async function calendar(pages: Record<string, (request: Request) => Response>) {
    const mailbox = `comite-${++counter}@ipecn.example`;
    const committee = await committeeWithCalendar(store, { type: 'user', id: mailbox });
    const hits: Record<string, number> = {};
    server.use(
      http.get(`${GRAPH}/users/:user/calendarView/delta`, ({ request, params }) => {
        if (params.user !== mailbox) return undefined;
        const key = deltaKey(request);
        hits[key] = (hits[key] ?? 0) + 1;
        const respond = pages[key];
        if (!respond) throw new Error(`unexpected delta request ${request.url}`);
        return respond(request);
      }),
    );
    return { mailbox, committee, hits };
  }

  const titles = async (committee: Committee) =>
    (await store.meetings.list({ committeeId: committee.id })).map((m) => [m.title, m.status]);

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
  });
  afterAll(async () => testStore?.dispose());

  it('honours Retry-After on 429', async () => {
    const event = graphEvent({ subject: 'Après la limitation', ...at('2026-03-03T17:00:00Z') });
    let throttled = false;
    const { mailbox, committee } = await calendar({
      initial: () => {
        if (throttled) return page([event], { delta: deltaUrl(mailbox, { delta: 'a' }) });
        throttled = true;
        return graphError(429, 'error-too-many-requests', { 'Retry-After': '3' });
      },
    });
    const { graph, sleeps } = testGraph();

    const summary = await syncCalendar({ store, graph, now: () => NOW }, committee);

    expect(sleeps).toEqual([3000]);
    expect(summary).toMatchObject({ created: 1, requests: 2 });
  });

  it('backs off on 503 without Retry-After, then succeeds', async () => {
    const event = graphEvent({ subject: 'Après la panne', ...at('2026-03-03T17:00:00Z') });
    let failures = 0;
    const { mailbox, committee } = await calendar({
      initial: () =>
        failures++ < 2
          ? HttpResponse.json(
              { error: { code: 'ServiceUnavailable', message: 'Service Unavailable' } },
              { status: 503 },
            )
          : page([event], { delta: deltaUrl(mailbox, { delta: 'b' }) }),
    });
    const { graph, sleeps } = testGraph();

    const summary = await syncCalendar({ store, graph, now: () => NOW }, committee);

    // Exponential: half of 1 s, then half of 2 s (the jitter is 0 in tests).
    expect(sleeps).toEqual([500, 1000]);
    expect(summary).toMatchObject({ created: 1, requests: 3 });
  });

  it('resets the delta on 410 syncStateNotFound and reads the window again without duplicates', async () => {
    const kept = graphEvent({ subject: 'Toujours là', ...at('2026-01-13T17:00:00Z') });
    const deleted = graphEvent({ subject: 'Supprimé pendant l’oubli', ...at('2026-01-20T17:00:00Z') });
    const added = graphEvent({ subject: 'Ajouté pendant l’oubli', ...at('2026-03-10T17:00:00Z') });
    let round = 1;
    const { mailbox, committee, hits } = await calendar({
      initial: () =>
        round === 1
          ? page([kept, deleted], { delta: deltaUrl(mailbox, { delta: 'old' }) })
          : page([kept, added], { delta: deltaUrl(mailbox, { delta: 'new' }) }),
      old: () => graphError(410, 'error-sync-state-not-found'),
    });
    const { graph } = testGraph();
    await syncCalendar({ store, graph, now: () => NOW }, committee);
    round = 2;

    const summary = await syncCalendar({ store, graph, now: () => NOW }, committee);

    expect(summary).toEqual({ created: 1, updated: 0, cancelled: 1, skipped: 0, requests: 2, reset: true });
    expect(hits).toEqual({ initial: 2, old: 1 });
    expect(await titles(committee)).toEqual([
      ['Toujours là', 'held'],
      ['Supprimé pendant l’oubli', 'cancelled'],
      ['Ajouté pendant l’oubli', 'planned'],
    ]);
    expect((await store.calendarSync.get(committee.id))!.deltaLink).toBe(deltaUrl(mailbox, { delta: 'new' }));
  });

  it('keeps the paging checkpoint: a run that fails between pages resumes there', async () => {
    const first = graphEvent({ subject: 'Page 1', ...at('2026-01-13T17:00:00Z') });
    const second = graphEvent({ subject: 'Page 2', ...at('2026-01-20T17:00:00Z') });
    let down = true;
    const { mailbox, committee, hits } = await calendar({
      initial: () => page([first], { next: deltaUrl(mailbox, { skip: 'p2' }) }),
      p2: () => (down ? HttpResponse.error() : page([second], { delta: deltaUrl(mailbox, { delta: 'done' }) })),
    });
    const { graph, sleeps } = testGraph({ maxAttempts: 3 });

    await expect(syncCalendar({ store, graph, now: () => NOW }, committee)).rejects.toBeInstanceOf(GraphNetworkError);
    expect(sleeps).toHaveLength(2);
    expect(await titles(committee)).toEqual([['Page 1', 'held']]);
    expect(await store.calendarSync.get(committee.id)).toMatchObject({
      nextLink: deltaUrl(mailbox, { skip: 'p2' }),
      deltaLink: null,
      fullRound: true,
      lastErrorCode: 'graphNetwork',
      lastSuccessAt: null,
    });

    down = false;
    const summary = await syncCalendar({ store, graph, now: () => NOW }, committee);

    expect(summary).toMatchObject({ created: 1, cancelled: 0, requests: 1 });
    expect(hits).toEqual({ initial: 1, p2: 4 });
    expect(await titles(committee)).toEqual([
      ['Page 1', 'held'],
      ['Page 2', 'held'],
    ]);
    expect(await store.calendarSync.get(committee.id)).toMatchObject({
      nextLink: null,
      deltaLink: deltaUrl(mailbox, { delta: 'done' }),
      lastErrorCode: null,
      lastSuccessAt: NOW.toISOString(),
    });
  });

  it('stops on a refused token with a clear error, before anything is sent or changed', async () => {
    const event = graphEvent({ subject: 'Avant le secret expiré', ...at('2026-01-13T17:00:00Z') });
    const { mailbox, committee, hits } = await calendar({
      initial: () => page([event], { delta: deltaUrl(mailbox, { delta: 'kept' }) }),
    });
    await syncCalendar({ store, graph: testGraph().graph, now: () => NOW }, committee);
    const before = await store.meetings.list({ committeeId: committee.id });
    server.use(
      http.post(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`, () =>
        HttpResponse.json(fixture('token-invalid-client'), { status: 401 }),
      ),
    );
    const { graph } = createAppGraph({
      graphBaseUrl: GRAPH_BASE,
      entra: {
        clientId: '11111111-1111-4111-8111-111111111111',
        clientSecret: 'expired-secret',
        tenantId: TENANT,
        authorityHost: 'https://login.microsoftonline.com',
      },
    });

    const failure = await syncCalendar({ store, graph, now: () => NOW }, committee).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GraphAuthError);
    expect(failure).toMatchObject({ aadsts: 'AADSTS7000215', reason: 'invalid_client' });
    expect((failure as Error).message).toMatch(
      /^Microsoft Entra ID refused the token request \(invalid_client\): AADSTS7000215: Invalid client secret provided\./,
    );
    expect(hits).toEqual({ initial: 1 });
    expect(await store.meetings.list({ committeeId: committee.id })).toEqual(before);
    expect(await store.calendarSync.get(committee.id)).toMatchObject({
      deltaLink: deltaUrl(mailbox, { delta: 'kept' }),
      lastErrorCode: 'graphAuth',
      lastErrorMessage: expect.stringContaining('AADSTS7000215'),
    });
  });

  it('does not let a failed calendar stop the others, and records its error', async () => {
    const refused = await calendar({ initial: () => graphError(403, 'error-access-denied') });
    const working = await calendar({
      initial: () => page([graphEvent({ ...at('2026-03-03T17:00:00Z') })], { delta: deltaUrl('x', { delta: 'y' }) }),
    });
    const seen: string[] = [];

    const outcomes = await syncAllCalendars(
      { store, graph: testGraph().graph, now: () => NOW },
      [refused.committee, working.committee],
      (outcome) => seen.push(`${outcome.slug}:${outcome.ok}`),
    );

    expect(outcomes).toEqual([
      {
        committeeId: refused.committee.id,
        slug: refused.committee.slug,
        ok: false,
        error: {
          code: 'ErrorAccessDenied',
          message: expect.stringContaining('Access is denied. Check credentials and try again.'),
        },
      },
      {
        committeeId: working.committee.id,
        slug: working.committee.slug,
        ok: true,
        summary: { created: 1, updated: 0, cancelled: 0, skipped: 0, requests: 1, reset: false },
      },
    ]);
    expect(seen).toEqual([`${refused.committee.slug}:false`, `${working.committee.slug}:true`]);
    expect(await store.calendarSync.get(refused.committee.id)).toMatchObject({
      lastErrorCode: 'ErrorAccessDenied',
      lastErrorAt: NOW.toISOString(),
      deltaLink: null,
    });
  });
});
