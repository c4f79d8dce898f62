import type { Committee } from '../committees/committee.js';
import type { Meeting } from '../meetings/meeting.js';
import type { Actor } from '../people/access.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import {
  AddActionItemInput,
  AddAgendaItemInput,
  AddDecisionInput,
  AddNoteInput,
  AdoptInput,
  CirculateInput,
  CompleteActionItemInput,
  MINUTES_VERBS,
  SetNotesInput,
  type MinutesActionData,
  type MinutesTarget,
} from './action-data.js';
import {
  AGENDA_NOTES_MAX,
  GENERAL_NOTES_MAX,
  Minutes,
  MinutesChangedError,
  MinutesLockedError,
  canMoveMinutes,
  emptyMinutes,
  isEmptyMinutes,
} from './minutes.js';
import { hasBegun, meetingFor, peopleFor, viewOf, type MinutesDeps, type MinutesView } from './minutes-view.js';
import type { NewMinutesDocument } from './ports.js';

export type { MinutesDeps, MinutesPerson, MinutesView } from './minutes-view.js';

/** The meeting's minutes, with an empty draft created the first time someone opens them. */
export async function openMinutes(deps: MinutesDeps, actor: Actor, meetingId: string): Promise<MinutesView> {
  const { meeting, committee } = await meetingFor(deps, actor, meetingId);
  let minutes = await deps.minutes.get(meetingId);
  if (!minutes) {
    if (meeting.status === 'cancelled') throw new ConflictError('This meeting was cancelled: it has no minutes');
    try {
      minutes = await deps.minutes.save(emptyMinutes(meetingId, deps.now()), actor.person.id);
    } catch (error) {
      // Someone opened them at the same moment: theirs is the draft.
      if (!(error instanceof MinutesChangedError)) throw error;
      minutes = (await deps.minutes.get(meetingId))!;
    }
  }
  return viewOf(deps, meeting, committee, minutes);
}

type Change = (
  minutes: Minutes,
  context: { meeting: Meeting; committee: Committee | null },
) => Minutes | Promise<Minutes>;

/** Applies one change to the version of the minutes the actor saw, and saves it as the next version. */
async function change(deps: MinutesDeps, actor: Actor, target: MinutesTarget, apply: Change): Promise<MinutesView> {
  const { meeting, committee } = await meetingFor(deps, actor, target.meetingId);
  const current = await deps.minutes.get(target.meetingId);
  if (!current) throw new NotFoundError('minutes of meeting', target.meetingId);
  if (current.status === 'adopted') throw new MinutesLockedError();
  if (current.version !== target.expectedVersion)
    throw new MinutesChangedError(target.expectedVersion, current.version);
  const changed = await apply(structuredClone(current), { meeting, committee });
  const next = Minutes.parse({ ...changed, updatedAt: deps.now().toISOString() });
  const saved = await deps.minutes.save(next, actor.person.id);
  return viewOf(deps, meeting, committee, saved);
}

function appendNote(existing: string, note: string, max: number, field: string): string {
  const notes = existing.trim() ? `${existing.trimEnd()}\n\n${note}` : note;
  if (notes.length > max) throw new ValidationError(`${field}: at most ${max} characters`);
  return notes;
}

function agendaItemAt(minutes: Minutes, index: number) {
  const item = minutes.agendaItems[index];
  if (!item) throw new ValidationError(`agendaIndex: no agenda item ${index}`);
  return item;
}

async function knownPerson(deps: MinutesDeps, id: string | undefined): Promise<string | null> {
  if (id === undefined) return null;
  if (!(await deps.people.get(id))) throw new NotFoundError('person', id);
  return id;
}

export async function addAgendaItem(deps: MinutesDeps, actor: Actor, input: AddAgendaItemInput) {
  const data = AddAgendaItemInput.parse(input);
  return change(deps, actor, data, (minutes) => {
    minutes.agendaItems.push({ title: data.agendaTitle, notes: data.agendaNotes ?? '' });
    return minutes;
  });
}

/** Adds a paragraph to an agenda item's notes, or to the general notes. */
export async function addNote(deps: MinutesDeps, actor: Actor, input: AddNoteInput) {
  const data = AddNoteInput.parse(input);
  return change(deps, actor, data, (minutes) => {
    if (data.agendaIndex === undefined) {
      minutes.notes = appendNote(minutes.notes, data.note, GENERAL_NOTES_MAX, 'notes');
    } else {
      const item = agendaItemAt(minutes, data.agendaIndex);
      item.notes = appendNote(item.notes, data.note, AGENDA_NOTES_MAX, 'note');
    }
    return minutes;
  });
}

/** Replaces an agenda item's notes, or the general notes. */
export async function setNotes(deps: MinutesDeps, actor: Actor, input: SetNotesInput) {
  const data = SetNotesInput.parse(input);
  return change(deps, actor, data, (minutes) => {
    if (data.agendaIndex === undefined) {
      minutes.notes = data.notes;
      return minutes;
    }
    if (data.notes.length > AGENDA_NOTES_MAX)
      throw new ValidationError(`notes: at most ${AGENDA_NOTES_MAX} characters`);
    agendaItemAt(minutes, data.agendaIndex).notes = data.notes;
    return minutes;
  });
}

export async function addDecision(deps: MinutesDeps, actor: Actor, input: AddDecisionInput) {
  const data = AddDecisionInput.parse(input);
  return change(deps, actor, data, (minutes) => {
    minutes.decisions.push({ text: data.decision });
    return minutes;
  });
}

export async function addActionItem(deps: MinutesDeps, actor: Actor, input: AddActionItemInput) {
  const data = AddActionItemInput.parse(input);
  return change(deps, actor, data, async (minutes) => {
    const ownerId = await knownPerson(deps, data.ownerId);
    minutes.actionItems.push({ text: data.actionText, ownerId, dueOn: data.dueOn ?? null, done: false });
    return minutes;
  });
}

export async function completeActionItem(deps: MinutesDeps, actor: Actor, input: CompleteActionItemInput) {
  const data = CompleteActionItemInput.parse(input);
  return change(deps, actor, data, (minutes) => {
    const item = minutes.actionItems[data.actionIndex];
    if (!item) throw new ValidationError(`actionIndex: no action item ${data.actionIndex}`);
    if (item.done) throw new ConflictError('This action item is already done');
    item.done = true;
    return minutes;
  });
}

/** Sends the draft to the committee: from now on it waits for adoption at a later meeting. */
export async function circulate(deps: MinutesDeps, actor: Actor, input: CirculateInput) {
  const data = CirculateInput.parse(input);
  return change(deps, actor, data, (minutes) => {
    if (!canMoveMinutes(minutes.status, 'circulated')) throw new ConflictError('These minutes were already circulated');
    if (isEmptyMinutes(minutes)) throw new ConflictError('These minutes are empty: there is nothing to circulate');
    return { ...minutes, status: 'circulated', circulatedAt: deps.now().toISOString() };
  });
}

/**
 * Records the committee's adoption of circulated minutes at a later meeting, which locks them. The document
 * is not rendered here: that is slow work, done after the answer by `keepAdoptedDocument`.
 */
export async function adopt(deps: MinutesDeps, actor: Actor, input: AdoptInput): Promise<MinutesView> {
  const data = AdoptInput.parse(input);
  if (data.proposedBy && data.proposedBy === data.secondedBy)
    throw new ValidationError('secondedBy: the seconder must be someone other than the mover');
  return change(deps, actor, data, async (minutes, { meeting, committee }) => {
    if (minutes.status === 'draft') throw new ConflictError('Circulate these minutes before adopting them');
    if (!canMoveMinutes(minutes.status, 'adopted')) throw new ConflictError('These minutes cannot be adopted');
    if (!committee) throw new ConflictError('Only the minutes of a committee meeting are adopted');
    const at = await deps.meetings.get(data.adoptedAtMeetingId);
    if (!at) throw new NotFoundError('meeting', data.adoptedAtMeetingId);
    if (at.committeeId !== committee.id || Date.parse(at.startsAt) <= Date.parse(meeting.startsAt))
      throw new ValidationError('adoptedAtMeetingId: must be a later meeting of the same committee');
    if (at.status === 'cancelled') throw new ConflictError('Minutes cannot be adopted at a cancelled meeting');
    if (!hasBegun(at, deps.now())) throw new ConflictError('Minutes are adopted at a meeting: this one has not begun');
    return {
      ...minutes,
      status: 'adopted',
      adoptedAtMeetingId: at.id,
      adoptedAt: deps.now().toISOString(),
      proposedBy: await knownPerson(deps, data.proposedBy),
      secondedBy: await knownPerson(deps, data.secondedBy),
    };
  });
}

/**
 * Renders adopted minutes as the document kept for SharePoint, once: does nothing when the minutes are not
 * adopted or already have their document, so it can run again after a failure.
 */
export async function keepAdoptedDocument(
  deps: MinutesDeps,
  meetingId: string,
): Promise<NewMinutesDocument | undefined> {
  const minutes = await deps.minutes.get(meetingId);
  if (minutes?.status !== 'adopted' || (await deps.minutes.document(meetingId))) return undefined;
  const meeting = await deps.meetings.get(meetingId);
  const committee = meeting?.committeeId ? await deps.committees.get(meeting.committeeId) : undefined;
  const at = minutes.adoptedAtMeetingId ? await deps.meetings.get(minutes.adoptedAtMeetingId) : undefined;
  if (!meeting || !committee || !at) return undefined;
  const locale = deps.documentLocale ?? 'fr-CA';
  const people = await peopleFor(deps, committee, minutes);
  const document = await deps.renderDocument({
    committeeName: locale === 'en' ? committee.name.en : committee.name.fr,
    meeting,
    adoptedAtMeeting: at,
    minutes,
    people: Object.fromEntries(people.map((person) => [person.id, person.displayName])),
    locale,
  });
  await deps.minutes.saveDocument(meetingId, document);
  return document;
}

/** Runs the action a minutes card sent, its `data` parsed with `MinutesActionData`. */
export async function runMinutesAction(deps: MinutesDeps, actor: Actor, data: MinutesActionData): Promise<MinutesView> {
  switch (data.verb) {
    case MINUTES_VERBS.addAgendaItem:
      return addAgendaItem(deps, actor, data);
    case MINUTES_VERBS.addNote:
      return addNote(deps, actor, data);
    case MINUTES_VERBS.setNotes:
      return setNotes(deps, actor, data);
    case MINUTES_VERBS.addDecision:
      return addDecision(deps, actor, data);
    case MINUTES_VERBS.addActionItem:
      return addActionItem(deps, actor, data);
    case MINUTES_VERBS.completeActionItem:
      return completeActionItem(deps, actor, data);
    case MINUTES_VERBS.circulate:
      return circulate(deps, actor, data);
    case MINUTES_VERBS.adopt:
      return adopt(deps, actor, data);
  }
}
