import { beforeEach, describe, expect, it } from 'vitest';
import {
  minutesCard,
  type MinutesAction,
  type MinutesCard,
  type ShowCardAction,
} from '../../../bot/cards/minutes-card.js';
import { MinutesActionData } from '../../../src/domain/minutes/action-data.js';
import type { Minutes } from '../../../src/domain/minutes/minutes.js';
import { emptyMinutes } from '../../../src/domain/minutes/minutes.js';
import type { MinutesCardOptions } from '../../../bot/cards/minutes-card.js';
import { expectValidCard } from '../../support/cards.js';
import { world, type World } from './fakes.js';

let w: World;
beforeEach(() => {
  w = world();
});

const lowerCased = (json: unknown): unknown => JSON.parse(JSON.stringify(json).toLowerCase());
/** The library reads an action's `fallback` but does not write it back out; compare without it. */
const withoutFallbacks = (json: unknown): unknown =>
  JSON.parse(JSON.stringify(json, (key, value: unknown) => (key === 'fallback' ? undefined : value)));

function parseWithoutWarnings(card: MinutesCard) {
  const model = expectValidCard(card);
  expect(model.version?.toString()).toBe('1.5');
  // Nothing the library does not know was dropped (it re-serializes enum values in PascalCase).
  expect(lowerCased(model.toJSON())).toEqual(lowerCased(withoutFallbacks(card)));
  return model;
}

function options(minutes: Partial<Minutes>, more: Partial<MinutesCardOptions> = {}): MinutesCardOptions {
  return {
    meeting: w.first,
    committee: w.committee,
    minutes: { ...emptyMinutes(w.first.id, new Date('2025-10-07T19:00:00Z')), version: 4, ...minutes },
    locale: 'fr-CA',
    canEdit: true,
    people: w.members.map((p) => ({ id: p.id, displayName: p.displayName, member: true })),
    adoptionMeeting: null,
    ...more,
  };
}

const full: Partial<Minutes> = {
  notes: 'Quorum atteint.',
  agendaItems: [{ title: 'Bilan', notes: 'Douze familles.' }],
  decisions: [{ text: 'Reconduire la formation' }],
  actionItems: [
    { text: 'Envoyer le bilan', ownerId: null, dueOn: '2025-11-01', done: false },
    { text: 'Réserver la salle', ownerId: null, dueOn: null, done: true },
  ],
};

const json = (card: MinutesCard) => JSON.stringify(card);
/** The forms in the sections' action sets, then the card's own actions. */
function allActions(card: MinutesCard): MinutesAction[] {
  const inSections = card.body.flatMap((element) =>
    element.type === 'Container'
      ? element.items.flatMap((item) =>
          item.type === 'ActionSet' ? (item as { actions: MinutesAction[] }).actions : [],
        )
      : [],
  );
  return [...inSections, ...(card.actions ?? [])];
}
const showCards = (card: MinutesCard) =>
  allActions(card).filter((a): a is ShowCardAction => a.type === 'Action.ShowCard');
const verbOf = (action: MinutesAction) => (action.type === 'Action.Execute' ? action : action.card.actions[0]!).verb;

describe('minutes card', () => {
  it('parses without warnings as version 1.5, as a draft with its forms', () => {
    const card = minutesCard(
      options({ ...full, actionItems: full.actionItems!.map((a) => ({ ...a, ownerId: w.members[1]!.id })) }),
    );
    parseWithoutWarnings(card);
    expect(card.version).toBe('1.5');
    expect(json(card)).toContain('Brouillon');
    expect(json(card)).toContain('7 octobre 2025, 13 h 30');
    expect(json(card)).toContain('Responsable : Luc Tremblay');
    expect(json(card)).toContain('Échéance : 1er novembre 2025');
    expect(allActions(card).map(verbOf)).toEqual([
      'minutes.addAgendaItem',
      'minutes.addNote',
      'minutes.addDecision',
      'minutes.addActionItem',
      'minutes.completeActionItem',
      'minutes.circulate',
    ]);
    expect(card.actions).toMatchObject([{ type: 'Action.Execute', title: 'Diffuser', style: 'positive' }]);
    // Only the open action item can be completed.
    const complete = showCards(card).find((a) => a.card.actions[0]!.verb === 'minutes.completeActionItem')!;
    expect(complete.card.body[0]).toMatchObject({
      type: 'Input.ChoiceSet',
      choices: [{ title: '1. Envoyer le bilan', value: '0' }],
    });
  });

  it('puts the verb, the meeting and the version shown in every action’s data, which the domain parses', () => {
    const card = minutesCard(options(full));
    const executes = allActions(card).map((a) => (a.type === 'Action.Execute' ? a : a.card.actions[0]!));
    expect(executes).toHaveLength(6);
    for (const action of executes)
      expect(action.data).toMatchObject({ verb: action.verb, meetingId: w.first.id, expectedVersion: 4 });
    const owner = showCards(card).find((a) => a.card.actions[0]!.verb === 'minutes.addActionItem')!;
    const ownerChoices = owner.card.body.find((input) => input.id === 'ownerId');
    expect(ownerChoices).toMatchObject({ choices: w.members.map((p) => ({ title: p.displayName, value: p.id })) });
    // What Teams sends back: the data with the inputs' values as strings.
    const sent = {
      ...owner.card.actions[0]!.data,
      actionText: 'Appeler',
      ownerId: w.members[0]!.id,
      dueOn: '2025-12-01',
    };
    expect(MinutesActionData.parse(sent)).toMatchObject({
      verb: 'minutes.addActionItem',
      expectedVersion: 4,
      dueOn: '2025-12-01',
    });
  });

  it('offers adoption at the next meeting once circulated, with optional mover and seconder', () => {
    const card = minutesCard(
      options({ ...full, status: 'circulated', circulatedAt: '2025-10-10T15:00:00Z' }, { adoptionMeeting: w.next }),
    );
    parseWithoutWarnings(card);
    expect(json(card)).toContain('Diffusé');
    expect(json(card)).not.toContain('minutes.circulate');
    const adoptForm = showCards(card).find((a) => a.title === 'Adopter')!;
    expect(adoptForm.card.actions[0]).toMatchObject({
      verb: 'minutes.adopt',
      data: { verb: 'minutes.adopt', meetingId: w.first.id, expectedVersion: 4, adoptedAtMeetingId: w.next.id },
    });
    expect(adoptForm.card.body.map((element) => element.id ?? element.type)).toEqual([
      'TextBlock',
      'proposedBy',
      'secondedBy',
    ]);
    expect(adoptForm.card.body.slice(1).every((input) => !('isRequired' in input))).toBe(true);
    expect(json(minutesCard(options({ ...full, status: 'circulated' })))).not.toContain('minutes.adopt');
  });

  it('shows adopted minutes read-only, with the adoption line, in English too', () => {
    const adopted = options(
      {
        ...full,
        status: 'adopted',
        adoptedAt: '2025-11-04T19:10:00Z',
        adoptedAtMeetingId: w.next.id,
        proposedBy: w.members[0]!.id,
        secondedBy: w.members[1]!.id,
      },
      { adoptionMeeting: w.next },
    );
    const fr = minutesCard(adopted);
    parseWithoutWarnings(fr);
    expect(allActions(fr)).toEqual([]);
    expect(json(fr)).toContain(
      'Adopté le 4 novembre 2025 à la rencontre « Rencontre du comité porteur » du 4 novembre 2025.',
    );
    expect(json(fr)).toContain('Proposé par : Amina Diallo');
    expect(json(fr)).toContain('Appuyé par : Luc Tremblay');
    const en = minutesCard({ ...adopted, locale: 'en' });
    parseWithoutWarnings(en);
    expect(json(en)).toContain('Seconded by: Luc Tremblay');
    expect(json(en)).toContain('October 7, 2025, 1:30 p.m.');
  });

  it('has no forms for someone who may not edit', () => {
    const card = minutesCard(options(full, { canEdit: false }));
    parseWithoutWarnings(card);
    expect(allActions(card)).toEqual([]);
  });

  it('shows users’ text as plain text: no links, mentions or formatting', () => {
    const card = minutesCard(
      options({
        agendaItems: [{ title: '[Cliquez](https://hameçon.test)', notes: '<at>Tous</at>' }],
        decisions: [{ text: '**Urgent** _vite_' }],
        actionItems: [{ text: '# Titre', ownerId: null, dueOn: null, done: false }],
      }),
    );
    parseWithoutWarnings(card);
    const texts = JSON.parse(json(card)) as MinutesCard;
    const all = JSON.stringify(
      texts.body.map((element) => (element.type === 'Container' ? element.items.slice(0, -1) : element)),
    );
    expect(all).toContain('\\\\[Cliquez\\\\]\\\\(https://hameçon.test\\\\)');
    expect(all).toContain('\\\\<at\\\\>Tous\\\\</at\\\\>');
    expect(all).toContain('\\\\*\\\\*Urgent\\\\*\\\\* \\\\_vite\\\\_');
    expect(all).toContain('☐ \\\\# Titre');
    expect(all).not.toMatch(/[^\\]\[Cliquez/);
  });
});
