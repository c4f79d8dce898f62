import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../../src/domain/committees/committee.js';
import { ensureReferenceCommittees } from '../../src/domain/committees/reference-committees.js';
import { IPECN_TIME_ZONE } from '../../src/domain/shared/vocabulary.js';
import { referenceData } from '../../src/domain/reference/reference-data.js';
import { DEMO_ACCOUNTS, seedDemo } from '../../src/store/seed/demo.js';
import { launchBrowser, watchPageProblems } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { ensureTabsBuilt } from './tabs-build.js';

const FISCAL_YEAR_START = { month: 4, day: 1 };
const TEAMS_MEETING_ID = 'MCMxOTptZWV0aW5nX2lwZWNuLXRlc3RAdGhyZWFkLnYyIzA=';
const MEETING_CHAT_ID = '19:meeting_ipecn-test@thread.v2';
const VALID_DOMAINS_URL = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
const MEETING_TITLE = 'Rencontre Teams du comité porteur (test)';

let server: TestServer;
let browser: Browser;
let token: string;
let porteur: Committee;

beforeAll(async () => {
  await ensureTabsBuilt();
  server = await startTestServer();
  await ensureReferenceCommittees(server.store.committees, referenceData.committees);
  await seedDemo(server.store, { now: new Date(), fiscalYearStart: FISCAL_YEAR_START });
  browser = await launchBrowser();
  token = await server.tokenFor(DEMO_ACCOUNTS.coordinator);
  porteur = (await server.request('GET', '/api/v1/committees/comite-porteur', { token })).body;
  const startsAt = new Date(Date.now() - 30 * 60_000);
  await server.store.meetings.create({
    committeeId: porteur.id,
    kind: 'steering',
    title: MEETING_TITLE,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
    timeZone: IPECN_TIME_ZONE,
    mode: 'online',
    territory: 'agglomerationQuebec',
    location: null,
    status: 'planned',
    graphEventId: null,
    iCalUId: null,
    teamsMeetingId: TEAMS_MEETING_ID,
    onlineJoinUrl: null,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface HostPlace {
  frameContext: 'settings' | 'content' | 'sidePanel' | 'meetingStage';
  meetingId?: string;
  chatId?: string;
}

/**
 * A stand-in for Teams in a meeting: frames `/tabs/<hash>` in the given frame context, reports the
 * meeting and chat ids in `getContext`, and answers teams-js's postMessage protocol, recording the calls.
 */
function fakeMeetingHost(teamsToken: string, hash: string, place: HostPlace): string {
  const host = (hostToken: string, where: HostPlace) => {
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
          where.frameContext,
          'web',
          JSON.stringify({
            apiVersion: 4,
            supports: { app: {}, authentication: {}, pages: { config: {} }, meeting: {}, sidePanel: {} },
          }),
          '2.58.0',
        ]);
      if (message.func === 'getContext')
        reply([
          {
            locale: 'fr-ca',
            theme: 'default',
            frameContext: where.frameContext,
            hostName: 'Teams',
            meetingId: where.meetingId,
            chatId: where.chatId,
          },
        ]);
      if (message.func === 'authentication.getAuthToken') reply([true, hostToken]);
      if (message.func === 'settings.setSettings') reply([true]);
    });
  };
  return `<!doctype html><html><body style="margin:0">
    <script>(${host.toString()})(${JSON.stringify(teamsToken)}, ${JSON.stringify(place)});</script>
    <iframe title="IPECN" src="/tabs/${hash}" style="border:0;width:100vw;height:100vh"></iframe>
  </body></html>`;
}

type Call = { func: string; args: unknown[] };

async function openInHost(
  hash: string,
  place: HostPlace,
  viewport = { width: 320, height: 900 },
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'fr-CA' });
  const page = await context.newPage();
  const problems = watchPageProblems(page, { httpErrors: true });
  // teams-js asks Microsoft's CDN which hosts it may trust; the test machine stays offline.
  await page.route(VALID_DOMAINS_URL, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ validOrigins: ['teams.microsoft.com'] }) }),
  );
  await page.route(`${server.url}/teams-host.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: fakeMeetingHost(token, hash, place) }),
  );
  await page.goto(`${server.url}/teams-host.html`);
  return { page, problems };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { teamsCalls: Call[] }).teamsCalls);

describe('meeting side panel, inside a Teams meeting', () => {
  it('finds the meeting from the Teams meeting id and checks the person in', async () => {
    const { page, problems } = await openInHost('#/side-panel', {
      frameContext: 'sidePanel',
      meetingId: TEAMS_MEETING_ID,
      chatId: MEETING_CHAT_ID,
    });
    const panel = page.frameLocator('iframe[title="IPECN"]');
    await panel.getByRole('heading', { name: MEETING_TITLE }).waitFor();
    const count = panel.getByTestId('present-count');
    await expect.poll(() => count.textContent()).toBe('Présent·es : 0');
    await panel.getByRole('button', { name: 'Je suis présent·e' }).click();
    await expect.poll(() => count.textContent()).toBe('Présent·es : 1');
    await panel.getByTestId('present-names').getByText('Coordination IPECN (démo)').waitFor();
    await panel.getByText('Votre présence est enregistrée.').waitFor();

    const [meeting] = (
      await server.request('GET', `/api/v1/meetings?teamsMeeting=${encodeURIComponent(TEAMS_MEETING_ID)}`, { token })
    ).body.meetings as { id: string }[];
    const attendance = (await server.request('GET', `/api/v1/meetings/${meeting!.id}/attendance`, { token })).body as {
      summary: { present: number };
    };
    expect(attendance.summary.present).toBe(1);
    expect((await calls(page)).map((call) => call.func)).toContain('authentication.getAuthToken');
    expect(problems).toEqual([]);
  });

  it('says when the app does not know the meeting yet, and offers to retry', async () => {
    const { page, problems } = await openInHost('#/side-panel', {
      frameContext: 'sidePanel',
      meetingId: 'une-reunion-inconnue',
    });
    let lookups = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/meetings?teamsMeeting=une-reunion-inconnue')) lookups++;
    });
    const panel = page.frameLocator('iframe[title="IPECN"]');
    await panel
      .getByText(
        "Cette réunion n'est pas encore connue de l'application : le bot la crée au début de la réunion, dans une conversation liée à un comité.",
      )
      .waitFor();
    await expect.poll(() => lookups).toBe(1);
    await panel.getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(() => lookups).toBe(2);
    await panel.getByText(/^Cette réunion n'est pas encore connue/).waitFor();
    expect(problems).toEqual([]);
  });
});

describe('tab configuration, inside a Teams meeting', () => {
  it('saves the side panel for the chosen committee', async () => {
    const { page, problems } = await openInHost(
      '#/config',
      { frameContext: 'settings', meetingId: TEAMS_MEETING_ID, chatId: MEETING_CHAT_ID },
      { width: 800, height: 700 },
    );
    const tab = page.frameLocator('iframe[title="IPECN"]');
    await tab.getByRole('heading', { name: "Configurer l'onglet du comité" }).waitFor();
    await tab.getByRole('radio', { name: porteur.name.fr }).check();
    await tab
      .getByText(new RegExp(`^Cliquez sur « Enregistrer » pour ajouter l'onglet « ${porteur.name.fr} » :`))
      .waitFor();
    await expect
      .poll(async () => (await calls(page)).filter((call) => call.func === 'settings.setValidityState').at(-1)?.args)
      .toEqual([true]);

    await page.evaluate(() =>
      document.querySelector('iframe')!.contentWindow!.postMessage({ func: 'settings.save', args: [{}] }, '*'),
    );
    await expect.poll(async () => (await calls(page)).map((call) => call.func)).toContain('settings.save.success');
    const saved = (await calls(page)).find((call) => call.func === 'settings.setSettings')!.args[0];
    expect(saved).toMatchObject({
      entityId: 'side-panel:comite-porteur',
      contentUrl: `${server.url}/tabs/#/side-panel`,
      websiteUrl: `${server.url}/tabs/#/side-panel`,
      suggestedDisplayName: porteur.name.fr,
    });
    expect(problems).toEqual([]);
  });
});
