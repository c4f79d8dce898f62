import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../../../src/domain/committees/committee.js';
import { ensureReferenceCommittees } from '../../../src/domain/committees/reference-committees.js';
import type { Meeting } from '../../../src/domain/meetings/meeting.js';
import type { ActionItem, Minutes } from '../../../src/domain/minutes/minutes.js';
import { MinutesChangedError, MinutesLockedError, emptyMinutes } from '../../../src/domain/minutes/minutes.js';
import {
  addDecision,
  adopt,
  circulate,
  keepAdoptedDocument,
  openMinutes,
} from '../../../src/domain/minutes/minutes-service.js';
import type { Person } from '../../../src/domain/people/person.js';
import { referenceData } from '../../../src/domain/reference/reference-data.js';
import { renderMinutesDocument } from '../../../src/export/minutes-document.js';
import type { Store } from '../../../src/store/store.js';
import { addMeeting, addPeople } from '../../support/factories.js';
import { backends, openTestStore } from '../../support/stores.js';
import type { TestStore } from '../../support/stores.js';

const item = (text: string, done = false, ownerId: string | null = null): ActionItem => ({
  text,
  ownerId,
  dueOn: null,
  done,
});

describe.each(backends)('minutes on %s', (backend) => {
  let testStore: TestStore;
  let store: Store;
  let steering: Committee;
  let management: Committee;
  let people: Person[];
  const at = (iso: string) => new Date(iso).toISOString();

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
    await ensureReferenceCommittees(store.committees, referenceData.committees);
    steering = (await store.committees.getBySlug('comite-porteur'))!;
    management = (await store.committees.getBySlug('comite-de-gestion'))!;
    people = await addPeople(store, 3);
  });
  afterAll(async () => {
    await testStore.dispose();
  });

  const steeringMeeting = (startsAt: string, more: Partial<Meeting> = {}) =>
    addMeeting(store, { kind: 'steering', committeeSlug: 'comite-porteur', startsAt, ...more });

  async function saved(meeting: Meeting, changes: Partial<Minutes> = {}): Promise<Minutes> {
    return store.minutes.save({ ...emptyMinutes(meeting.id, new Date(meeting.endsAt)), ...changes }, people[0]!.id);
  }

  it('saves a version at a time and keeps every one in the history', async () => {
    const meeting = await steeringMeeting('2025-05-06T17:30:00Z');
    expect(await store.minutes.get(meeting.id)).toBeUndefined();
    const first = await saved(meeting);
    expect(first.version).toBe(1);
    const second = await store.minutes.save(
      {
        ...first,
        notes: 'Quorum atteint.',
        agendaItems: [{ title: 'Bilan', notes: 'Douze familles.' }],
        decisions: [{ text: 'Reconduire la formation' }],
        actionItems: [item('Envoyer le bilan', false, people[1]!.id)],
        updatedAt: at('2025-05-06T20:00:00Z'),
      },
      people[1]!.id,
    );
    expect(second.version).toBe(2);
    expect(await store.minutes.get(meeting.id)).toEqual(second);

    const versions = await store.minutes.versions(meeting.id);
    expect(versions.map((v) => [v.version, v.status, v.changedBy, v.changedAt])).toEqual([
      [1, 'draft', people[0]!.id, first.updatedAt],
      [2, 'draft', people[1]!.id, '2025-05-06T20:00:00.000Z'],
    ]);
    expect(versions[0]!.content).toEqual(first);
    expect(versions[1]!.content).toEqual(second);
  });

  it('refuses a save based on another version than the stored one, and keeps the stored one', async () => {
    const meeting = await steeringMeeting('2025-05-13T17:30:00Z');
    const first = await saved(meeting);
    await expect(saved(meeting)).rejects.toThrow(MinutesChangedError);
    await store.minutes.save({ ...first, decisions: [{ text: 'A' }] }, people[0]!.id);
    await expect(store.minutes.save({ ...first, decisions: [{ text: 'B' }] }, people[1]!.id)).rejects.toThrow(
      MinutesChangedError,
    );
    expect((await store.minutes.get(meeting.id))!).toMatchObject({ version: 2, decisions: [{ text: 'A' }] });
    expect(await store.minutes.versions(meeting.id)).toHaveLength(2);
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const meeting = await steeringMeeting('2025-05-20T17:30:00Z');
    const first = await saved(meeting);
    const results = await Promise.allSettled(
      ['A', 'B', 'C'].map((text) => store.minutes.save({ ...first, decisions: [{ text }] }, people[0]!.id)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(MinutesChangedError);
    const stored = (await store.minutes.get(meeting.id))!;
    expect(stored.version).toBe(2);
    expect((await store.minutes.versions(meeting.id)).map((v) => v.content.decisions)).toEqual([[], stored.decisions]);
  });

  it('locks adopted minutes', async () => {
    const meeting = await steeringMeeting('2025-05-27T17:30:00Z');
    const next = await steeringMeeting('2025-06-24T17:30:00Z');
    const draft = await saved(meeting, { decisions: [{ text: 'Adopter le plan' }] });
    const circulated = await store.minutes.save({ ...draft, status: 'circulated' }, people[0]!.id);
    const adopted = await store.minutes.save(
      { ...circulated, status: 'adopted', adoptedAtMeetingId: next.id, adoptedAt: next.startsAt },
      people[0]!.id,
    );
    await expect(store.minutes.save({ ...adopted, notes: 'Après coup' }, people[0]!.id)).rejects.toThrow(
      MinutesLockedError,
    );
    await expect(store.minutes.save({ ...circulated, notes: 'Après coup' }, people[0]!.id)).rejects.toThrow(
      MinutesLockedError,
    );
    expect((await store.minutes.versions(meeting.id)).map((v) => v.status)).toEqual(['draft', 'circulated', 'adopted']);
  });

  it('saves within the store’s transaction, and a rollback takes the row and its history back', async () => {
    const meeting = await steeringMeeting('2025-06-03T17:30:00Z');
    await store.transaction(async (trx) => {
      await trx.minutes.save(emptyMinutes(meeting.id, new Date()), people[0]!.id);
    });
    const failed = store.transaction(async (trx) => {
      const current = (await trx.minutes.get(meeting.id))!;
      await trx.minutes.save({ ...current, decisions: [{ text: 'Annulée' }] }, people[0]!.id);
      throw new Error('rolled back');
    });
    await expect(failed).rejects.toThrow('rolled back');
    expect((await store.minutes.get(meeting.id))!.version).toBe(1);
    expect(await store.minutes.versions(meeting.id)).toHaveLength(1);
  });

  it('keeps the document byte for byte and records where it was uploaded', async () => {
    const meeting = await steeringMeeting('2025-06-10T17:30:00Z');
    await saved(meeting);
    const bytes = new Uint8Array(256).map((_, i) => i);
    await store.minutes.saveDocument(meeting.id, { fileName: 'a.docx', contentType: 'application/x-test', bytes });
    expect(await store.minutes.document(meeting.id)).toMatchObject({
      meetingId: meeting.id,
      fileName: 'a.docx',
      contentType: 'application/x-test',
      bytes,
      uploadedUrl: null,
    });
    await store.minutes.saveDocument(meeting.id, {
      fileName: 'b.docx',
      contentType: 'application/x-test',
      bytes: bytes.slice(0, 3),
    });
    expect(await store.minutes.document(meeting.id)).toMatchObject({
      fileName: 'b.docx',
      bytes: new Uint8Array([0, 1, 2]),
    });
    await store.minutes.markDocumentUploaded(meeting.id, 'https://ipecn.sharepoint.com/b.docx');
    expect((await store.minutes.document(meeting.id))!.uploadedUrl).toBe('https://ipecn.sharepoint.com/b.docx');
    expect((await store.minutes.get(meeting.id))!.documentUrl).toBe('https://ipecn.sharepoint.com/b.docx');
    expect(await store.minutes.document(people[0]!.id)).toBeUndefined();
  });

  it('lists the open action items of the committee’s earlier meetings, oldest first', async () => {
    const work = await store.committees.upsert({
      slug: 'comite-de-travail-suivi',
      kind: 'work',
      name: { fr: 'Comité de travail – suivi', en: 'Work committee – follow-up' },
      description: { fr: 'Suivi', en: 'Follow-up' },
      teamsConversationId: null,
      teamsChannelId: null,
      calendarSource: null,
      documentFolder: null,
    });
    const meetingOf = (startsAt: string) => addMeeting(store, { kind: 'work', committeeId: work.id, startsAt });
    const january = await meetingOf('2026-01-13T17:30:00Z');
    const february = await meetingOf('2026-02-10T17:30:00Z');
    const march = await meetingOf('2026-03-10T17:30:00Z');
    const april = await meetingOf('2026-04-14T16:30:00Z');
    await saved(january, {
      actionItems: [item('Appeler le CPE', true), item('Écrire à la Ville', false, people[2]!.id)],
    });
    await saved(february, { status: 'circulated', actionItems: [item('Réserver la salle')] });
    await saved(march, { actionItems: [item('Pas encore')] });
    await saved(april, { actionItems: [item('Plus tard')] });
    const other = await addMeeting(store, {
      kind: 'management',
      committeeId: management.id,
      startsAt: '2026-01-20T17:30:00Z',
    });
    await saved(other, { actionItems: [item('Autre comité')] });

    const open = await store.minutes.openActionItems(work.id, new Date(march.startsAt));
    expect(open).toEqual([
      {
        meetingId: january.id,
        meetingTitle: january.title,
        meetingStartsAt: january.startsAt,
        index: 1,
        item: item('Écrire à la Ville', false, people[2]!.id),
      },
      {
        meetingId: february.id,
        meetingTitle: february.title,
        meetingStartsAt: february.startsAt,
        index: 0,
        item: item('Réserver la salle'),
      },
    ]);
    expect(await store.minutes.openActionItems(steering.id, new Date('2000-01-01T00:00:00Z'))).toEqual([]);
  });

  it('takes minutes from draft to adopted with the service, keeping the DOCX', async () => {
    const [member] = people;
    await store.committees.addMember(steering.id, member!.id, 'member');
    const actor = { person: member!, committeeIds: [steering.id] };
    const meeting = await steeringMeeting('2025-10-07T17:30:00Z');
    const next = await steeringMeeting('2025-11-04T18:30:00Z');
    const deps = {
      ...store,
      now: () => new Date('2025-11-04T19:00:00Z'),
      renderDocument: renderMinutesDocument,
    };
    await openMinutes(deps, actor, meeting.id);
    await addDecision(deps, actor, { meetingId: meeting.id, expectedVersion: 1, decision: 'Adopter le plan' });
    await circulate(deps, actor, { meetingId: meeting.id, expectedVersion: 2 });
    const view = await adopt(deps, actor, {
      meetingId: meeting.id,
      expectedVersion: 3,
      adoptedAtMeetingId: next.id,
      proposedBy: member!.id,
    });
    expect(view.minutes).toMatchObject({ status: 'adopted', version: 4, proposedBy: member!.id });
    await keepAdoptedDocument(deps, meeting.id);
    const document = (await store.minutes.document(meeting.id))!;
    expect(document.fileName).toBe('Compte rendu - Comité porteur - 2025-10-07.docx');
    expect(Buffer.from(document.bytes.subarray(0, 2)).toString()).toBe('PK');
  });
});
