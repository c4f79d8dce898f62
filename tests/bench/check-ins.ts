import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { loadConfig } from '../../src/config.js';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import type { Logger } from '../../src/server.js';
import { createApp } from '../../src/server.js';
import type { Database } from '../../src/store/schema.js';
import type { Store } from '../../src/store/store.js';
import { createStore } from '../../src/store/store.js';
import type { BurstSetup } from '../support/check-in-burst.js';
import { checkInActivity, prepareCheckInBurst } from '../support/check-in-burst.js';
import { CARD_CONTENT_TYPE, listenOnLoopback, startBareBot } from './bare-bot.js';
import type { ListeningServer } from './bare-bot.js';
import type { ClientReply, ClientRequest, ClientResult } from './check-in-client.js';
import { profileCheckIns } from './check-in-profile.js';
import type { BenchSection } from './harness.js';
import { count, ms, percentile, summarise, table } from './harness.js';

const BURST = 300;
const BURST_ROUNDS = 5;
const BURST_BUDGET_RATIO = 2;
const STEADY_RATE = 100;
const STEADY_SECONDS = 10;
const STEADY_P99_BUDGET_MS = 25;
/** The Bot Connector address the activities carry; an invoke is answered in its HTTP response, never there. */
const SERVICE_URL = 'http://127.0.0.1:9/';

/** The load generator in its own process: see check-in-client.ts. */
class LoadClient {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<
    number,
    { resolve: (reply: ClientReply) => void; reject: (error: Error) => void }
  >();
  private next = 1;

  constructor() {
    // Forked with this process's execArgv, so the TypeScript loader that runs the bench runs the client too.
    this.child = fork(new URL('./check-in-client.ts', import.meta.url), { stdio: 'inherit' });
    this.child.on('message', (reply: ClientReply) => {
      this.waiting.get(reply.id)?.resolve(reply);
      this.waiting.delete(reply.id);
    });
    this.child.on('exit', (code) => {
      for (const { reject } of this.waiting.values()) reject(new Error(`the load client exited (${code})`));
      this.waiting.clear();
    });
  }

  private request(request: Extract<ClientRequest, { id: number }>): Promise<ClientReply> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.child.send(request);
    });
  }

  burst(url: string, bodies: string[]) {
    return this.request({ id: this.next++, kind: 'burst', url, bodies });
  }

  serial(url: string, bodies: string[]) {
    return this.request({ id: this.next++, kind: 'serial', url, bodies });
  }

  steady(url: string, bodies: string[], intervalMs: number) {
    return this.request({ id: this.next++, kind: 'steady', url, bodies, intervalMs });
  }

  async close() {
    if (this.child.exitCode !== null || !this.child.connected) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ kind: 'exit' } satisfies ClientRequest);
    await exited;
  }
}

/** One group commit of the attendance repository: how many check-ins it wrote, and how long it took. */
export interface GroupCommit {
  size: number;
  /** From the flush asking for a transaction to getting the connection. */
  waitMs: number;
  /** From getting the connection to the commit returning (writes and fsync). */
  holdMs: number;
}

/**
 * Observes the attendance repository's group commits from outside: check-ins handed to `record` are
 * counted, and each transaction opened while some wait takes the next batch (FIFO, at most 500).
 */
function observeGroupCommits(store: Store): GroupCommit[] {
  const commits: GroupCommit[] = [];
  let waiting = 0;
  const attendance = store.attendance;
  store.attendance = {
    ...attendance,
    record(row) {
      waiting++;
      return attendance.record(row);
    },
  };
  const db = store.connection.db as Kysely<Database> & { transaction: Kysely<Database>['transaction'] };
  const transaction = db.transaction.bind(db);
  db.transaction = () => {
    const builder = transaction();
    if (waiting === 0) return builder;
    const size = Math.min(waiting, 500);
    waiting -= size;
    const execute = builder.execute.bind(builder);
    return Object.assign(Object.create(builder) as typeof builder, {
      async execute<T>(work: Parameters<typeof execute<T>>[0]): Promise<T> {
        const asked = performance.now();
        let acquired = asked;
        try {
          return await execute<T>((trx) => {
            acquired = performance.now();
            return work(trx);
          });
        } finally {
          commits.push({ size, waitMs: acquired - asked, holdMs: performance.now() - acquired });
        }
      },
    });
  };
  return commits;
}

interface AppUnderTest {
  url: string;
  store: Store;
  commits: GroupCommit[];
  close(): Promise<void>;
}

/** The real app (`createApp`) on a fresh SQLite store in a temporary folder, on a loopback port. */
async function startApp(logger: Logger): Promise<AppUnderTest> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipecn-bench-check-ins-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PORT: '0' });
  const store = await createStore({ backend: 'sqlite', file: path.join(dataDir, 'ipecn.sqlite') });
  const commits = observeGroupCommits(store);
  const { app } = await createApp({ config, store, log: logger });
  const server: ListeningServer = await listenOnLoopback(app);
  return {
    url: server.url,
    store,
    commits,
    async close() {
      await server.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function bodiesFor(meeting: Meeting, people: BurstSetup['people']): string[] {
  return people.map((person) => JSON.stringify(checkInActivity(meeting.id, person, SERVICE_URL)));
}

/** A second meeting of the same committee in the same conversation, for the same people to check in again. */
async function nextMeeting(store: Store, setup: BurstSetup): Promise<Meeting> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = setup.meeting;
  return store.meetings.create({ ...fields, title: `${fields.title} (suite)` });
}

interface InvokeBody {
  statusCode?: number;
  type?: string;
  value?: { type?: string; body?: { type?: string; color?: string }[] };
}

/**
 * What is wrong with the answers: each must be a 200 carrying an Adaptive Card and, for the app, the card
 * must show the person as present (the own-state line in green), which a refusal or a notice never does.
 */
function answerProblems(what: string, results: ClientResult[], expectPresent: boolean): string[] {
  let wrong = 0;
  let first = '';
  for (const result of results) {
    let body: InvokeBody | undefined;
    try {
      body = JSON.parse(result.body) as InvokeBody;
    } catch {
      body = undefined;
    }
    const ok =
      result.status === 200 &&
      body?.statusCode === 200 &&
      body.type === CARD_CONTENT_TYPE &&
      body.value?.type === 'AdaptiveCard' &&
      (!expectPresent || (body.value.body ?? []).some((e) => e.type === 'TextBlock' && e.color === 'good'));
    if (!ok) {
      wrong++;
      first ||= `${result.status} ${result.error ?? result.body.slice(0, 300)}`;
    }
  }
  return wrong === 0 ? [] : [`${what}: ${wrong} of ${results.length} answers are not the expected card (${first})`];
}

/** The meeting must hold exactly one row per person who checked in, and no other. */
async function rowProblems(what: string, store: Store, meeting: Meeting, people: BurstSetup['people']) {
  const rows = await store.attendance.list(meeting.id);
  const expected = new Set(people.map((person) => person.personId));
  const distinct = new Set(rows.map((row) => row.personId));
  const strangers = [...distinct].filter((id) => !expected.has(id)).length;
  if (rows.length === expected.size && distinct.size === expected.size && strangers === 0) return [];
  return [
    `${what}: ${count(rows.length)} attendance rows (${count(distinct.size)} people, ${count(strangers)} unexpected), ` +
      `expected exactly ${count(expected.size)}`,
  ];
}

/** What the server process went through while the load ran: event-loop stalls and garbage collections. */
function observeServerProcess() {
  const started = performance.now();
  const pauses: { at: number; ms: number; kind: string }[] = [];
  const kinds: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      pauses.push({ at: entry.startTime - started, ms: entry.duration, kind: kinds[kind] ?? String(kind) });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  return {
    stop() {
      delay.disable();
      observer.disconnect();
      const longest = [...pauses].sort((a, b) => b.ms - a.ms).slice(0, 3);
      return (
        `event-loop delay p99 ${ms(delay.percentile(99) / 1e6)} ms, max ${ms(delay.max / 1e6)} ms; ` +
        `${count(pauses.length)} GC pauses, ${ms(pauses.reduce((sum, pause) => sum + pause.ms, 0))} ms in all, the longest ` +
        longest.map((pause) => `${ms(pause.ms)} ms (${pause.kind}, at ${(pause.at / 1000).toFixed(1)} s)`).join(', ')
      );
    },
  };
}

/** The slowest answers of a steady run, with when they were sent. */
function slowest(reply: ClientReply, n: number): string {
  return [...reply.results]
    .sort((a, b) => b.latencyMs - a.latencyMs)
    .slice(0, n)
    .map((result) => `${ms(result.latencyMs)} ms (sent at ${(result.sentAtMs / 1000).toFixed(2)} s)`)
    .join(', ');
}

const ratio = (app: number, baseline: number) => (app / baseline).toFixed(2);
const samplesOf = (values: number[]) => values.map((value) => ms(value)).join(', ');

function describeCommits(commits: GroupCommit[]): string {
  if (commits.length === 0) return 'no group commit';
  const sizes = commits.map((commit) => commit.size);
  const hold = summarise(commits.map((commit) => commit.holdMs));
  const wait = summarise(commits.map((commit) => commit.waitMs));
  const shown = sizes.length <= 12 ? sizes.join(', ') : `${sizes.slice(0, 12).join(', ')}, …`;
  return (
    `${count(commits.length)} transaction(s) for ${count(sizes.reduce((a, b) => a + b, 0))} check-ins, ` +
    `batches [${shown}] (largest ${Math.max(...sizes)}); each held the connection ${ms(hold.median)} ms median, ` +
    `${ms(hold.max)} ms max, after waiting ${ms(wait.median)} ms median, ${ms(wait.max)} ms max`
  );
}

export const checkInsSection: BenchSection = {
  name: 'check-ins',
  summary:
    `attendance check-ins over HTTP on loopback, durably stored: ${BURST} at once (budget ≤ ${BURST_BUDGET_RATIO} × ` +
    `a bare botbuilder handler), ${STEADY_RATE}/s for ${STEADY_SECONDS} s (budget p99 < ${STEADY_P99_BUDGET_MS} ms)`,
  async run({ log }) {
    const failures: string[] = [];
    const serverErrors: string[] = [];
    const logger: Logger = {
      info: () => {},
      warn: () => {},
      error: (message, error) => serverErrors.push(`${message}: ${error instanceof Error ? error.stack : error}`),
    };
    const bare = await startBareBot((error) => logger.error('bare bot turn failed', error));
    const app = await startApp(logger);
    const client = new LoadClient();
    try {
      log(
        `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length} ` +
          `(load average ${os.loadavg()[0]!.toFixed(2)}); SQLite in WAL, synchronous=FULL; the load generator ` +
          `runs in its own process, over keep-alive connections`,
      );
      log(`app ${app.url}, bare botbuilder baseline ${bare.url}`);

      // Warm-up (untimed): connections opened, code paths compiled, on both servers.
      const warm = await prepareCheckInBurst(app.store, BURST);
      const warmBodies = bodiesFor(warm.meeting, warm.people);
      await client.burst(bare.url, warmBodies);
      failures.push(...answerProblems('warm-up, app', (await client.burst(app.url, warmBodies)).results, true));
      await client.burst(bare.url, warmBodies);
      await client.burst(app.url, warmBodies);

      const rounds = { baseline: [] as number[], first: [] as number[], again: [] as number[], next: [] as number[] };
      let firstCommits: GroupCommit[] = [];
      for (let round = 1; round <= BURST_ROUNDS; round++) {
        const setup = await prepareCheckInBurst(app.store, BURST);
        const bodies = bodiesFor(setup.meeting, setup.people);

        const baseline = await client.burst(bare.url, bodies);
        failures.push(...answerProblems(`round ${round}, baseline`, baseline.results, false));
        rounds.baseline.push(baseline.elapsedMs);

        const before = app.commits.length;
        const first = await client.burst(app.url, bodies);
        if (round === 1) firstCommits = app.commits.slice(before);
        failures.push(...answerProblems(`round ${round}, first burst`, first.results, true));
        failures.push(...(await rowProblems(`round ${round}, first burst`, app.store, setup.meeting, setup.people)));
        rounds.first.push(first.elapsedMs);

        const again = await client.burst(app.url, bodies);
        failures.push(...answerProblems(`round ${round}, same burst again`, again.results, true));
        failures.push(
          ...(await rowProblems(`round ${round}, same burst again`, app.store, setup.meeting, setup.people)),
        );
        rounds.again.push(again.elapsedMs);

        const meeting = await nextMeeting(app.store, setup);
        const next = await client.burst(app.url, bodiesFor(meeting, setup.people));
        failures.push(...answerProblems(`round ${round}, next meeting`, next.results, true));
        failures.push(...(await rowProblems(`round ${round}, next meeting`, app.store, meeting, setup.people)));
        rounds.next.push(next.elapsedMs);
      }

      // Steady load: every check-in a new row, by 1,000 people who never acted before.
      const steadyCount = STEADY_RATE * STEADY_SECONDS;
      const steadySetup = await prepareCheckInBurst(app.store, steadyCount);
      const steadyBodies = bodiesFor(steadySetup.meeting, steadySetup.people);
      const intervalMs = 1000 / STEADY_RATE;
      const steadyBaseline = await client.steady(bare.url, steadyBodies, intervalMs);
      failures.push(...answerProblems('steady, baseline', steadyBaseline.results, false));
      const before = app.commits.length;
      const watch = observeServerProcess();
      const steadyApp = await client.steady(app.url, steadyBodies, intervalMs);
      const serverDuringSteady = watch.stop();
      const steadyCommits = app.commits.slice(before);
      failures.push(...answerProblems('steady, app', steadyApp.results, true));
      failures.push(...(await rowProblems('steady, app', app.store, steadySetup.meeting, steadySetup.people)));

      const median = (values: number[]) => summarise(values).median;
      const baselineBurst = median(rounds.baseline);
      const firstBurst = median(rounds.first);
      const latencies = (reply: ClientReply) => reply.results.map((r) => r.latencyMs).sort((a, b) => a - b);
      const appLatencies = latencies(steadyApp);
      const baseLatencies = latencies(steadyBaseline);
      const rate = (reply: ClientReply) => (reply.results.length / reply.elapsedMs) * 1000;
      const steadyRow = (what: string, p: number, budget = false) => {
        const appValue = percentile(appLatencies, p);
        const baseValue = percentile(baseLatencies, p);
        return [
          `steady ${STEADY_RATE}/s × ${STEADY_SECONDS} s: ${what} ms`,
          ms(appValue),
          ms(baseValue),
          ratio(appValue, baseValue),
          budget ? `< ${STEADY_P99_BUDGET_MS} ms` : '',
          budget ? (appValue < STEADY_P99_BUDGET_MS ? 'yes' : 'NO') : '',
        ];
      };
      const burstRow = (what: string, samples: number[], budget = false) => [
        `burst of ${BURST}, ${what}: ms (median of ${BURST_ROUNDS})`,
        ms(median(samples)),
        ms(baselineBurst),
        ratio(median(samples), baselineBurst),
        budget ? `≤ ${BURST_BUDGET_RATIO} × baseline = ${ms(BURST_BUDGET_RATIO * baselineBurst)} ms` : '',
        budget ? (median(samples) <= BURST_BUDGET_RATIO * baselineBurst ? 'yes' : 'NO') : '',
      ];

      log();
      log(
        table(
          ['what', ' app', ' baseline', ' ratio', 'budget', 'within budget'],
          [
            burstRow('first check-ins (people new to the bot)', rounds.first, true),
            burstRow('the same again (already checked in)', rounds.again),
            burstRow('the same people at the next meeting', rounds.next),
            steadyRow('p50', 50),
            steadyRow('p95', 95),
            steadyRow('p99', 99, true),
            steadyRow('max', 100),
            [
              `steady: achieved rate, check-ins/s`,
              rate(steadyApp).toFixed(1),
              rate(steadyBaseline).toFixed(1),
              '',
              `${STEADY_RATE}/s`,
              '',
            ],
          ],
        ),
      );
      log();
      log(`bursts, each round (ms): baseline ${samplesOf(rounds.baseline)}`);
      log(`  first check-ins ${samplesOf(rounds.first)}; again ${samplesOf(rounds.again)}`);
      log(`  next meeting ${samplesOf(rounds.next)}`);
      log(
        `steady: the client sent at most ${ms(Math.max(steadyApp.maxSendLagMs, steadyBaseline.maxSendLagMs))} ms ` +
          `after the planned time; ${count(steadyCount)} people, one new row each`,
      );
      log(`steady, the server process: ${serverDuringSteady}`);
      log(`steady, the slowest answers: ${slowest(steadyApp, 5)}`);
      log(`group commits, round 1's first burst: ${describeCommits(firstCommits)}`);
      log(`group commits, steady load: ${describeCommits(steadyCommits)}`);

      const overBudget =
        firstBurst > BURST_BUDGET_RATIO * baselineBurst || percentile(appLatencies, 99) >= STEADY_P99_BUDGET_MS;
      log();
      await profileCheckIns({
        store: app.store,
        url: app.url,
        burstSize: BURST,
        client,
        bodiesFor,
        rowProblems,
        failures,
        cpuProfile: overBudget,
        log,
      });
    } finally {
      await client.close();
      await app.close();
      await bare.close();
    }
    if (serverErrors.length > 0) {
      failures.push(`${serverErrors.length} server error(s), the first: ${serverErrors[0]}`);
    }
    return { failures };
  },
};
