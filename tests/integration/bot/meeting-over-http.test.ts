import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../../bot/cards/adaptive-card.js';
import { ensureReferenceCommittees } from '../../../src/domain/committees/reference-committees.js';
import { referenceData } from '../../../src/domain/reference/reference-data.js';
import { recordedActivity } from '../../support/bot.js';
import { cardTexts, expectValidCard } from '../../support/cards.js';
import { startFakeConnector, type SentActivity } from '../../support/fake-connector.js';
import { startTestServer, type TestServer } from '../../support/server.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ORGANIZER = '7faf8ab2-3d56-4244-b585-20c8a42ed2b8';

/** A whole meeting over HTTP with recorded activities, through the real CloudAdapter and /api/messages. */
describe('a Teams meeting over HTTP', () => {
  let server: TestServer;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  let now = new Date('2025-10-07T17:31:00Z');

  beforeAll(async () => {
    server = await startTestServer('sqlite', { now: () => now });
    connector = await startFakeConnector();
    await ensureReferenceCommittees(server.store.committees, referenceData.committees);
    await server.store.people.create({
      displayName: 'Megan Bowen',
      category: 'coordination',
      role: 'coordinator',
      tenantId: TENANT,
      aadObjectId: ORGANIZER,
    });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  const post = (name: string, changes: Record<string, unknown> = {}) =>
    server.request('POST', '/api/messages', {
      body: { ...recordedActivity(name), serviceUrl: connector.url, ...changes },
    });
  const lastCard = (): AdaptiveCard => {
    const card = (connector.sent.at(-1) as SentActivity).body.attachments?.[0]?.content as unknown as AdaptiveCard;
    expectValidCard(card);
    return card;
  };

  it('links the meeting chat, then posts the attendance card when the meeting starts', async () => {
    expect((await post('message-lier-meeting-chat')).status).toBe(200);
    const committee = await server.store.committees.getBySlug('comite-parents-intervenants');
    const linked = await post('message-lier-meeting-chat', {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'committee.link', data: { committeeId: committee!.id } },
        trigger: 'manual',
      },
    });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });

    expect((await post('meeting-start')).status).toBe(200);
    expect(cardTexts(lastCard())[0]).toBe('Présences – Comité parents-intervenants — octobre');
  });

  it('records participants who join online', async () => {
    expect((await post('meeting-participant-join')).status).toBe(200);
    const [meeting] = await server.store.meetings.list({});
    const rows = await server.store.attendance.list(meeting!.id);
    expect(rows).toMatchObject([{ status: 'present', mode: 'online', source: 'teams' }]);
  });

  it('keeps the presence of a participant who leaves: having been there is what counts', async () => {
    expect((await post('meeting-participant-leave')).status).toBe(200);
    const [meeting] = await server.store.meetings.list({});
    expect(await server.store.attendance.list(meeting!.id)).toMatchObject([{ status: 'present', mode: 'online' }]);
  });

  it('answers a check-in invoke with the updated card, and posts the summary after closing', async () => {
    const [meeting] = await server.store.meetings.list({});
    const close = await post('invoke-attendance-checkin', {
      from: { id: '29:organizer', name: 'Megan Bowen', aadObjectId: ORGANIZER },
      value: {
        action: { type: 'Action.Execute', verb: 'attendance.close', data: { meetingId: meeting!.id } },
        trigger: 'manual',
      },
    });
    expect(close.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardTexts(close.body.value)).toContain('Les présences sont closes.');
    // The summary is posted after the invoke has been answered, through the connector.
    await expect.poll(() => connector.sent.length, { timeout: 5000 }).toBe(3);
    expect(cardTexts(lastCard())[0]).toBe('Résumé – Comité parents-intervenants — octobre');
  });

  it('posts the summary again at the meeting end event', async () => {
    now = new Date('2025-10-07T19:32:00Z');
    expect((await post('meeting-end')).status).toBe(200);
    expect(cardTexts(lastCard()).join('\n')).toContain('Comité parents-intervenants : 1 rencontre(s) sur 3');
  });
});
