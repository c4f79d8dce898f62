import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../../bot/cards/adaptive-card.js';
import { ensureReferenceCommittees } from '../../../src/domain/committees/reference-committees.js';
import type { Meeting } from '../../../src/domain/meetings/meeting.js';
import { referenceData } from '../../../src/domain/reference/reference-data.js';
import type { Store } from '../../../src/store/store.js';
import { createTestBot, recordedActivity, type TestBot } from '../../support/bot.js';
import { actionTitles, cardOf, cardTexts, expectValidCard } from '../../support/cards.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ORGANIZER = '7faf8ab2-3d56-4244-b585-20c8a42ed2b8';
const ALEX = 'b1d3f5a7-2c4e-4f60-9a8b-7c6d5e4f3a21';
const ALEX_TEAMS_ID = '29:1z2y3x4w5v6u7t8s9r0q';

/** The attendance flow in a Teams meeting chat, driven with recorded activities through botbuilder's TestAdapter. */
describe.each(backends)('attendance bot on %s', (backend) => {
  let testStore: TestStore;
  let store: Store;
  let bot: TestBot;
  let now = new Date('2025-10-07T17:31:00Z');
  let meeting: Meeting;

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
    await ensureReferenceCommittees(store.committees, referenceData.committees);
    const organizer = await store.people.create({
      displayName: 'Megan Bowen',
      email: 'megan@contoso.example',
      category: 'practitioner',
      tenantId: TENANT,
      aadObjectId: ORGANIZER,
      profileConfirmedAt: '2025-01-01T00:00:00.000Z',
    });
    const committee = await store.committees.getBySlug('comite-parents-intervenants');
    await store.committees.addMember(committee!.id, organizer.id, 'member');
    bot = createTestBot(store, { now: () => now, tenantId: TENANT });
  });
  afterAll(async () => {
    await bot?.settle();
    await testStore?.dispose();
  });

  /** An Action.Execute invoke as Alex (or someone else) sends it from the card. */
  const invoke = (verb: string, data: Record<string, unknown>, overrides: Record<string, unknown> = {}) => {
    const activity = recordedActivity('invoke-attendance-checkin', overrides);
    activity.id = `f:${Math.random().toString(36).slice(2)}`;
    activity.value = { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' };
    return bot.send(activity);
  };
  const invokedCard = (response: { invokeResponse: unknown }) => {
    const body = response.invokeResponse as { statusCode: number; type: string; value: AdaptiveCard };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expectValidCard(body.value);
    return body.value;
  };

  it('refuses attendance before the conversation is linked to a committee', async () => {
    const { replies } = await bot.send(recordedActivity('meeting-start'));
    expect(cardTexts(cardOf(replies[0])).join(' ')).toContain("n'est liée à aucun comité");
    expect(await store.meetings.list({})).toEqual([]);
  });

  it('links the meeting chat to a committee with lier', async () => {
    const { replies } = await bot.send(recordedActivity('message-lier-meeting-chat'));
    const card = cardOf(replies[0]);
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe('Lier cette conversation à un comité');
    const committee = await store.committees.getBySlug('comite-parents-intervenants');
    const linked = await bot.send({
      ...recordedActivity('message-lier-meeting-chat'),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'committee.link', data: { committeeId: committee!.id } },
        trigger: 'manual',
      },
    });
    expect(cardTexts(invokedCard(linked)).join(' ')).toContain('liée au Comité parents-intervenants');
  });

  it('creates the meeting at the meeting start event and posts the attendance card', async () => {
    const { replies } = await bot.send(recordedActivity('meeting-start'));
    const card = cardOf(replies[0]);
    expectValidCard(card);
    expect(card.version).toBe('1.5');
    expect(actionTitles(card)).toEqual(['Présent·e sur place', 'Présent·e en ligne', 'Absence motivée']);
    expect(card.refresh?.action).toMatchObject({ type: 'Action.Execute', verb: 'attendance.refresh' });
    meeting = (await store.meetings.list({}))[0]!;
    expect(meeting).toMatchObject({ kind: 'parentPractitioner', status: 'held', mode: 'online' });
    expect(meeting!.title).toBe('Comité parents-intervenants — octobre');
  });

  it('accepts the camelCase fields of the meeting start event and finds the same meeting', async () => {
    const activity = recordedActivity('meeting-start');
    const value = activity.value as Record<string, string>;
    activity.value = {
      id: value.Id,
      title: value.Title,
      joinUrl: value.JoinUrl,
      startTime: value.StartTime,
      meetingType: 'Scheduled',
    };
    await bot.send(activity);
    expect(await store.meetings.list({})).toHaveLength(1);
  });

  it('asks a first-time person their category, then checks them in', async () => {
    const first = invokedCard(await invoke('attendance.checkIn', { meetingId: meeting.id, choice: 'inPerson' }));
    expect(cardTexts(first)[0]).toBe('Une question avant de vous inscrire');
    expect(await store.attendance.list(meeting.id)).toEqual([]);
    const saved = invokedCard(
      await invoke('attendance.saveProfile', {
        meetingId: meeting.id,
        choice: 'inPerson',
        category: 'family',
        territory: 'portneuf',
        organizationId: 'none',
      }),
    );
    expect(cardTexts(saved)).toContain('Votre présence : Présent·e sur place');
    const rows = await store.attendance.list(meeting.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'present',
      mode: 'inPerson',
      source: 'card',
      category: 'family',
      territory: 'portneuf',
    });
    const alex = await store.people.findByEntraId(TENANT, ALEX);
    expect(alex).toMatchObject({ category: 'family', territory: 'portneuf', teamsUserId: ALEX_TEAMS_ID });
    expect(alex!.profileConfirmedAt).not.toBeNull();
  });

  it('is idempotent: a retried check-in with another activity id leaves one row', async () => {
    for (let i = 0; i < 3; i++) await invoke('attendance.checkIn', { meetingId: meeting.id, choice: 'inPerson' });
    expect(await store.attendance.list(meeting.id)).toHaveLength(1);
  });

  it('records the sender, not a user named in the card data', async () => {
    const intruder = await store.people.create({
      displayName: 'Quelqu’un d’autre',
      category: 'manager',
      tenantId: TENANT,
      aadObjectId: 'c0ffee00-0000-4000-8000-000000000001',
    });
    await invoke('attendance.checkIn', {
      meetingId: meeting.id,
      choice: 'excused',
      personId: intruder.id,
      aadObjectId: intruder.aadObjectId,
      userId: intruder.aadObjectId,
    });
    const rows = await store.attendance.list(meeting.id);
    expect(rows.map((row) => row.personId)).not.toContain(intruder.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'excused', source: 'card' });
    await invoke('attendance.checkIn', { meetingId: meeting.id, choice: 'inPerson' });
  });

  it('merges Teams join events with card check-ins: one row per person', async () => {
    await bot.send(recordedActivity('meeting-participant-join'));
    const join = recordedActivity('meeting-participant-join');
    (join.value as { members: { user: Record<string, string> }[] }).members[0]!.user = {
      tenantId: TENANT,
      objectId: ORGANIZER,
      aadObjectId: ORGANIZER,
      id: '29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw',
      name: 'Megan Bowen',
    };
    await bot.send(join);
    const rows = await store.attendance.list(meeting.id);
    expect(rows).toHaveLength(2);
    const organizer = await store.people.findByEntraId(TENANT, ORGANIZER);
    expect(rows.find((row) => row.personId === organizer!.id)).toMatchObject({
      status: 'present',
      mode: 'online',
      source: 'teams',
    });
    const alex = await store.people.findByEntraId(TENANT, ALEX);
    // The card said "sur place": Teams seeing Alex online does not change that.
    expect(rows.find((row) => row.personId === alex!.id)).toMatchObject({ mode: 'inPerson', source: 'card' });
  });

  it('refuses a check-in from another tenant', async () => {
    const response = await invoke(
      'attendance.checkIn',
      { meetingId: meeting.id, choice: 'online' },
      {
        conversation: {
          isGroup: true,
          conversationType: 'groupChat',
          tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f',
          id: 'other',
        },
        channelData: { tenant: { id: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' } },
      },
    );
    expect(cardTexts(invokedCard(response)).join(' ')).toContain('autre organisation Microsoft 365');
  });

  it('refuses a meeting of a committee the conversation is not linked to', async () => {
    const steering = await store.committees.getBySlug('comite-porteur');
    await store.conversationLinks.link({
      conversationId: '19:steering-channel@thread.tacv2',
      committeeId: steering!.id,
      tenantId: TENANT,
      conversationType: 'channel',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      linkedBy: (await store.people.findByEntraId(TENANT, ORGANIZER))!.id,
    });
    const response = await invoke(
      'attendance.checkIn',
      { meetingId: meeting.id, choice: 'online' },
      {
        conversation: {
          isGroup: true,
          conversationType: 'channel',
          tenantId: TENANT,
          id: '19:steering-channel@thread.tacv2',
        },
      },
    );
    expect(cardTexts(invokedCard(response)).join(' ')).toContain("n'appartient pas au comité");
  });

  it('answers malformed card data with a 400 and stores nothing', async () => {
    const response = await invoke('attendance.checkIn', { meetingId: 'not-a-uuid', choice: 'dancing' });
    expect(response.invokeResponse).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    expect(await store.attendance.list(meeting.id)).toHaveLength(2);
  });

  it('lets only the organizer or the coordination team close attendance, then posts the summary', async () => {
    const refused = invokedCard(await invoke('attendance.close', { meetingId: meeting.id }));
    expect(cardTexts(refused)[0]).toContain('permission');
    expect((await store.meetings.get(meeting.id))!.attendanceClosedAt).toBeNull();

    const asOrganizer = recordedActivity('invoke-attendance-checkin');
    asOrganizer.from = { id: '29:organizer', name: 'Megan Bowen', aadObjectId: ORGANIZER } as Activity['from'];
    const organizer = await store.people.findByEntraId(TENANT, ORGANIZER);
    await store.meetings.update(meeting.id, { organizerId: organizer!.id });
    asOrganizer.value = {
      action: { type: 'Action.Execute', verb: 'attendance.close', data: { meetingId: meeting.id } },
      trigger: 'manual',
    };
    const closed = invokedCard(await bot.send(asOrganizer));
    expect(cardTexts(closed)).toContain('Les présences sont closes.');
    expect(actionTitles(closed)).toEqual([]);
    await bot.settle();
    expect(bot.posted).toHaveLength(1);
    const summary = bot.posted[0]!.card;
    expectValidCard(summary);
    const text = cardTexts(summary).join('\n');
    expect(text).toContain('Présent·es: 2');
    expect(text).toContain('Cible par rencontre non atteinte : 2 participant·es sur 12.');
    expect(text).toContain('Comité parents-intervenants : 1 rencontre(s) sur 3 pour l’exercice 2025-2026.');
  });

  it('refuses check-ins once attendance is closed', async () => {
    now = new Date('2025-10-07T18:00:00Z');
    const response = invokedCard(await invoke('attendance.checkIn', { meetingId: meeting.id, choice: 'online' }));
    expect(cardTexts(response).join(' ')).toContain('Les présences de cette rencontre sont closes.');
  });

  it('answers the meeting end event with the summary card, in English for an English client', async () => {
    const { replies } = await bot.send(recordedActivity('meeting-end', { locale: 'en-US' }));
    const card = cardOf(replies[0]);
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe('Summary – Comité parents-intervenants — octobre');
  });

  it('shows the attendance card on demand with présences', async () => {
    const { replies } = await bot.send(
      recordedActivity('message-lier-meeting-chat', { text: '<at>IPECN</at> présences' }),
    );
    const card = cardOf(replies[0]);
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe('Présences – Comité parents-intervenants — octobre');
  });
});
