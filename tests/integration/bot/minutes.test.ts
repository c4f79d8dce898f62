import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../../bot/cards/adaptive-card.js';
import type { Meeting } from '../../../src/domain/meetings/meeting.js';
import { IPECN_TIME_ZONE } from '../../../src/domain/shared/vocabulary.js';
import type { Store } from '../../../src/store/store.js';
import { createTestBot, recordedActivity, type TestBot } from '../../support/bot.js';
import { cardOf, cardTexts, expectValidCard } from '../../support/cards.js';
import { BURST_CONVERSATION, prepareCheckInBurst } from '../../support/check-in-burst.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** Minutes in the meeting chat: written during the meeting, circulated, adopted at the next one. */
describe.each(backends)('minutes through the bot on %s', (backend) => {
  let testStore: TestStore;
  let store: Store;
  let bot: TestBot;
  let now = new Date('2025-10-07T18:00:00Z');
  let first: Meeting;
  let next: Meeting;
  let member: { aadObjectId: string; teamsUserId: string; personId: string };
  let version = 0;

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
    const setup = await prepareCheckInBurst(store, 3, new Date('2025-10-07T17:30:00Z'));
    first = setup.meeting;
    member = setup.people[0]!;
    for (const person of setup.people) await store.committees.addMember(first.committeeId!, person.personId, 'member');
    next = await store.meetings.create({
      ...first,
      title: 'Rencontre de novembre',
      startsAt: '2025-11-18T23:00:00.000Z',
      endsAt: '2025-11-19T01:00:00.000Z',
      timeZone: IPECN_TIME_ZONE,
      status: 'planned',
    });
    bot = createTestBot(store, { now: () => now, tenantId: TENANT });
  });
  afterAll(async () => {
    await bot?.settle();
    await testStore?.dispose();
  });

  const act = async (verb: string, data: Record<string, unknown>): Promise<AdaptiveCard> => {
    const activity = recordedActivity('invoke-attendance-checkin', {
      from: { id: member.teamsUserId, name: 'Membre', aadObjectId: member.aadObjectId },
    });
    activity.conversation = { ...activity.conversation!, id: BURST_CONVERSATION };
    activity.value = { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' };
    const { invokeResponse } = await bot.send(activity);
    const body = invokeResponse as { statusCode: number; value: AdaptiveCard };
    expect(body.statusCode).toBe(200);
    expectValidCard(body.value);
    version++;
    return body.value;
  };

  it('opens the minutes of the meeting with compte-rendu', async () => {
    const activity = recordedActivity('message-lier-meeting-chat', {
      text: '<at>IPECN</at> compte-rendu',
      from: { id: member.teamsUserId, name: 'Membre', aadObjectId: member.aadObjectId },
    });
    activity.conversation = { ...activity.conversation!, id: BURST_CONVERSATION };
    const { replies } = await bot.send(activity);
    const card = cardOf(replies[0]);
    expectValidCard(card);
    expect(cardTexts(card).join('\n')).toContain('Brouillon');
    version = 1;
  });

  it('records a decision and an action item, then circulates the draft', async () => {
    await act('minutes.addDecision', {
      meetingId: first.id,
      expectedVersion: version,
      decision: 'Tenir la fête des familles en juin.',
    });
    await act('minutes.addActionItem', {
      meetingId: first.id,
      expectedVersion: version,
      actionText: '[Réserver](https://example.org) la salle',
      ownerId: member.personId,
      dueOn: '2025-11-01',
    });
    const circulated = await act('minutes.circulate', { meetingId: first.id, expectedVersion: version });
    const text = cardTexts(circulated).join('\n');
    expect(text).toContain('Tenir la fête des familles en juin.');
    // A link typed by a user is shown as text, not as a link.
    expect(text).toContain('\\[Réserver\\]\\(https://example.org\\) la salle');
    expect((await store.minutes.get(first.id))!.status).toBe('circulated');
  });

  it('shows a stale card the current minutes instead of losing an edit', async () => {
    const stale = await act('minutes.addDecision', {
      meetingId: first.id,
      expectedVersion: 1,
      decision: 'Décision en retard',
    });
    version--;
    expect(cardTexts(stale).join('\n')).not.toContain('Décision en retard');
  });

  it('puts open action items on the next meeting’s attendance card', async () => {
    now = new Date('2025-11-18T23:05:00Z');
    const activity = recordedActivity('message-lier-meeting-chat', {
      text: '<at>IPECN</at> présences',
      from: { id: member.teamsUserId, name: 'Membre', aadObjectId: member.aadObjectId },
    });
    activity.conversation = { ...activity.conversation!, id: BURST_CONVERSATION };
    const card = cardOf((await bot.send(activity)).replies[0]);
    expect(cardTexts(card).join('\n')).toContain('Suivis ouverts des rencontres précédentes');
  });

  it('adopts the minutes at the next meeting, locks them and keeps the DOCX for SharePoint', async () => {
    const adopted = await act('minutes.adopt', {
      meetingId: first.id,
      expectedVersion: version,
      adoptedAtMeetingId: next.id,
    });
    expect(cardTexts(adopted).join('\n')).toContain('Adopté');
    const minutes = (await store.minutes.get(first.id))!;
    expect(minutes).toMatchObject({ status: 'adopted', adoptedAtMeetingId: next.id });
    await bot.settle();
    const document = await store.minutes.document(first.id);
    expect(document?.fileName).toMatch(/^Compte rendu - .+ - 2025-10-07\.docx$/);
    expect(Buffer.from(document!.bytes).subarray(0, 2).toString()).toBe('PK');
    const versions = await store.minutes.versions(first.id);
    expect(versions.map((v) => v.status)).toEqual(['draft', 'draft', 'draft', 'circulated', 'adopted']);
    const locked = await act('minutes.addDecision', {
      meetingId: first.id,
      expectedVersion: version,
      decision: 'Trop tard',
    });
    expect(cardTexts(locked).join('\n')).not.toContain('Trop tard');
  });
});
