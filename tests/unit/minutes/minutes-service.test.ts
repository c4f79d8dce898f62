import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { MinutesActionData } from '../../../src/domain/minutes/action-data.js';
import { MinutesChangedError, MinutesLockedError } from '../../../src/domain/minutes/minutes.js';
import {
  addActionItem,
  addAgendaItem,
  addDecision,
  addNote,
  adopt,
  circulate,
  completeActionItem,
  openMinutes,
  runMinutesAction,
  setNotes,
  keepAdoptedDocument,
} from '../../../src/domain/minutes/minutes-service.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../src/domain/shared/errors.js';
import { world, type World } from './fakes.js';

let w: World;
beforeEach(() => {
  w = world();
});

/** Minutes of the first meeting with one decision, circulated, at version 3. */
async function circulated() {
  const opened = await openMinutes(w.deps, w.member, w.first.id);
  await addDecision(w.deps, w.member, {
    meetingId: w.first.id,
    expectedVersion: opened.minutes.version,
    decision: 'Adopter le plan',
  });
  return circulate(w.deps, w.member, { meetingId: w.first.id, expectedVersion: 2 });
}

/** Four weeks later, during the next meeting. */
const atNextMeeting = () => {
  w.clock.now = new Date('2025-11-04T19:00:00Z');
};

describe('opening minutes', () => {
  it('creates an empty draft once, at version 1, for a member', async () => {
    const view = await openMinutes(w.deps, w.member, w.first.id);
    expect(view.minutes).toMatchObject({
      status: 'draft',
      version: 1,
      agendaItems: [],
      decisions: [],
      actionItems: [],
    });
    expect(view.canEdit).toBe(true);
    expect(view.committee?.id).toBe(w.committee.id);
    expect(view.people.map((p) => [p.displayName, p.member])).toEqual([
      ['Amina Diallo', true],
      ['Luc Tremblay', true],
    ]);
    expect((await openMinutes(w.deps, w.coordinator, w.first.id)).minutes.version).toBe(1);
    expect(await w.deps.minutes.versions(w.first.id)).toHaveLength(1);
  });

  it('is refused to people outside the committee and the coordination team', async () => {
    await expect(openMinutes(w.deps, w.outsider, w.first.id)).rejects.toThrow(ForbiddenError);
    await expect(openMinutes(w.deps, w.member, crypto.randomUUID())).rejects.toThrow(NotFoundError);
  });
});

describe('editing', () => {
  it('adds agenda items, notes, decisions and action items, one version each', async () => {
    await openMinutes(w.deps, w.member, w.first.id);
    const target = (expectedVersion: number) => ({ meetingId: w.first.id, expectedVersion });
    await addAgendaItem(w.deps, w.member, { ...target(1), agendaTitle: '  Bilan 2024-2025 ', agendaNotes: '' });
    await addNote(w.deps, w.member, { ...target(2), agendaIndex: '0', note: 'Douze familles rejointes.' });
    await addNote(w.deps, w.member, { ...target(3), agendaIndex: 0, note: 'Portneuf à renforcer.' });
    await addNote(w.deps, w.coordinator, { ...target(4), agendaIndex: 'general', note: 'Quorum atteint.' });
    await addDecision(w.deps, w.member, { ...target(5), decision: 'Reconduire la formation' });
    await addActionItem(w.deps, w.member, {
      ...target(6),
      actionText: 'Envoyer le bilan',
      ownerId: w.members[1]!.id,
      dueOn: '2025-11-01',
    });
    await addActionItem(w.deps, w.member, { ...target(7), actionText: 'Réserver la salle', ownerId: '', dueOn: '' });
    const view = await completeActionItem(w.deps, w.member, { ...target(8), actionIndex: '1' });

    expect(view.minutes).toMatchObject({
      version: 9,
      notes: 'Quorum atteint.',
      agendaItems: [{ title: 'Bilan 2024-2025', notes: 'Douze familles rejointes.\n\nPortneuf à renforcer.' }],
      decisions: [{ text: 'Reconduire la formation' }],
      actionItems: [
        { text: 'Envoyer le bilan', ownerId: w.members[1]!.id, dueOn: '2025-11-01', done: false },
        { text: 'Réserver la salle', ownerId: null, dueOn: null, done: true },
      ],
    });
    const versions = await w.deps.minutes.versions(w.first.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(versions[4]!.changedBy).toBe(w.coordinator.person.id);

    const replaced = await setNotes(w.deps, w.member, { ...target(9), agendaIndex: 0, notes: 'Résumé.' });
    expect(replaced.minutes.agendaItems[0]!.notes).toBe('Résumé.');
  });

  it('refuses a change based on a version someone else has changed since', async () => {
    await openMinutes(w.deps, w.member, w.first.id);
    await addDecision(w.deps, w.member, { meetingId: w.first.id, expectedVersion: 1, decision: 'Première' });
    const stale = addDecision(w.deps, w.coordinator, {
      meetingId: w.first.id,
      expectedVersion: 1,
      decision: 'Seconde',
    });
    await expect(stale).rejects.toThrow(MinutesChangedError);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect((await w.deps.minutes.get(w.first.id))!.decisions).toEqual([{ text: 'Première' }]);
  });

  it('refuses people outside the committee', async () => {
    await openMinutes(w.deps, w.member, w.first.id);
    await expect(
      addDecision(w.deps, w.outsider, { meetingId: w.first.id, expectedVersion: 1, decision: 'Intrusion' }),
    ).rejects.toThrow(ForbiddenError);
    await expect(circulate(w.deps, w.outsider, { meetingId: w.first.id, expectedVersion: 1 })).rejects.toThrow(
      ForbiddenError,
    );
  });

  it('validates input lengths, dates, indexes and people', async () => {
    await openMinutes(w.deps, w.member, w.first.id);
    const target = { meetingId: w.first.id, expectedVersion: 1 };
    await expect(addAgendaItem(w.deps, w.member, { ...target, agendaTitle: '   ' })).rejects.toThrow(ZodError);
    await expect(addDecision(w.deps, w.member, { ...target, decision: 'x'.repeat(2001) })).rejects.toThrow(ZodError);
    await expect(
      addActionItem(w.deps, w.member, { ...target, actionText: 'Appeler', dueOn: '2025-13-01' }),
    ).rejects.toThrow(ZodError);
    await expect(
      addActionItem(w.deps, w.member, { ...target, actionText: 'Appeler', ownerId: crypto.randomUUID() }),
    ).rejects.toThrow(NotFoundError);
    await expect(addNote(w.deps, w.member, { ...target, agendaIndex: 3, note: 'Perdue' })).rejects.toThrow(
      ValidationError,
    );
    await expect(completeActionItem(w.deps, w.member, { ...target, actionIndex: 0 })).rejects.toThrow(ValidationError);
    await expect(
      addDecision(w.deps, w.member, { meetingId: 'pas-un-id', expectedVersion: 1, decision: 'x' }),
    ).rejects.toThrow(ZodError);
    // Appended notes stay within the limit of the field.
    await addAgendaItem(w.deps, w.member, { ...target, agendaTitle: 'Point', agendaNotes: 'a'.repeat(4000) });
    await expect(
      addNote(w.deps, w.member, { meetingId: w.first.id, expectedVersion: 2, agendaIndex: 0, note: 'b'.repeat(1500) }),
    ).rejects.toThrow('note: at most 5000 characters');
    expect((await w.deps.minutes.get(w.first.id))!.version).toBe(2);
  });
});

describe('circulating and adopting', () => {
  it('circulates a draft with content, once', async () => {
    await openMinutes(w.deps, w.member, w.first.id);
    await expect(circulate(w.deps, w.member, { meetingId: w.first.id, expectedVersion: 1 })).rejects.toThrow(
      'nothing to circulate',
    );
    const view = await circulated();
    expect(view.minutes).toMatchObject({ status: 'circulated', version: 3, circulatedAt: w.clock.now.toISOString() });
    await expect(circulate(w.deps, w.member, { meetingId: w.first.id, expectedVersion: 3 })).rejects.toThrow(
      ConflictError,
    );
    // Circulated minutes can still be corrected before adoption.
    const corrected = await addDecision(w.deps, w.member, {
      meetingId: w.first.id,
      expectedVersion: 3,
      decision: 'Correction',
    });
    expect(corrected.minutes).toMatchObject({ status: 'circulated', version: 4 });
  });

  it('refuses to adopt a draft', async () => {
    await openMinutes(w.deps, w.member, w.first.id);
    atNextMeeting();
    await expect(
      adopt(w.deps, w.member, { meetingId: w.first.id, expectedVersion: 1, adoptedAtMeetingId: w.next.id }),
    ).rejects.toThrow('Circulate these minutes before adopting them');
  });

  it('adopts at a later meeting of the same committee that has begun', async () => {
    await circulated();
    const target = { meetingId: w.first.id, expectedVersion: 3 };
    await expect(adopt(w.deps, w.member, { ...target, adoptedAtMeetingId: w.next.id })).rejects.toThrow(
      'has not begun',
    );
    atNextMeeting();
    await expect(adopt(w.deps, w.member, { ...target, adoptedAtMeetingId: w.first.id })).rejects.toThrow(
      'adoptedAtMeetingId: must be a later meeting of the same committee',
    );
    await expect(
      adopt(w.deps, w.member, { ...target, adoptedAtMeetingId: w.otherCommitteeMeeting.id }),
    ).rejects.toThrow(ValidationError);
    await expect(
      adopt(w.deps, w.member, {
        ...target,
        adoptedAtMeetingId: w.next.id,
        proposedBy: w.members[0]!.id,
        secondedBy: w.members[0]!.id,
      }),
    ).rejects.toThrow('secondedBy');
    await expect(adopt(w.deps, w.outsider, { ...target, adoptedAtMeetingId: w.next.id })).rejects.toThrow(
      ForbiddenError,
    );

    const opened = await openMinutes(w.deps, w.member, w.first.id);
    expect(opened.adoptionMeeting?.id).toBe(w.next.id);

    const view = await adopt(w.deps, w.member, {
      ...target,
      adoptedAtMeetingId: w.next.id,
      proposedBy: w.members[0]!.id,
      secondedBy: w.members[1]!.id,
    });
    expect(view.minutes).toMatchObject({
      status: 'adopted',
      version: 4,
      adoptedAtMeetingId: w.next.id,
      adoptedAt: '2025-11-04T19:00:00.000Z',
      proposedBy: w.members[0]!.id,
      secondedBy: w.members[1]!.id,
    });
    expect(view.canEdit).toBe(false);
    expect(view.adoptionMeeting?.id).toBe(w.next.id);

    // The document is slow work, rendered after the answer.
    expect(w.rendered).toHaveLength(0);
    await keepAdoptedDocument(w.deps, w.first.id);
    await keepAdoptedDocument(w.deps, w.first.id);
    expect(w.rendered).toHaveLength(1);
    expect(w.rendered[0]).toMatchObject({
      committeeName: 'Comité porteur',
      locale: 'fr-CA',
      meeting: { title: w.first.title },
      adoptedAtMeeting: { id: w.next.id },
      minutes: { status: 'adopted', decisions: [{ text: 'Adopter le plan' }] },
      people: { [w.members[0]!.id]: 'Amina Diallo', [w.members[1]!.id]: 'Luc Tremblay' },
    });
    expect(await w.deps.minutes.document(w.first.id)).toMatchObject({
      fileName: 'minutes.docx',
      contentType: 'application/test',
    });
    expect((await w.deps.minutes.versions(w.first.id)).map((v) => v.status)).toEqual([
      'draft',
      'draft',
      'circulated',
      'adopted',
    ]);
  });

  it('locks adopted minutes against every change', async () => {
    await circulated();
    atNextMeeting();
    await adopt(w.deps, w.member, { meetingId: w.first.id, expectedVersion: 3, adoptedAtMeetingId: w.next.id });
    const target = { meetingId: w.first.id, expectedVersion: 4 };
    for (const attempt of [
      addDecision(w.deps, w.coordinator, { ...target, decision: 'Après coup' }),
      addAgendaItem(w.deps, w.member, { ...target, agendaTitle: 'Après coup' }),
      completeActionItem(w.deps, w.member, { ...target, actionIndex: 0 }),
      circulate(w.deps, w.member, target),
      adopt(w.deps, w.member, { ...target, adoptedAtMeetingId: w.next.id }),
    ])
      await expect(attempt).rejects.toThrow(MinutesLockedError);
    await expect(w.deps.minutes.save({ ...(await w.deps.minutes.get(w.first.id))!, notes: 'x' }, null)).rejects.toThrow(
      MinutesLockedError,
    );
    expect(await w.deps.minutes.versions(w.first.id)).toHaveLength(4);
  });

  it('renders the document again later when rendering failed', async () => {
    await circulated();
    atNextMeeting();
    const render = w.deps.renderDocument;
    w.deps.renderDocument = async () => {
      throw new Error('disk full');
    };
    await adopt(w.deps, w.member, { meetingId: w.first.id, expectedVersion: 3, adoptedAtMeetingId: w.next.id });
    await expect(keepAdoptedDocument(w.deps, w.first.id)).rejects.toThrow('disk full');
    expect(await w.deps.minutes.document(w.first.id)).toBeUndefined();
    w.deps.renderDocument = render;
    await keepAdoptedDocument(w.deps, w.first.id);
    expect(await w.deps.minutes.document(w.first.id)).toBeDefined();
  });
});

describe('card actions', () => {
  it('parse the data of Action.Execute, inputs as strings, and run the verb it names', async () => {
    await openMinutes(w.deps, w.member, w.first.id);
    const data = MinutesActionData.parse({
      verb: 'minutes.addActionItem',
      meetingId: w.first.id,
      expectedVersion: '1',
      actionText: ' Appeler la CIUSSS ',
      ownerId: w.members[1]!.id,
      dueOn: '',
    });
    expect(data).toEqual({
      verb: 'minutes.addActionItem',
      meetingId: w.first.id,
      expectedVersion: 1,
      actionText: 'Appeler la CIUSSS',
      ownerId: w.members[1]!.id,
      dueOn: undefined,
    });
    const view = await runMinutesAction(w.deps, w.member, data);
    expect(view.minutes.actionItems).toEqual([
      { text: 'Appeler la CIUSSS', ownerId: w.members[1]!.id, dueOn: null, done: false },
    ]);
  });

  it('refuse unknown verbs and malformed data', () => {
    const meetingId = w.first.id;
    expect(MinutesActionData.safeParse({ verb: 'minutes.delete', meetingId, expectedVersion: 1 }).success).toBe(false);
    expect(MinutesActionData.safeParse({ verb: 'minutes.circulate', meetingId, expectedVersion: '-1' }).success).toBe(
      false,
    );
    expect(MinutesActionData.safeParse({ verb: 'minutes.addNote', meetingId, expectedVersion: 1 }).success).toBe(false);
    expect(
      MinutesActionData.safeParse({
        verb: 'minutes.addNote',
        meetingId,
        expectedVersion: 1,
        note: 'x',
        agendaIndex: '',
      }).success,
    ).toBe(true);
  });
});
