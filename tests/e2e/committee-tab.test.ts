import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../../src/domain/committees/committee.js';
import { ensureReferenceCommittees } from '../../src/domain/committees/reference-committees.js';
import { fiscalYearOf } from '../../src/domain/fiscal-year/fiscal-year.js';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import type { Person } from '../../src/domain/people/person.js';
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
let coordinatorToken: string;
let porteur: Committee;
let porteurMeetings: Meeting[];

beforeAll(async () => {
  await ensureTabsBuilt();
  server = await startTestServer();
  await ensureReferenceCommittees(server.store.committees, referenceData.committees);
  await seedDemo(server.store, { now: new Date(), fiscalYearStart: FISCAL_YEAR_START });
  browser = await launchBrowser();
  coordinatorToken = await server.tokenFor(DEMO_ACCOUNTS.coordinator);
  porteur = (await server.request('GET', '/api/v1/committees/comite-porteur', { token: coordinatorToken })).body;
  porteurMeetings = (
    await server.request('GET', `/api/v1/meetings?committee=comite-porteur&fiscalYear=${fiscalYear}`, {
      token: coordinatorToken,
    })
  ).body.meetings;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openTabs(viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'fr-CA' });
  const page = await context.newPage();
  // A refused call (403 minutes, 400 validation) is part of the scenario; anything else is a problem.
  const problems = watchPageProblems(page, { allowConsole: /status of (400|403)/ });
  await page.goto(`${server.url}/tabs/`);
  return { page, problems };
}

async function signIn(page: Page, email: string, greeting: string): Promise<void> {
  await page.getByRole('heading', { name: 'Connexion de développement' }).waitFor();
  await page.getByRole('radio', { name: new RegExp(email.replace('.', '\\.')) }).check();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: greeting }).waitFor();
}

async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((next) => {
    window.location.hash = next;
  }, hash);
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const result = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      wider: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    };
  });
  expect(result.scrollWidth).toBeLessThanOrEqual(result.width);
  expect(result.wider).toEqual([]);
}

const presentCount = async (page: Page) => Number(await page.getByTestId('attendance-present').textContent());

/** A date a week from now on IPECN's clocks, as a date input wants it. */
function nextWeek(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(
    new Date(Date.now() + 7 * 86_400_000),
  );
}

describe('committee tab, outside Teams', () => {
  it('shows the committee, adds a meeting, records attendance, then reads in English', async () => {
    const { page, problems } = await openTabs({ width: 1280, height: 900 });
    await signIn(page, DEMO_ACCOUNTS.coordinator, 'Bonjour, Coordination IPECN (démo)');

    await goTo(page, '#/committee/comite-porteur');
    await page.getByRole('heading', { name: porteur.name.fr, level: 2 }).waitFor();
    await page.getByText(porteur.description.fr).waitFor();
    await page.getByRole('heading', { name: 'Prochaine rencontre' }).waitFor();
    await page.getByTestId('meeting').first().waitFor();
    expect(await page.getByTestId('meeting').count()).toBe(porteurMeetings.length);
    expect(await page.getByRole('combobox', { name: 'Année financière' }).inputValue()).toBe(fiscalYear);
    const held = porteurMeetings.filter((meeting) => meeting.status === 'held').length;
    await expect
      .poll(() => page.getByTestId('committee-indicator').textContent())
      .toMatch(new RegExp(`^${held} rencontres sur \\d+, (atteints|en bonne voie|en retard|à venir)$`));

    // The server's validation message shows in the dialog, then the corrected meeting is listed.
    await page.getByRole('button', { name: 'Ajouter une rencontre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle rencontre' });
    await dialog.getByRole('textbox', { name: 'Titre' }).fill('Rencontre spéciale (test)');
    await dialog.getByLabel('Date').fill(nextWeek());
    await dialog.getByLabel('Début').fill('14:00');
    await dialog.getByLabel('Fin').fill('13:00');
    await dialog.getByLabel('Lieu').fill('Salle du conseil');
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    await dialog.getByText('endsAt: must be after startsAt').waitFor();
    await dialog.getByLabel('Fin').fill('15:30');
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    await page.getByText('Rencontre « Rencontre spéciale (test) » ajoutée.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const created = page.getByTestId('meeting').filter({ hasText: 'Rencontre spéciale (test)' });
    await created.waitFor();
    expect(await created.textContent()).toMatch(/14 h 00 – 15 h 30/);
    expect(await page.getByTestId('meeting').count()).toBe(porteurMeetings.length + 1);
    await screenshot(page, 'committee.png');

    // A held meeting: record someone who is not on the list yet, and the present count goes up.
    const meeting = porteurMeetings.find((candidate) => candidate.status === 'held')!;
    const attendance = (
      await server.request('GET', `/api/v1/meetings/${meeting.id}/attendance`, { token: coordinatorToken })
    ).body as { rows: { personId: string }[] };
    const people = (await server.request('GET', '/api/v1/people', { token: coordinatorToken })).body.people as Person[];
    const newcomer = people.find(
      (person) => person.category !== 'family' && !attendance.rows.some((row) => row.personId === person.id),
    )!;
    await page.getByRole('link', { name: new RegExp(`^Ouvrir la rencontre « ${meeting.title} »`) }).click();
    await page.getByRole('heading', { name: meeting.title, level: 2 }).waitFor();
    await page.getByTestId('attendance-list').waitFor();
    const before = await presentCount(page);
    expect(before).toBe(attendance.rows.filter((row) => (row as { status?: string }).status === 'present').length);
    await page.getByRole('combobox', { name: 'Personne' }).selectOption(newcomer.id);
    await page.getByRole('combobox', { name: 'Statut' }).selectOption('present');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(`Présence de ${newcomer.displayName} enregistrée.`).waitFor();
    await expect.poll(() => presentCount(page)).toBe(before + 1);
    await page.getByTestId('attendance-list').getByText(newcomer.displayName).waitFor();
    await page.getByTestId('minutes-status').waitFor();
    await screenshot(page, 'meeting.png');

    // Edit the meeting: the server's message first, then the new title on the page.
    await page.getByRole('button', { name: 'Modifier la rencontre' }).click();
    const edit = page.getByRole('dialog', { name: 'Modifier la rencontre' });
    expect(await edit.getByRole('textbox', { name: 'Titre' }).inputValue()).toBe(meeting.title);
    expect(await edit.getByRole('combobox', { name: 'Statut' }).inputValue()).toBe('held');
    const start = await edit.getByLabel('Début').inputValue();
    const end = await edit.getByLabel('Fin').inputValue();
    await edit.getByLabel('Fin').fill(start);
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await edit.getByText('endsAt: must be after startsAt').waitFor();
    await edit.getByLabel('Fin').fill(end);
    const renamed = `${meeting.title} (modifiée)`;
    await edit.getByRole('textbox', { name: 'Titre' }).fill(renamed);
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: renamed, level: 2 }).waitFor();
    await page.getByText(`Rencontre « ${renamed} » modifiée.`).waitFor();
    const stored = (await server.request('GET', `/api/v1/meetings/${meeting.id}`, { token: coordinatorToken })).body;
    expect(stored).toMatchObject({
      title: renamed,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      status: 'held',
    });

    // Someone new to the directory: added from the entry, selected, then recorded present.
    const beforeNewcomer = await presentCount(page);
    await page.getByRole('button', { name: 'Ajouter un·e participant·e' }).click();
    const addPerson = page.getByRole('dialog', { name: 'Nouvelle personne' });
    await addPerson.getByRole('textbox', { name: 'Nom' }).fill('Nouvelle Intervenante (test)');
    await addPerson.getByRole('combobox', { name: 'Catégorie' }).selectOption('practitioner');
    await addPerson.getByRole('combobox', { name: 'Territoire' }).selectOption('portneuf');
    await addPerson.getByRole('button', { name: 'Ajouter la personne' }).click();
    await addPerson.waitFor({ state: 'detached' });
    const person = page.getByRole('combobox', { name: 'Personne' });
    await expect
      .poll(() => person.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text))
      .toBe('Nouvelle Intervenante (test)');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Présence de Nouvelle Intervenante (test) enregistrée.').waitFor();
    await expect.poll(() => presentCount(page)).toBe(beforeNewcomer + 1);
    await page.getByTestId('attendance-list').getByText('Nouvelle Intervenante (test)').waitFor();
    const added = (
      (await server.request('GET', '/api/v1/people', { token: coordinatorToken })).body.people as Person[]
    ).find((candidate) => candidate.displayName === 'Nouvelle Intervenante (test)');
    expect(added).toMatchObject({ category: 'practitioner', territory: 'portneuf' });
    // The other scenarios open this meeting by its original title.
    await server.request('PATCH', `/api/v1/meetings/${meeting.id}`, {
      token: coordinatorToken,
      body: { title: meeting.title },
    });

    await page.getByRole('link', { name: /^Retour au comité/ }).click();
    await page.getByRole('button', { name: 'Display in English' }).click();
    await page.getByRole('heading', { name: porteur.name.en, level: 2 }).waitFor();
    await page.getByText(porteur.description.en).waitFor();
    await page.getByRole('heading', { name: 'Next meeting' }).waitFor();
    await page.getByRole('button', { name: 'Add a meeting' }).waitFor();
    expect(await page.getByTestId('committee-indicator').textContent()).toMatch(/^\d+ meetings out of \d+, /);
    await screenshot(page, 'committee-en.png');
    await page.getByRole('button', { name: 'Afficher en français' }).click();
    expect(problems).toEqual([]);
  });

  it("shows a family member counts only for a committee they don't sit on", async () => {
    const { page, problems } = await openTabs({ width: 1280, height: 900 });
    await signIn(page, DEMO_ACCOUNTS.family, 'Bonjour, Parent (démo)');
    const meeting = porteurMeetings.find((candidate) => candidate.status === 'held')!;
    await goTo(page, `#/meeting/${meeting.id}`);
    await page.getByRole('heading', { name: meeting.title, level: 2 }).waitFor();
    await page.getByTestId('attendance-present').waitFor();
    await page.getByTestId('names-hidden').waitFor();
    expect(await page.getByTestId('attendance-list').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Personne' }).count()).toBe(0);
    await page.getByText('Le procès-verbal est réservé aux membres du comité.').waitFor();
    await screenshot(page, 'meeting-family.png');

    await goTo(page, '#/committee/comite-porteur');
    await page.getByRole('heading', { name: porteur.name.fr, level: 2 }).waitFor();
    await page.getByTestId('meeting').first().waitFor();
    expect(await page.getByRole('button', { name: 'Ajouter une rencontre' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('configures the tab: pick a committee, then preview it', async () => {
    const { page, problems } = await openTabs({ width: 1024, height: 800 });
    await signIn(page, DEMO_ACCOUNTS.coordinator, 'Bonjour, Coordination IPECN (démo)');
    await goTo(page, '#/config');
    await page.getByRole('heading', { name: "Configurer l'onglet du comité" }).waitFor();
    await page.getByRole('radio', { name: porteur.name.fr }).check();
    await page.getByRole('link', { name: new RegExp(`^Aperçu de l'onglet · ${porteur.name.fr}`) }).click();
    await page.getByRole('heading', { name: porteur.name.fr, level: 2 }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/committee/comite-porteur');
    expect(problems).toEqual([]);
  });

  it('fits a 360 × 740 phone screen', async () => {
    const { page, problems } = await openTabs({ width: 360, height: 740 });
    await signIn(page, DEMO_ACCOUNTS.coordinator, 'Bonjour, Coordination IPECN (démo)');
    await goTo(page, '#/committee/comite-porteur');
    await page.getByTestId('meeting').first().waitFor();
    await page.getByTestId('committee-indicator').waitFor();
    await noHorizontalOverflow(page);
    await screenshot(page, 'committee-phone.png');

    await page.getByRole('button', { name: 'Ajouter une rencontre' }).click();
    await page.getByRole('dialog', { name: 'Nouvelle rencontre' }).waitFor();
    // Let the dialog's opening animation finish before measuring and taking the picture.
    await page.waitForTimeout(400);
    await noHorizontalOverflow(page);
    await screenshot(page, 'add-meeting-phone.png');
    await page.getByRole('button', { name: 'Annuler' }).click();

    const meeting = porteurMeetings.find((candidate) => candidate.status === 'held')!;
    await goTo(page, `#/meeting/${meeting.id}`);
    await page.getByTestId('attendance-list').waitFor();
    await page.getByTestId('minutes-status').waitFor();
    await noHorizontalOverflow(page);
    await screenshot(page, 'meeting-phone.png');
    expect(problems).toEqual([]);
  });
});

/**
 * A stand-in for Teams' configuration dialog: frames the configuration page in the `settings` frame context
 * and answers teams-js's postMessage protocol, recording what the page asks of it.
 */
function fakeConfigHost(token: string): string {
  const host = (teamsToken: string) => {
    const calls: { func: string; args: unknown[] }[] = [];
    Object.assign(window, { teamsCalls: calls });
    window.addEventListener('message', (event) => {
      const message = event.data as { id?: number; uuidAsString?: string; func?: string; args?: unknown[] };
      if (typeof message?.func !== 'string' || !event.source) return;
      calls.push({ func: message.func, args: message.args ?? [] });
      const reply = (args: unknown[]) =>
        (event.source as Window).postMessage(
          { id: message.id, uuidAsString: message.uuidAsString, args },
          event.origin,
        );
      if (message.func === 'initialize')
        reply([
          'settings',
          'web',
          JSON.stringify({ apiVersion: 4, supports: { app: {}, authentication: {}, pages: { config: {} } } }),
          '2.58.0',
        ]);
      if (message.func === 'getContext')
        reply([{ locale: 'fr-ca', theme: 'default', frameContext: 'settings', hostName: 'Teams' }]);
      if (message.func === 'authentication.getAuthToken') reply([true, teamsToken]);
      if (message.func === 'settings.setSettings') reply([true]);
    });
  };
  return `<!doctype html><html><body style="margin:0">
    <script>(${host.toString()})(${JSON.stringify(token)});</script>
    <iframe title="IPECN" src="/tabs/#/config" style="border:0;width:100vw;height:100vh"></iframe>
  </body></html>`;
}

describe('committee tab configuration, inside a Teams host', () => {
  it('enables Save once a committee is chosen and saves the committee tab', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    await page.route(`${server.url}/teams-host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: fakeConfigHost(coordinatorToken) }),
    );
    await page.goto(`${server.url}/teams-host.html`);
    const tab = page.frameLocator('iframe[title="IPECN"]');
    type Call = { func: string; args: unknown[] };
    const calls = () => page.evaluate(() => (window as unknown as { teamsCalls: Call[] }).teamsCalls);

    await tab.getByRole('heading', { name: "Configurer l'onglet du comité" }).waitFor();
    await tab.getByRole('radio', { name: porteur.name.fr }).check();
    await tab.getByText(`Cliquez sur « Enregistrer » pour ajouter l'onglet « ${porteur.name.fr} ».`).waitFor();
    expect(await tab.getByRole('link', { name: /^Aperçu de l'onglet/ }).count()).toBe(0);
    await expect
      .poll(async () => (await calls()).filter((call) => call.func === 'settings.setValidityState').at(-1)?.args)
      .toEqual([true]);
    expect((await calls()).some((call) => call.func === 'registerHandler' && call.args[0] === 'save')).toBe(true);

    await page.evaluate(() =>
      document.querySelector('iframe')!.contentWindow!.postMessage({ func: 'settings.save', args: [{}] }, '*'),
    );
    await expect.poll(async () => (await calls()).map((call) => call.func)).toContain('settings.save.success');
    const saved = (await calls()).find((call) => call.func === 'settings.setSettings')!.args[0];
    expect(saved).toMatchObject({
      entityId: 'committee:comite-porteur',
      contentUrl: `${server.url}/tabs/#/committee/comite-porteur`,
      websiteUrl: `${server.url}/tabs/#/committee/comite-porteur`,
      suggestedDisplayName: porteur.name.fr,
    });
  });
});
