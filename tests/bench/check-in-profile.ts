import { Session } from 'node:inspector/promises';
import SQLite from 'better-sqlite3';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import type { Store } from '../../src/store/store.js';
import type { BurstSetup } from '../support/check-in-burst.js';
import { prepareCheckInBurst } from '../support/check-in-burst.js';
import type { ClientReply } from './check-in-client.js';
import { count, ms, table } from './harness.js';

/**
 * Where a check-in's time goes in the app, from three instrumented runs after the measured ones (their
 * figures are a little slower than the measured ones, and are only compared with each other):
 *  - one check-in at a time, each repository call timed and put under the step of
 *    bot/conversation/attendance.ts that makes it (actorOf, meetingOfConversation, checkIn, attendanceCardFor);
 *  - a burst with every SQLite statement timed (SQLite runs on the event loop: its time is nobody else's);
 *  - a burst under the CPU profiler, self time by package and by function (when a budget is missed).
 */

export interface ProfileInput {
  store: Store;
  url: string;
  burstSize: number;
  client: {
    burst(url: string, bodies: string[]): Promise<ClientReply>;
    serial(url: string, bodies: string[]): Promise<ClientReply>;
  };
  bodiesFor(meeting: Meeting, people: BurstSetup['people']): string[];
  rowProblems(what: string, store: Store, meeting: Meeting, people: BurstSetup['people']): Promise<string[]>;
  failures: string[];
  cpuProfile: boolean;
  log(line?: string): void;
}

/** Which step of onCheckIn calls which repository method (bot/conversation/attendance.ts, bot-context.ts). */
const STEP_OF: Record<string, string> = {
  'people.findByEntraId': 'actorOf',
  'people.create': 'actorOf',
  'people.update': 'actorOf',
  'committees.committeesOf': 'actorOf',
  'meetings.get': 'meetingOfConversation',
  'conversationLinks.get': 'meetingOfConversation',
  'attendance.record': 'checkIn',
  'attendance.list': 'attendanceCardFor',
  'committees.get': 'attendanceCardFor',
  'committees.members': 'attendanceCardFor',
  'people.teamsUserIds': 'attendanceCardFor',
  'minutes.openActionItems': 'attendanceCardFor',
};
const STEP_ORDER = ['actorOf', 'meetingOfConversation', 'checkIn', 'attendanceCardFor'];

interface Tally {
  calls: number;
  ms: number;
}

function add(tallies: Map<string, Tally>, key: string, elapsed: number) {
  const tally = tallies.get(key) ?? { calls: 0, ms: 0 };
  tally.calls++;
  tally.ms += elapsed;
  tallies.set(key, tally);
}

/** Times every call of the store's repositories, from the call to its promise settling. */
function timeRepositories(store: Store) {
  const tallies = new Map<string, Tally>();
  const names = ['people', 'committees', 'meetings', 'conversationLinks', 'attendance', 'minutes'] as const;
  const originals = names.map((name) => [name, store[name]] as const);
  for (const [name, repository] of originals) {
    const proxy = new Proxy(repository as object, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const started = performance.now();
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (!(result instanceof Promise)) return result;
          return result.finally(() => add(tallies, `${name}.${String(property)}`, performance.now() - started));
        };
      },
    });
    Object.assign(store, { [name]: proxy });
  }
  return {
    tallies,
    stop() {
      for (const [name, repository] of originals) Object.assign(store, { [name]: repository });
    },
  };
}

/** One label per statement shape: parameter lists and OR-ed key pairs folded. */
function statementShape(source: string): string {
  return source
    .replace(/\((\?, )+\?\)/g, '(?, …)')
    .replace(
      /(\(\("meeting_id" = \? and "person_id" = \?\)( or )?)+\)/g,
      '(("meeting_id" = ? and "person_id" = ?) or …)',
    )
    .replace(/\s+/g, ' ');
}

interface StatementPrototype {
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown;
  get(...args: unknown[]): unknown;
  source: string;
}

/** Times every SQLite statement of the process (better-sqlite3 is synchronous: this is event-loop time). */
function timeStatements() {
  const tallies = new Map<string, Tally>();
  const probe = new SQLite(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('select 1')) as StatementPrototype;
  probe.close();
  const database = SQLite.prototype as unknown as { prepare(source: string): unknown };
  const saved = { run: statement.run, all: statement.all, get: statement.get, prepare: database.prepare };
  for (const method of ['run', 'all', 'get'] as const) {
    const original = saved[method];
    statement[method] = function (this: StatementPrototype, ...args: unknown[]) {
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        add(tallies, statementShape(this.source), performance.now() - started);
      }
    };
  }
  database.prepare = function (this: unknown, source: string) {
    const started = performance.now();
    try {
      return saved.prepare.call(this, source);
    } finally {
      add(tallies, '(preparing the statements: each query is prepared anew)', performance.now() - started);
    }
  };
  return {
    tallies,
    stop() {
      Object.assign(statement, { run: saved.run, all: saved.all, get: saved.get });
      database.prepare = saved.prepare;
    },
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const SQLITE_AREA = 'SQLite: better-sqlite3 native, with kysely executeQuery';

/** The package, or folder of this repository, a profiled function belongs to. */
function areaOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  // better-sqlite3's native work (stepping, building row objects) is mostly charged to its JS caller.
  if (functionName === 'executeQuery' && url.endsWith('dialect/sqlite/sqlite-driver.js')) return SQLITE_AREA;
  if (!url) {
    if (['run', 'all', 'get', 'prepare', 'Statement'].includes(functionName)) return SQLITE_AREA;
    return functionName || '(native)';
  }
  const inModules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) return inModules[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const inRepository = url.match(/\/(src\/[^/]+|bot\/[^/]+|tests\/[^/]+)/);
  if (inRepository) return inRepository[1]!;
  return url;
}

async function cpuProfileOf<T>(work: () => Promise<T>) {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = await session.post('Profiler.stop');
    return { result, profile: profile as { nodes: ProfileNode[]; startTime: number; endTime: number } };
  } finally {
    session.disconnect();
  }
}

function selfTimes(profile: { nodes: ProfileNode[]; startTime: number; endTime: number }) {
  const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const msPerHit = (profile.endTime - profile.startTime) / 1000 / Math.max(1, hits);
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const spent = (node.hitCount ?? 0) * msPerHit;
    if (spent === 0) continue;
    byArea.set(areaOf(node.callFrame), (byArea.get(areaOf(node.callFrame)) ?? 0) + spent);
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^.*?\/(node_modules|src|bot|tests)\//, '$1/')}:${lineNumber + 1}` : '';
    const name = `${functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + spent);
  }
  const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return {
    total: (profile.endTime - profile.startTime) / 1000,
    byArea: sorted(byArea),
    byFunction: sorted(byFunction),
  };
}

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

export async function profileCheckIns(input: ProfileInput): Promise<void> {
  const { store, url, burstSize, client, log } = input;
  log('where the time goes in the app (instrumented runs, after the measured ones):');

  // 1. One check-in at a time: each repository call under its step.
  {
    const setup = await prepareCheckInBurst(store, burstSize);
    const repositories = timeRepositories(store);
    let reply: ClientReply;
    try {
      reply = await client.serial(url, input.bodiesFor(setup.meeting, setup.people));
    } finally {
      repositories.stop();
    }
    input.failures.push(...(await input.rowProblems('one at a time', store, setup.meeting, setup.people)));
    const n = reply.results.length;
    const latency = reply.results.reduce((sum, result) => sum + result.latencyMs, 0) / n;
    const rows = [...repositories.tallies.entries()]
      .map(([call, tally]) => ({ call, step: STEP_OF[call] ?? 'other', ...tally }))
      .sort((a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) || b.ms - a.ms);
    const inStore = rows.reduce((sum, row) => sum + row.ms, 0) / n;
    log();
    log(
      `one check-in at a time: ${count(n)} people new to the bot, a fresh meeting (its attendance grows from 0 to ` +
        `${count(n)} rows); mean latency ${ms(latency)} ms`,
    );
    log(
      table(
        ['step', 'repository call', ' calls per check-in', ' ms per check-in', ' of the latency'],
        [
          ...rows.map((row) => [
            row.step,
            row.call,
            (row.calls / n).toFixed(2),
            (row.ms / n).toFixed(3),
            percent(row.ms / n, latency),
          ]),
          ['', 'all repository calls', '', inStore.toFixed(3), percent(inStore, latency)],
          [
            '',
            'the rest: HTTP, express, botbuilder, parsing, card, JSON',
            '',
            (latency - inStore).toFixed(3),
            percent(latency - inStore, latency),
          ],
        ],
      ),
    );
  }

  // 2. A burst with every SQLite statement timed.
  {
    const setup = await prepareCheckInBurst(store, burstSize);
    const statements = timeStatements();
    let reply: ClientReply;
    try {
      reply = await client.burst(url, input.bodiesFor(setup.meeting, setup.people));
    } finally {
      statements.stop();
    }
    input.failures.push(...(await input.rowProblems('burst, statements timed', store, setup.meeting, setup.people)));
    const n = reply.results.length;
    const rows = [...statements.tallies.entries()].sort((a, b) => b[1].ms - a[1].ms);
    const inSqlite = rows.reduce((sum, [, tally]) => sum + tally.ms, 0);
    log();
    log(
      `a burst of ${count(n)} (new people, fresh meeting), every SQLite statement timed: ${ms(reply.elapsedMs)} ms, ` +
        `of which ${ms(inSqlite)} ms in SQLite (${percent(inSqlite, reply.elapsedMs)})`,
    );
    log(
      table(
        ['statement', ' calls', ' per check-in', ' total ms', ' of the burst'],
        rows.map(([shape, tally]) => [
          shape.length > 110 ? `${shape.slice(0, 109)}…` : shape,
          count(tally.calls),
          (tally.calls / n).toFixed(2),
          ms(tally.ms),
          percent(tally.ms, reply.elapsedMs),
        ]),
      ),
    );
  }

  // 3. A burst under the CPU profiler.
  if (!input.cpuProfile) return;
  {
    const setup = await prepareCheckInBurst(store, burstSize);
    const { result: reply, profile } = await cpuProfileOf(() =>
      client.burst(url, input.bodiesFor(setup.meeting, setup.people)),
    );
    input.failures.push(...(await input.rowProblems('burst, CPU profile', store, setup.meeting, setup.people)));
    const times = selfTimes(profile);
    log();
    log(
      `a burst of ${count(reply.results.length)} under the CPU profiler (this process: both servers): ` +
        `${ms(reply.elapsedMs)} ms; self time by package or folder:`,
    );
    log(
      table(
        ['where', ' self ms', ' of the profile'],
        times.byArea.slice(0, 16).map(([area, spent]) => [area, ms(spent), percent(spent, times.total)]),
      ),
    );
    log();
    log('the functions with the most self time:');
    log(
      table(
        ['function', ' self ms', ' of the profile'],
        times.byFunction.slice(0, 20).map(([name, spent]) => [name, ms(spent), percent(spent, times.total)]),
      ),
    );
  }
}
