import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../../src/domain/committees/committee.js';
import { ensureReferenceCommittees } from '../../src/domain/committees/reference-committees.js';
import { fiscalYearOf } from '../../src/domain/fiscal-year/fiscal-year.js';
import type { IndicatorStatus } from '../../src/domain/indicators/result.js';
import { referenceData } from '../../src/domain/reference/reference-data.js';
import { DEMO_ACCOUNTS, seedDemo } from '../../src/store/seed/demo.js';
import { launchBrowser, watchPageProblems } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ensureTabsBuilt } from './tabs-build.js';

const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '__screenshots__');
const FISCAL_YEAR_START = { month: 4, day: 1 };

let server: TestServer;
let browser: Browser;
let committees: Committee[];
let statusCounts: Map<IndicatorStatus, number>;
const fiscalYear = fiscalYearOf(new Date(), FISCAL_YEAR_START);

beforeAll(async () => {
  await ensureTabsBuilt();
  server = await startTestServer();
  await ensureReferenceCommittees(server.store.committees, referenceData.committees);
  await seedDemo(server.store, { now: new Date(), fiscalYearStart: FISCAL_YEAR_START });
  browser = await launchBrowser();

  const token = await server.tokenFor(DEMO_ACCOUNTS.coordinator);
  committees = (await server.request('GET', '/api/v1/committees', { token })).body.committees;
  const report = await server.request('GET', `/api/v1/indicators?fiscalYear=${fiscalYear}`, { token });
  statusCounts = new Map();
  for (const { status } of report.body.indicators as { status: IndicatorStatus }[])
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the tabs outside Teams, failing the test on any script error or failed request. */
async function openTabs(viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'fr-CA' });
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  await page.goto(`${server.url}/tabs/`);
  return { page, problems };
}

async function signInAsCoordinator(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Connexion de développement' }).waitFor();
  await page.getByRole('radio', { name: /Coordination/ }).check();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Bonjour, Coordination IPECN (démo)' }).waitFor();
}

async function committeeNames(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: /^(Comités|Committees)$/ }).getByRole('heading', { level: 3 });
  await list.first().waitFor();
  return list.allTextContents();
}

async function badgeTexts(page: Page): Promise<string[]> {
  const badges = page.getByTestId('indicator-badges').getByRole('listitem');
  await badges.first().waitFor();
  return (await badges.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

describe('tabs home, outside Teams', () => {
  it('signs in as the coordinator, shows committees and indicators in French, then in English', async () => {
    const { page, problems } = await openTabs({ width: 1280, height: 900 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr-CA');
    await signInAsCoordinator(page);

    expect(committees.length).toBeGreaterThanOrEqual(6);
    expect(await committeeNames(page)).toEqual(committees.map((committee) => committee.name.fr));
    await page.getByText(committees[0]!.description.fr).waitFor();
    await page.getByRole('heading', { name: `Indicateurs ${fiscalYear}` }).waitFor();
    const count = (status: IndicatorStatus) => statusCounts.get(status) ?? 0;
    expect((await badgeTexts(page)).slice(0, 3)).toEqual([
      `${count('met')} atteints`,
      `${count('onTrack')} en bonne voie`,
      `${count('behind')} en retard`,
    ]);

    await page.getByRole('button', { name: 'Display in English' }).click();
    await page.getByRole('heading', { name: 'Hello, Coordination IPECN (démo)' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await committeeNames(page)).toEqual(committees.map((committee) => committee.name.en));
    await page.getByText(committees[0]!.description.en).waitFor();
    await page.getByRole('heading', { name: `Indicators ${fiscalYear}` }).waitFor();
    expect((await badgeTexts(page)).slice(0, 3)).toEqual([
      `${count('met')} met`,
      `${count('onTrack')} on track`,
      `${count('behind')} behind`,
    ]);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home.png'), fullPage: true });

    await page.getByRole('button', { name: 'Afficher en français' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion de développement' }).waitFor();
    expect(problems).toEqual([]);
  });

  it("explains a failed load in the reader's language and loads again on retry", async () => {
    const { page } = await openTabs({ width: 1280, height: 900 });
    let failures = 1;
    await page.route('**/api/v1/committees', (route) =>
      failures-- > 0
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'unavailable', message: 'Store unavailable' } }),
          })
        : route.continue(),
    );
    await signInAsCoordinator(page);
    const committeesRegion = page.getByRole('region', { name: 'Comités' });
    await committeesRegion.getByText('Le serveur a rencontré un problème. Réessayez dans un instant.').waitFor();
    await committeesRegion.getByRole('button', { name: 'Réessayer' }).click();
    expect(await committeeNames(page)).toEqual(committees.map((committee) => committee.name.fr));
  });

  it('fits a 360 × 740 phone screen without horizontal scrolling', async () => {
    const { page, problems } = await openTabs({ width: 360, height: 740 });
    await page.getByRole('heading', { name: 'Connexion de développement' }).waitFor();
    const overflow = () =>
      page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
    const signIn = await overflow();
    expect(signIn.scrollWidth).toBeLessThanOrEqual(signIn.clientWidth);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in-phone.png'), fullPage: true });

    await signInAsCoordinator(page);
    await committeeNames(page);
    await badgeTexts(page);
    const home = await overflow();
    expect(home.scrollWidth).toBeLessThanOrEqual(home.clientWidth);
    const wider = await page.evaluate(
      (width) =>
        [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > width + 0.5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      home.clientWidth,
    );
    expect(wider).toEqual([]);

    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});

/**
 * A stand-in for the Teams client: a same-origin page that frames the tabs and answers teams-js's
 * postMessage protocol (initialize, getContext, getAuthToken) the way the Teams web client does.
 */
function fakeTeamsHost(token: string): string {
  const host = (teamsToken: string) => {
    const calls: string[] = [];
    Object.assign(window, { teamsCalls: calls });
    window.addEventListener('message', (event) => {
      const message = event.data as { id?: number; uuidAsString?: string; func?: string };
      if (typeof message?.func !== 'string' || !event.source) return;
      calls.push(message.func);
      const reply = (args: unknown[]) =>
        (event.source as Window).postMessage(
          { id: message.id, uuidAsString: message.uuidAsString, args },
          event.origin,
        );
      if (message.func === 'initialize')
        reply([
          'content',
          'web',
          JSON.stringify({ apiVersion: 4, supports: { app: {}, authentication: {} } }),
          '2.58.0',
        ]);
      if (message.func === 'getContext')
        reply([{ locale: 'en-us', theme: 'dark', frameContext: 'content', hostName: 'Teams', entityId: 'home' }]);
      if (message.func === 'authentication.getAuthToken') reply([true, teamsToken]);
    });
  };
  return `<!doctype html><html><body style="margin:0">
    <script>(${host.toString()})(${JSON.stringify(token)});</script>
    <iframe title="IPECN" src="/tabs/" style="border:0;width:100vw;height:100vh"></iframe>
  </body></html>`;
}

describe('tabs home, inside a Teams host', () => {
  it('takes locale, theme and token from Teams and tells Teams the tab has loaded', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    const token = await server.tokenFor(DEMO_ACCOUNTS.coordinator);
    await page.route(`${server.url}/teams-host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: fakeTeamsHost(token) }),
    );
    await page.goto(`${server.url}/teams-host.html`);
    const tab = page.frameLocator('iframe[title="IPECN"]');

    await tab.getByRole('heading', { name: 'Hello, Coordination IPECN (démo)' }).waitFor();
    // The greeting can come before the committees have loaded: wait for the list itself.
    await tab.getByRole('heading', { level: 3 }).first().waitFor();
    expect(await tab.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      committees.map((committee) => committee.name.en),
    );
    expect(await tab.getByRole('button', { name: /Sign out|Se déconnecter/ }).count()).toBe(0);
    expect(await tab.getByRole('heading', { name: 'Development sign-in' }).count()).toBe(0);
    const calls = await page.evaluate(() => (window as unknown as { teamsCalls: string[] }).teamsCalls);
    expect(calls).toEqual(
      expect.arrayContaining(['initialize', 'getContext', 'appInitialization.success', 'authentication.getAuthToken']),
    );

    /** The page background's brightness, 0–255: Teams' dark theme is near black, the default near white. */
    const brightness = () =>
      tab.locator('main').evaluate((main) => {
        const [red, green, blue] = getComputedStyle(main.parentElement!).backgroundColor.match(/\d+/g)!.map(Number);
        return (red! + green! + blue!) / 3;
      });
    expect(await brightness()).toBeLessThan(64);
    await page.evaluate(() =>
      document.querySelector('iframe')!.contentWindow!.postMessage({ func: 'themeChange', args: ['default'] }, '*'),
    );
    await expect.poll(brightness).toBeGreaterThan(200);
  });
});
