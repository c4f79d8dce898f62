import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setupServer } from 'msw/node';
import type { Committee } from '../../src/domain/committees/committee.js';
import { ensureReferenceCommittees } from '../../src/domain/committees/reference-committees.js';
import { referenceData } from '../../src/domain/reference/reference-data.js';
import { syncWindow } from '../../src/domain/sync/sync-window.js';
import type { CalendarSyncSummary } from '../../src/graph/index.js';
import { createGraphClient, syncCalendar } from '../../src/graph/index.js';
import { DEFAULT_PAGE_SIZE } from '../../src/graph/calendar-requests.js';
import type { Store } from '../../src/store/store.js';
import { createStore } from '../../src/store/store.js';
import type { CalendarTraffic, GeneratedCalendar } from './graph-calendar.js';
import { GRAPH, GRAPH_BASE, GRAPH_TOKEN, generateCalendar, graphDouble } from './graph-calendar.js';
import type { BenchSection } from './harness.js';
import { count, ms, table } from './harness.js';

const EVENTS = 5_000;
const GROUP_EVENTS = 5_000;
/** A fixed clock: the sync window (two fiscal years back, one ahead) and held/planned stay the same. */
const NOW = new Date('2026-02-15T15:00:00Z');
const MAILBOX = 'comite-gestion@ipecn.example';
const GROUP = '02bd9fd6-8f93-4758-87c3-1fb73740a315';

interface Calendar {
  label: string;
  committee: Committee;
  calendarId: string;
  generated: GeneratedCalendar;
}

interface Measured {
  what: string;
  calendar: Calendar;
  round: 'initial' | 'unchanged re-sync';
  summary: CalendarSyncSummary;
  server: CalendarTraffic;
  clientRequests: number;
  timeMs: number;
  pageSize: number | undefined;
  bound: number;
}

/**
 * A reference committee created with its calendar linked, as the coordinator would have set it;
 * `ensureReferenceCommittees` keeps the link.
 */
async function withCalendar(store: Store, slug: string, source: Committee['calendarSource']): Promise<Committee> {
  const definition = referenceData.committees.find((committee) => committee.slug === slug);
  if (!definition) throw new Error(`no reference committee ${slug}`);
  const committee = await store.committees.upsert({
    slug: definition.slug,
    kind: definition.kind,
    name: definition.name,
    description: definition.description,
    teamsConversationId: null,
    teamsChannelId: null,
    calendarSource: source,
    documentFolder: null,
  });
  if (committee.calendarSource?.type !== source?.type || committee.calendarSource?.id !== source?.id) {
    throw new Error(`the committee ${slug} existed before its calendar was linked`);
  }
  return committee;
}

const difference = (after: CalendarTraffic, before: CalendarTraffic): CalendarTraffic => ({
  requests: after.requests - before.requests,
  pageSizes: after.pageSizes.slice(before.pageSizes.length),
  eventPages: after.eventPages - before.eventPages,
  emptyPages: after.emptyPages - before.emptyPages,
  events: after.events - before.events,
});

export const graphSection: BenchSection = {
  name: 'graph',
  summary:
    `Graph requests for an initial calendar sync of ${count(EVENTS)} events and an unchanged re-sync ` +
    `(budget: ≤ ceil(events / page size) + 1, then 1 per calendar)`,
  async run({ log }) {
    const failures: string[] = [];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipecn-bench-graph-'));
    const store = await createStore({ backend: 'sqlite', file: path.join(dir, 'ipecn.sqlite') });
    const window = syncWindow(NOW);
    const server = setupServer();
    try {
      const management = await withCalendar(store, 'comite-de-gestion', { type: 'user', id: MAILBOX });
      const steering = await withCalendar(store, 'comite-porteur', { type: 'group', id: GROUP });
      const committees = await ensureReferenceCommittees(store.committees, referenceData.committees);
      const linked = committees.filter((committee) => committee.calendarSource).map((committee) => committee.slug);
      if (
        committees.length !== referenceData.committees.length ||
        linked.join() !== 'comite-porteur,comite-de-gestion'
      ) {
        throw new Error(`reference committees: ${committees.length}, with a calendar: ${linked.join(', ')}`);
      }
      const calendars: Calendar[] = [
        {
          label: 'mailbox',
          committee: management,
          calendarId: MAILBOX,
          generated: generateCalendar(window, {
            events: EVENTS,
            seed: 20260215,
            tag: 'gestion',
            subject: 'Comité de gestion',
            organizer: { name: 'Coordination IPECN', address: 'coordination@ipecn.example' },
            recurringShare: 0.45,
            allDay: 40,
            longPeriods: 6,
            cancelled: 50,
          }),
        },
        {
          label: 'group',
          committee: steering,
          calendarId: GROUP,
          generated: generateCalendar(window, {
            events: GROUP_EVENTS,
            seed: 20260216,
            tag: 'porteur',
            subject: 'Comité porteur',
            organizer: { name: 'Comité porteur IPECN', address: 'comite-porteur@ipecn.example' },
            recurringShare: 0.35,
            allDay: 30,
            longPeriods: 4,
            cancelled: 40,
          }),
        },
      ];
      const [mailbox, group] = calendars as [Calendar, Calendar];
      for (const calendar of calendars) {
        const { counts, events } = calendar.generated;
        log(
          `${calendar.label} (${calendar.committee.slug}, ${calendar.committee.calendarSource!.type} ${calendar.calendarId}): ` +
            `${count(events.length)} events: ${count(counts.singleInstance)} single, ${count(counts.occurrence)} occurrences ` +
            `and ${count(counts.exception)} exceptions of series, ${count(counts.allDay)} all-day ` +
            `(${count(calendar.generated.expectedSkipped)} longer than a meeting), ${count(counts.cancelled)} cancelled, ` +
            `${count(counts.online)} with a Teams join link; ${count(calendar.generated.expectedMeetings)} meetings expected`,
        );
      }
      log(`window ${window.start.toISOString()} – ${window.end.toISOString()}, now ${NOW.toISOString()}`);

      const double = graphDouble({
        users: { [MAILBOX]: mailbox.generated.events.map((event) => event.json) },
        groups: { [GROUP]: group.generated.events.map((event) => event.json) },
      });
      server.use(...double.handlers);
      server.listen({ onUnhandledRequest: 'error' });
      const graph = createGraphClient(
        { graphBaseUrl: GRAPH_BASE },
        { tokens: { getAccessToken: async () => GRAPH_TOKEN } },
      );
      const deps = { store, graph, now: () => NOW };

      const measured: Measured[] = [];
      const measure = async (calendar: Calendar, round: Measured['round']) => {
        const serverBefore = double.traffic(calendar.calendarId);
        const clientBefore = graph.requests;
        const started = performance.now();
        const summary = await syncCalendar(deps, calendar.committee);
        const timeMs = performance.now() - started;
        const server = difference(double.traffic(calendar.calendarId), serverBefore);
        const sizes = [...new Set(server.pageSizes)];
        const pageSize = sizes.length === 1 ? sizes[0] : undefined;
        const events = calendar.generated.events.length;
        const result: Measured = {
          what: `${calendar.label}, ${round}`,
          calendar,
          round,
          summary,
          server,
          clientRequests: graph.requests - clientBefore,
          timeMs,
          pageSize,
          bound: round === 'initial' ? Math.ceil(events / (pageSize ?? DEFAULT_PAGE_SIZE)) + 1 : 1,
        };
        measured.push(result);
        if (sizes.length !== 1) failures.push(`${result.what}: page sizes ${sizes.join(', ') || 'none'} in one round`);
        else if (pageSize !== DEFAULT_PAGE_SIZE) {
          log(`note: ${result.what}: pages of ${pageSize} served, the client's page size is ${DEFAULT_PAGE_SIZE}`);
        }
        return result;
      };

      const initialMailbox = await measure(mailbox, 'initial');
      const initialGroup = await measure(group, 'initial');
      const resyncMailbox = await measure(mailbox, 'unchanged re-sync');
      const resyncGroup = await measure(group, 'unchanged re-sync');

      log();
      log(
        table(
          [
            'what',
            ' events',
            ' page size',
            ' requests (server)',
            ' requests (client)',
            ' bound',
            'within bound',
            ' time ms',
            ' meetings created',
          ],
          measured.map((m) => [
            m.what,
            count(m.calendar.generated.events.length),
            m.pageSize === undefined ? '?' : count(m.pageSize),
            count(m.server.requests),
            count(m.clientRequests),
            count(m.bound),
            m.server.requests <= m.bound ? 'yes' : 'NO',
            ms(m.timeMs),
            count(m.summary.created),
          ]),
        ),
      );
      log(
        'bound (DESIGN.md §6): initial, ceil(events / page size) + 1 requests per calendar; ' +
          'unchanged re-sync, 1 request per calendar',
      );
      for (const m of measured) {
        const { summary, server } = m;
        log(
          `  ${m.what}: ${count(server.eventPages)} page(s) with events + ${count(server.emptyPages)} empty; ` +
            `${count(server.events)} events served; created ${count(summary.created)}, updated ${count(summary.updated)}, ` +
            `cancelled ${count(summary.cancelled)}, skipped ${count(summary.skipped)}; ` +
            `${summary.requests} request(s) by the run's own counter${summary.reset ? '; the delta state was reset' : ''}`,
        );
      }
      if (resyncGroup.server.requests > resyncGroup.bound) {
        log(
          '  (Graph v1.0 documents no calendarView delta for groups: each run of a group calendar lists the window again, ' +
            'so its unchanged re-sync costs what its initial sync does)',
        );
      }

      // Counts: the server, the client and the run must agree, and the store must hold what the rules say.
      for (const m of measured) {
        if (m.server.requests !== m.clientRequests || m.clientRequests !== m.summary.requests) {
          failures.push(
            `${m.what}: the server saw ${m.server.requests} requests, the client counted ${m.clientRequests}, ` +
              `the run reported ${m.summary.requests}`,
          );
        }
        if (m.summary.reset) failures.push(`${m.what}: the delta state was reset`);
      }
      for (const m of [initialMailbox, initialGroup]) {
        const expected = {
          created: m.calendar.generated.expectedMeetings,
          updated: 0,
          cancelled: 0,
          skipped: m.calendar.generated.expectedSkipped,
        };
        const got = {
          created: m.summary.created,
          updated: m.summary.updated,
          cancelled: m.summary.cancelled,
          skipped: m.summary.skipped,
        };
        if (JSON.stringify(got) !== JSON.stringify(expected)) {
          failures.push(`${m.what}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
        }
        if (m.server.events !== m.calendar.generated.events.length) {
          failures.push(`${m.what}: ${m.server.events} events served of ${m.calendar.generated.events.length}`);
        }
      }
      for (const m of [resyncMailbox, resyncGroup]) {
        const { created, updated, cancelled } = m.summary;
        if (created !== 0 || updated !== 0 || cancelled !== 0) {
          failures.push(`${m.what}: created ${created}, updated ${updated}, cancelled ${cancelled}; expected none`);
        }
      }
      for (const calendar of calendars) {
        const meetings = await store.meetings.list({ committeeId: calendar.committee.id });
        const { expectedMeetings, events } = calendar.generated;
        const online = events.filter((event) => event.expected === 'meeting' && event.online).length;
        const problems = [
          meetings.length !== expectedMeetings && `${meetings.length} meetings, expected ${expectedMeetings}`,
          meetings.some((meeting) => meeting.status === 'cancelled') && 'some meetings are cancelled',
          new Set(meetings.map((meeting) => meeting.graphEventId)).size !== meetings.length &&
            'two meetings share an event id',
          meetings.filter((meeting) => meeting.onlineJoinUrl).length !== online &&
            `${meetings.filter((meeting) => meeting.onlineJoinUrl).length} meetings with a join link, expected ${online}`,
          meetings.some((meeting) => meeting.kind !== calendar.committee.kind) && 'meetings of another kind',
        ].filter((problem): problem is string => typeof problem === 'string');
        for (const problem of problems) failures.push(`${calendar.label} store: ${problem}`);
        const state = await store.calendarSync.get(calendar.committee.id);
        const wantsDelta = calendar.committee.calendarSource!.type === 'user';
        if (!state || state.nextLink !== null || (state.deltaLink !== null) !== wantsDelta || state.lastErrorCode) {
          failures.push(`${calendar.label}: sync state ${JSON.stringify(state)}`);
        }
        log(
          `${calendar.label} store: ${count(meetings.length)} meetings of ${calendar.committee.slug} ` +
            `(${count(meetings.filter((meeting) => meeting.status === 'held').length)} held, ` +
            `${count(meetings.filter((meeting) => meeting.status === 'planned').length)} planned)`,
        );
      }
      if (double.problems.length > 0) {
        failures.push(
          `the Graph double refused ${double.problems.length} request(s), first: ${double.problems[0]} (${GRAPH})`,
        );
      }
    } finally {
      server.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return { failures };
  },
};
