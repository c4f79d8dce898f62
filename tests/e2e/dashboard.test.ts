import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceCommittees } from '../../src/domain/committees/reference-committees.js';
import { fiscalYearOf } from '../../src/domain/fiscal-year/fiscal-year.js';
import type { IndicatorResult } from '../../src/domain/indicators/result.js';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import { referenceData } from '../../src/domain/reference/reference-data.js';
import { DEMO_ACCOUNTS, seedDemo } from '../../src/store/seed/demo.js';
import { launchBrowser, watchPageProblems } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ensureTabsBuilt } from './tabs-build.js';

const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const FISCAL_YEAR_START = { month: 4, day: 1 };
const fiscalYear = fiscalYearOf(new Date(), FISCAL_YEAR_START);

let server: TestServer;
let browser: Browser;
let token: string;

beforeAll(async () => {
  await ensureTabsBuilt();
  server = await startTestServer();
  await ensureReferenceCommittees(server.store.committees, referenceData.committees);
  await seedDemo(server.store, { now: new Date(), fiscalYearStart: FISCAL_YEAR_START });
  browser = await launchBrowser();
  token = await server.tokenFor(DEMO_ACCOUNTS.coordinator);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function indicators(year: string): Promise<IndicatorResult[]> {
  const response = await server.request('GET', `/api/v1/indicators?fiscalYear=${year}`, { token });
  expect(response.status).toBe(200);
  return response.body.indicators as IndicatorResult[];
}

async function openSignedIn(
  hash: string,
  viewport = { width: 1280, height: 900 },
  account: RegExp = /Coordination/,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'fr-CA', acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchPageProblems(page, { httpErrors: true });
  await page.goto(`${server.url}/tabs/`);
  await page.getByRole('heading', { name: 'Connexion de développement' }).waitFor();
  await page.getByRole('radio', { name: account }).check();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: /^Bonjour, / }).waitFor();
  // The home page's loads finish first, so that leaving it aborts no request.
  await page.getByTestId('indicator-badges').waitFor();
  await page.getByRole('region', { name: 'Comités' }).getByRole('heading', { level: 3 }).first().waitFor();
  await page.goto(`${server.url}/tabs/${hash}`);
  return { page, problems };
}

const format = (value: number | null, locale: string) => (value === null ? '—' : value.toLocaleString(locale));

/** The numbers of every indicator row, as shown. */
async function shownRows(page: Page) {
  const rows = page.locator('tr[data-indicator]');
  await rows.first().waitFor();
  return rows.evaluateAll((elements) =>
    elements.map((row) => ({
      id: row.getAttribute('data-indicator'),
      target: row.querySelector('[data-column="target"]')!.textContent,
      actual: row.querySelector('[data-column="actual"]')!.textContent,
      expected: row.querySelector('[data-column="expected"]')!.textContent,
      status: row.querySelector('[data-status]')!.getAttribute('data-status'),
    })),
  );
}

const expectedRows = (results: IndicatorResult[], locale: string) =>
  results.map((indicator) => ({
    id: indicator.id,
    target: format(indicator.target, locale),
    actual: format(indicator.actual, locale),
    expected: format(indicator.expectedByToday, locale),
    status: indicator.status,
  }));

describe('coordinator dashboard', () => {
  it("shows the API's numbers, saves a manual value, exports JSON and switches to English", async () => {
    const { page, problems } = await openSignedIn('#/dashboard');
    await page.getByRole('heading', { name: 'Tableau de bord des indicateurs' }).waitFor();
    await page.getByRole('heading', { name: `Indicateurs ${fiscalYear}` }).waitFor();
    const current = await indicators(fiscalYear);
    expect(current.length).toBeGreaterThan(0);
    expect(await shownRows(page)).toEqual(expectedRows(current, 'fr-CA'));
    await expect.poll(() => page.getByTestId('bar-chart').count()).toBeGreaterThanOrEqual(2);

    // A previous year, chosen in the selector, shows that year's report.
    const previous = `${Number(fiscalYear.slice(0, 4)) - 1}-${fiscalYear.slice(0, 4)}`;
    await page.getByRole('combobox', { name: 'Année financière' }).selectOption(previous);
    await page.getByRole('heading', { name: `Indicateurs ${previous}` }).waitFor();
    const previousResults = await indicators(previous);
    await expect.poll(async () => shownRows(page)).toEqual(expectedRows(previousResults, 'fr-CA'));
    await page.getByRole('combobox', { name: 'Année financière' }).selectOption(fiscalYear);
    await page.getByRole('heading', { name: `Indicateurs ${fiscalYear}` }).waitFor();

    // A manual value, entered in the form, is what the API then reports and what the row shows.
    const manual = current.find((indicator) => indicator.measureType === 'manual')!;
    expect(manual).toBeDefined();
    const card = page.locator(`section[data-indicator="${manual.id}"]`);
    await card.getByRole('spinbutton', { name: /Valeur/ }).fill('1234');
    await card.getByRole('textbox', { name: /Note/ }).fill('Dépliants comptés au salon');
    await card.getByRole('button', { name: 'Enregistrer' }).click();
    await card.getByText('Valeur enregistrée.').waitFor();
    await card.getByText(/Dernière saisie : 1\s234, par Coordination IPECN \(démo\)/).waitFor();
    await expect
      .poll(() => page.locator(`tr[data-indicator="${manual.id}"] [data-column="actual"]`).textContent())
      .toBe((1234).toLocaleString('fr-CA'));
    const after = await indicators(fiscalYear);
    expect(after.find((indicator) => indicator.id === manual.id)?.actual).toBe(1234);
    await card.getByText('Historique des saisies').click();
    await card.getByRole('cell', { name: 'Dépliants comptés au salon' }).waitFor();

    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`indicateurs-${fiscalYear}.json`);
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
      fiscalYear: string;
      indicators: IndicatorResult[];
    };
    expect(exported.fiscalYear).toBe(fiscalYear);
    expect(exported.indicators.map(({ id, actual }) => ({ id, actual }))).toEqual(
      after.map(({ id, actual }) => ({ id, actual })),
    );

    await page.getByRole('button', { name: 'Display in English' }).click();
    await page.getByRole('heading', { name: 'Indicator dashboard' }).waitFor();
    await page.getByRole('heading', { name: `Indicators ${fiscalYear}` }).waitFor();
    expect(await shownRows(page)).toEqual(expectedRows(after, 'en'));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Afficher en français' }).click();
    expect(problems).toEqual([]);
  });
});

describe('dashboard for a committee member', () => {
  it('is read-only: the numbers, no entry form', async () => {
    const { page, problems } = await openSignedIn('#/dashboard', { width: 1024, height: 800 }, /Membre d'un comité/);
    await page.getByText('Lecture seule : seule la coordination saisit les valeurs.').waitFor();
    expect(await shownRows(page)).toEqual(expectedRows(await indicators(fiscalYear), 'fr-CA'));
    await page.getByRole('heading', { name: 'Indicateurs saisis à la main' }).waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);
    expect(await page.getByRole('spinbutton').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('meeting side panel', () => {
  it('checks the signed-in person in and adds a note, a decision and an action item to the draft', async () => {
    const me = (await server.request('GET', '/api/v1/people/me', { token })).body as { id: string };
    const held = (await server.request('GET', `/api/v1/meetings?status=held`, { token })).body.meetings as Meeting[];
    let meeting: Meeting | undefined;
    let present = 0;
    for (const candidate of held) {
      const view = (await server.request('GET', `/api/v1/meetings/${candidate.id}/attendance`, { token })).body as {
        summary: { present: number };
        rows: { personId: string }[];
      };
      if (!view.rows.some((row) => row.personId === me.id)) {
        meeting = candidate;
        present = view.summary.present;
        break;
      }
    }
    expect(meeting).toBeDefined();

    const { page, problems } = await openSignedIn(`#/side-panel?meeting=${meeting!.id}`, { width: 320, height: 900 });
    await page.getByRole('heading', { name: meeting!.title }).waitFor();
    const count = page.getByTestId('present-count');
    await expect.poll(() => count.textContent()).toBe(`Présent·es : ${present}`);
    await page.getByRole('button', { name: 'Je suis présent·e' }).click();
    await expect.poll(() => count.textContent()).toBe(`Présent·es : ${present + 1}`);
    await page.getByTestId('present-names').getByText('Coordination IPECN (démo)').waitFor();
    await page.getByText('Votre présence est enregistrée.').waitFor();

    await page.getByRole('textbox', { name: 'Note' }).fill('Tour de table des partenaires');
    await page.getByRole('button', { name: 'Ajouter la note' }).click();
    await page.getByTestId('draft-notes').getByText('Tour de table des partenaires').waitFor();
    await page.getByRole('textbox', { name: 'Décision' }).fill('Adopter le calendrier des rencontres');
    await page.getByRole('button', { name: 'Ajouter la décision' }).click();
    await page.getByTestId('draft-decisions').getByText('Adopter le calendrier des rencontres').waitFor();
    await page.getByRole('textbox', { name: 'Action à faire' }).fill('Envoyer le compte rendu');
    await page.getByRole('button', { name: "Ajouter l'action" }).click();
    await page.getByTestId('draft-actions').getByText('Envoyer le compte rendu').waitFor();

    const minutes = (await server.request('GET', `/api/v1/meetings/${meeting!.id}/minutes`, { token })).body as {
      minutes: { decisions: { text: string }[]; actionItems: { text: string }[]; notes: string };
    };
    expect(minutes.minutes.decisions.map((decision) => decision.text)).toContain(
      'Adopter le calendrier des rencontres',
    );
    expect(minutes.minutes.actionItems.map((item) => item.text)).toContain('Envoyer le compte rendu');
    expect(minutes.minutes.notes).toContain('Tour de table des partenaires');

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'side-panel.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
