import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { ensureReferenceCommittees } from '../../src/domain/committees/reference-committees.js';
import { fiscalYear, fiscalYearOf } from '../../src/domain/fiscal-year/fiscal-year.js';
import { referenceData } from '../../src/domain/reference/reference-data.js';
import type { MeetingKind, ParticipantCategory } from '../../src/domain/shared/vocabulary.js';
import { DEMO_ACCOUNTS, seedDemo } from '../../src/store/seed/demo.js';
import { meetingInput } from '../support/factories.js';
import { launchBrowser } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ensureTabsBuilt } from '../e2e/tabs-build.js';
import type { BenchSection } from './harness.js';
import { count, ms, summarise, table } from './harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FISCAL_YEAR_START = { month: 4, day: 1 };
const BUDGET_KB = 200;
const NOTIFY_BUDGET_MS = 1000;
const MEETINGS = 1000;
const ATTENDEES_PER_MEETING = 8;
const LOADS = 5;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Each route and the module of its page chunk (none: the page is part of the entry). */
const ROUTES: { route: string; page: string | null }[] = [
  { route: '#/', page: null },
  { route: '#/committee/:slug', page: 'src/pages/committee/committee-page.tsx' },
  { route: '#/meeting/:id', page: 'src/pages/meeting/meeting-page.tsx' },
  { route: '#/config', page: 'src/pages/config/config-page.tsx' },
  { route: '#/dashboard', page: 'src/pages/dashboard/dashboard-page.tsx' },
  { route: '#/side-panel', page: 'src/pages/side-panel/side-panel-page.tsx' },
];
const TEAMS_SDK = 'src/teams/teams-sdk.ts';
const CHARTS = 'src/components/charts/';

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** The production build with its manifest, in a temporary directory, leaving tabs/dist alone. */
async function buildWithManifest(): Promise<{ outDir: string; manifest: Manifest }> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipecn-tabs-bench-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(root, 'tabs', 'vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  return { outDir, manifest };
}

/** `key` and every chunk it imports statically, transitively. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`no chunk ${key} in the build manifest`);
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

function bundleSizes(outDir: string, manifest: Manifest, log: (line?: string) => void): string[] {
  const failures: string[] = [];
  const gzipped = new Map<string, number>();
  const gz = (key: string): number => {
    const file = manifest[key]!.file;
    if (!file.endsWith('.js')) return 0;
    let size = gzipped.get(file);
    if (size === undefined) {
      size = gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
      gzipped.set(file, size);
    }
    return size;
  };
  const total = (keys: Iterable<string>) => [...keys].reduce((sum, key) => sum + gz(key), 0);

  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) return ['no entry chunk in the build manifest'];
  const entryClosure = staticClosure(manifest, entry);
  if (!manifest[TEAMS_SDK]) failures.push(`no chunk ${TEAMS_SDK}: teams-js is no longer loaded on demand`);

  const rows: string[][] = [];
  const pageClosures = new Map<string, Set<string>>();
  for (const { route, page } of ROUTES) {
    const closure = new Set(entryClosure);
    if (page) {
      if (!manifest[page]) {
        failures.push(`no chunk ${page} for ${route}`);
        continue;
      }
      staticClosure(manifest, page, closure);
    }
    pageClosures.set(route, closure);
    const outside = total(closure);
    const teams = manifest[TEAMS_SDK] ? [...staticClosure(manifest, TEAMS_SDK)].filter((key) => !closure.has(key)) : [];
    const inside = outside + total(teams);
    rows.push([
      route,
      String(closure.size),
      kb(outside),
      kb(inside),
      String(BUDGET_KB),
      inside <= BUDGET_KB * 1024 ? 'yes' : 'NO',
    ]);
  }
  log('JavaScript (gzip, level 9) before first render, from the production build manifest:');
  log(
    table(
      ['route', ' chunks', ' KB outside Teams', ' KB inside Teams (+ teams-js)', ' budget KB', 'within budget'],
      rows,
    ),
  );
  log();

  const lazyRows: string[][] = [];
  const dashboard = pageClosures.get('#/dashboard') ?? entryClosure;
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!key.startsWith(CHARTS) && key !== TEAMS_SDK) continue;
    const own = [...staticClosure(manifest, key)].filter((imported) => !dashboard.has(imported));
    lazyRows.push([key, chunk.file, kb(gz(key)), kb(total(own))]);
  }
  const chartsInDashboard = [...dashboard].filter((key) => key.startsWith(CHARTS));
  if (chartsInDashboard.length > 0) failures.push(`charts loaded before first render: ${chartsInDashboard.join(', ')}`);
  log('Chunks loaded on demand (not counted above):');
  log(table(['module', 'file', ' KB gz', ' KB gz with imports not already loaded by #/dashboard'], lazyRows));
  log();
  return failures;
}

/** 1,000 held meetings in the current fiscal year, with attendance, counting those seedDemo made. */
async function seedThousandMeetings(server: TestServer, now: Date): Promise<number> {
  await ensureReferenceCommittees(server.store.committees, referenceData.committees);
  await seedDemo(server.store, { now, fiscalYearStart: FISCAL_YEAR_START });
  const year = fiscalYear(fiscalYearOf(now, FISCAL_YEAR_START), FISCAL_YEAR_START);
  const existing = await server.store.meetings.list({ from: year.startsAt, to: year.endsAt });
  const people = (await server.store.people.list()).filter((person) => person.category);
  const committees = await server.store.committees.list();
  const kinds: MeetingKind[] = ['steering', 'work', 'parentPractitioner', 'training', 'infoSession', 'coDevelopment'];
  const from = year.startsAt.getTime();
  const span = Math.max(3600_000, Math.min(now.getTime(), year.endsAt.getTime()) - from - 3 * 3600_000);
  const missing = MEETINGS - existing.length;
  await server.store.transaction(async (trx) => {
    for (let i = 0; i < missing; i++) {
      const meeting = await trx.meetings.create(
        meetingInput({
          kind: kinds[i % kinds.length]!,
          committeeId: i % 3 === 0 ? (committees[i % committees.length]?.id ?? null) : null,
          title: `Rencontre générée ${i + 1}`,
          startsAt: new Date(from + Math.floor((span * i) / missing)).toISOString(),
        }),
      );
      for (let j = 0; j < Math.min(ATTENDEES_PER_MEETING, people.length); j++) {
        const person = people[(i * 7 + j) % people.length]!;
        const status = j % 5 === 4 ? 'absent' : 'present';
        await trx.attendance.record({
          meetingId: meeting.id,
          personId: person.id,
          status,
          mode: status === 'present' ? 'inPerson' : null,
          source: 'manual',
          category: person.category as ParticipantCategory,
          territory: person.territory,
        });
      }
    }
  });
  return (await server.store.meetings.list({ from: year.startsAt, to: year.endsAt })).length;
}

async function openPage(browser: Browser, session: unknown): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
  await context.addInitScript((value) => {
    sessionStorage.setItem('ipecn.devSession', value);
  }, JSON.stringify(session));
  return context.newPage();
}

/** Milliseconds from navigation start until `ready` resolves, on a fresh page. */
async function loadTime(
  browser: Browser,
  session: unknown,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<number> {
  const page = await openPage(browser, session);
  try {
    await page.goto(url);
    await ready(page);
    return await page.evaluate(() => performance.now());
  } finally {
    await page.context().close();
  }
}

/** Script bytes the browser fetched until the page's first heading showed. */
async function browserScripts(
  browser: Browser,
  session: unknown,
  url: string,
): Promise<{ encoded: number; decoded: number; files: number } | string> {
  const page = await openPage(browser, session);
  try {
    await page.goto(url);
    await page.locator('h1, h2').first().waitFor({ timeout: 10_000 });
    return await page.evaluate(() => {
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
        new URL(entry.name).pathname.endsWith('.js'),
      );
      return {
        encoded: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        decoded: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
        files: scripts.length,
      };
    });
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  } finally {
    await page.context().close();
  }
}

async function firstLoad(log: (line?: string) => void): Promise<string[]> {
  const failures: string[] = [];
  await ensureTabsBuilt();
  const now = new Date();
  const server = await startTestServer();
  let browser: Browser | undefined;
  try {
    const seedStarted = performance.now();
    const meetings = await seedThousandMeetings(server, now);
    if (meetings !== MEETINGS) failures.push(`expected ${MEETINGS} meetings in the fiscal year, found ${meetings}`);
    log(
      `store: ${count(meetings)} meetings in fiscal year ${fiscalYearOf(now, FISCAL_YEAR_START)} (seeded in ${ms(performance.now() - seedStarted)} ms)`,
    );
    const signIn = await server.request('POST', '/dev/token', { body: { user: DEMO_ACCOUNTS.coordinator } });
    if (signIn.status !== 200) throw new Error(`dev token: ${signIn.status} ${JSON.stringify(signIn.body)}`);
    const session = {
      token: signIn.body.token as string,
      email: DEMO_ACCOUNTS.coordinator,
      person: signIn.body.person as { id: string; displayName: string },
    };
    browser = await launchBrowser();
    const base = `${server.url}/tabs/`;

    const slug = referenceData.committees[0]?.slug ?? 'comite-porteur';
    const year = fiscalYear(fiscalYearOf(now, FISCAL_YEAR_START), FISCAL_YEAR_START);
    const meeting = (await server.store.meetings.list({ from: year.startsAt, to: year.endsAt }))[0];
    const concrete: Record<string, string> = {
      '#/committee/:slug': `#/committee/${slug}`,
      '#/meeting/:id': `#/meeting/${meeting?.id ?? 'none'}`,
    };
    const scriptRows: string[][] = [];
    for (const { route } of ROUTES) {
      const result = await browserScripts(browser, session, `${base}${concrete[route] ?? route}`);
      scriptRows.push(
        typeof result === 'string'
          ? [route, '—', '—', '—', result]
          : [route, String(result.files), kb(result.encoded), kb(result.decoded), ''],
      );
    }
    log('Cross-check in chromium: script resources fetched until the first heading shows (as served):');
    log(table(['route', ' files', ' KB encoded', ' KB decoded', 'note'], scriptRows));
    log();

    const home = async (page: Page) => {
      await page.getByRole('heading', { name: /^Bonjour, / }).waitFor();
    };
    const dashboard = async (page: Page) => {
      await page.locator('tr[data-indicator]').first().waitFor({ state: 'visible' });
    };
    // One untimed load of each, so that the server's first queries and chromium's caches are warm alike.
    await loadTime(browser, session, `${base}#/`, home);
    await loadTime(browser, session, `${base}#/dashboard`, dashboard);
    const homeSamples: number[] = [];
    const dashboardSamples: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      homeSamples.push(await loadTime(browser, session, `${base}#/`, home));
      dashboardSamples.push(await loadTime(browser, session, `${base}#/dashboard`, dashboard));
    }
    const homeTiming = summarise(homeSamples);
    const dashboardTiming = summarise(dashboardSamples);
    log(`Headless chromium, fresh page each load, ${LOADS} loads, from navigation start (ms):`);
    log(
      table(
        ['page', 'until', ' median', ' min', ' max', ' budget', 'within budget'],
        [
          [
            '#/ (baseline)',
            'heading "Bonjour, …"',
            ms(homeTiming.median),
            ms(homeTiming.min),
            ms(homeTiming.max),
            '—',
            '—',
          ],
          [
            `#/dashboard (${count(meetings)} meetings)`,
            'indicator table visible',
            ms(dashboardTiming.median),
            ms(dashboardTiming.min),
            ms(dashboardTiming.max),
            String(NOTIFY_BUDGET_MS),
            dashboardTiming.median <= NOTIFY_BUDGET_MS ? 'yes' : 'NO',
          ],
        ],
      ),
    );
  } finally {
    await browser?.close();
    await server.close();
  }
  return failures;
}

export const tabsSection: BenchSection = {
  name: 'tabs',
  summary: `tab first load: JS gzip before first render per route vs ${BUDGET_KB} KB; dashboard with ${count(MEETINGS)} meetings vs ${NOTIFY_BUDGET_MS} ms`,
  async run({ log }) {
    const { outDir, manifest } = await buildWithManifest();
    try {
      const failures = bundleSizes(outDir, manifest, log);
      failures.push(...(await firstLoad(log)));
      return { failures };
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  },
};
