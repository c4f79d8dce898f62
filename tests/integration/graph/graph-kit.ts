import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Committee } from '../../../src/domain/committees/committee.js';
import type { CommitteeKind } from '../../../src/domain/shared/vocabulary.js';
import type { GraphApi } from '../../../src/graph/graph-client.js';
import { createGraphClient } from '../../../src/graph/graph-client.js';
import type { Store } from '../../../src/store/store.js';

/** Graph test doubles: documentation-shaped payloads served by msw; anything unexpected fails the test. */

export const GRAPH_BASE = 'https://graph.microsoft.com';
export const GRAPH = `${GRAPH_BASE}/v1.0`;
export const TOKEN = 'test-access-token';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/graph');

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as T;
}

export function mswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export type GraphEventJson = Record<string, unknown> & { id: string };
let eventCounter = 0;

/**
 * An event shaped as the documentation shows it (a Teams meeting), with the given changes. Each call
 * gets its own id and iCalUId unless told otherwise.
 */
export function graphEvent(overrides: Record<string, unknown> = {}): GraphEventJson {
  const n = String(++eventCounter).padStart(4, '0');
  const base = fixture('event-teams-meeting');
  return {
    ...base,
    id: `AAMkAGI5MWY5ZmUyLTljYTctNDI1YS1iODBhLTA4NTcyNWJlZDEwZQBGAAAAAAB-${n}AAA=`,
    iCalUId: `040000008200E00074C5B7101A82E00800000000D3D70B8A6A17D70100000000000000001000000074665914A06C3F49BB4B7D7EEE43${n}`,
    ...overrides,
  } as GraphEventJson;
}

/** Start and end in UTC, as Graph writes them when asked with `Prefer: outlook.timezone="UTC"`. */
export function at(startUtc: string, hours = 2) {
  const start = new Date(startUtc);
  const end = new Date(start.getTime() + hours * 3600_000);
  const wall = (d: Date) => `${d.toISOString().slice(0, 19)}.0000000`;
  return { start: { dateTime: wall(start), timeZone: 'UTC' }, end: { dateTime: wall(end), timeZone: 'UTC' } };
}

export function removed(id: string) {
  return { '@odata.type': '#microsoft.graph.event', id, '@removed': { reason: 'deleted' } };
}

export function page(value: unknown[], links: { next?: string; delta?: string } = {}) {
  return HttpResponse.json({
    '@odata.context': `${GRAPH}/$metadata#Collection(event)`,
    ...(links.next ? { '@odata.nextLink': links.next } : {}),
    ...(links.delta ? { '@odata.deltaLink': links.delta } : {}),
    value,
  });
}

export function graphError(status: number, name: string, headers: Record<string, string> = {}) {
  return HttpResponse.json(fixture(name), { status, headers });
}

/** The key of a calendarView/delta request: its state token, or `initial`. */
export function deltaKey(request: Request): string {
  const params = new URL(request.url).searchParams;
  return params.get('$skiptoken') ?? params.get('$deltatoken') ?? 'initial';
}

export const deltaUrl = (user: string, token: { skip?: string; delta?: string }) =>
  `${GRAPH}/users/${user}/calendarView/delta?${token.skip ? `$skiptoken=${token.skip}` : `$deltatoken=${token.delta}`}`;

export interface TestGraph {
  graph: GraphApi;
  sleeps: number[];
}

export function testGraph(options: { maxAttempts?: number; baseUrl?: string } = {}): TestGraph {
  const sleeps: number[] = [];
  const graph = createGraphClient(
    { graphBaseUrl: options.baseUrl ?? GRAPH_BASE },
    {
      tokens: { getAccessToken: async () => TOKEN },
      retry: {
        sleep: async (ms) => void sleeps.push(ms),
        random: () => 0,
        maxAttempts: options.maxAttempts ?? 4,
        now: () => new Date('2026-02-15T15:00:00Z'),
      },
    },
  );
  return { graph, sleeps };
}

let committeeCounter = 0;

export async function committeeWithCalendar(
  store: Store,
  source: Committee['calendarSource'],
  kind: CommitteeKind = 'management',
): Promise<Committee> {
  const n = ++committeeCounter;
  return store.committees.upsert({
    slug: `comite-graph-${n}`,
    kind,
    name: { fr: `Comité de gestion ${n}`, en: `Management committee ${n}` },
    description: { fr: 'Comité synchronisé', en: 'Synced committee' },
    teamsConversationId: null,
    teamsChannelId: null,
    calendarSource: source,
    documentFolder: null,
  });
}
