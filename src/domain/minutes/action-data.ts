import { z } from 'zod';
import { Id, LocalDate } from '../shared/ids.js';
import { AGENDA_NOTES_MAX, GENERAL_NOTES_MAX } from './minutes.js';

/**
 * The `data` of the minutes card's actions (Action.Execute, or Action.Submit as a fallback), with the values of
 * the card's inputs merged in. Inputs arrive as strings, an untouched optional input as "" or not at all.
 * Nothing here names the person acting: identity comes from the authenticated activity.
 */

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const digitsToNumber = (value: unknown) =>
  typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value;

const Index = z.preprocess(digitsToNumber, z.number().int().min(0).max(999));
const OptionalId = z.preprocess(blankToUndefined, Id.optional());
const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Every minutes action names the meeting and the version of the minutes the card showed. */
export const MinutesTarget = z.object({
  meetingId: Id,
  expectedVersion: z.preprocess(digitsToNumber, z.number().int().min(0)),
});
export type MinutesTarget = z.infer<typeof MinutesTarget>;

export const AddAgendaItemInput = MinutesTarget.extend({
  agendaTitle: requiredText(300),
  agendaNotes: z.preprocess(blankToUndefined, z.string().trim().max(AGENDA_NOTES_MAX).optional()),
});
export type AddAgendaItemInput = z.input<typeof AddAgendaItemInput>;

/** A note about one agenda item, or, without `agendaIndex` (or with "general"), about the meeting as a whole. */
const AgendaIndex = z.preprocess(
  (value) => (value === 'general' ? undefined : blankToUndefined(value)),
  Index.optional(),
);

export const AddNoteInput = MinutesTarget.extend({
  agendaIndex: AgendaIndex,
  note: requiredText(AGENDA_NOTES_MAX),
});
export type AddNoteInput = z.input<typeof AddNoteInput>;

export const SetNotesInput = MinutesTarget.extend({
  agendaIndex: AgendaIndex,
  notes: z.string().trim().max(GENERAL_NOTES_MAX),
});
export type SetNotesInput = z.input<typeof SetNotesInput>;

export const AddDecisionInput = MinutesTarget.extend({ decision: requiredText(2000) });
export type AddDecisionInput = z.input<typeof AddDecisionInput>;

export const AddActionItemInput = MinutesTarget.extend({
  actionText: requiredText(1000),
  ownerId: OptionalId,
  dueOn: z.preprocess(blankToUndefined, LocalDate.optional()),
});
export type AddActionItemInput = z.input<typeof AddActionItemInput>;

export const CompleteActionItemInput = MinutesTarget.extend({ actionIndex: Index });
export type CompleteActionItemInput = z.input<typeof CompleteActionItemInput>;

export const CirculateInput = MinutesTarget;
export type CirculateInput = z.input<typeof CirculateInput>;

export const AdoptInput = MinutesTarget.extend({
  /** The meeting at which the committee adopts the minutes: a later meeting of the same committee. */
  adoptedAtMeetingId: Id,
  proposedBy: OptionalId,
  secondedBy: OptionalId,
});
export type AdoptInput = z.input<typeof AdoptInput>;

export const MINUTES_VERBS = {
  addAgendaItem: 'minutes.addAgendaItem',
  addNote: 'minutes.addNote',
  setNotes: 'minutes.setNotes',
  addDecision: 'minutes.addDecision',
  addActionItem: 'minutes.addActionItem',
  completeActionItem: 'minutes.completeActionItem',
  circulate: 'minutes.circulate',
  adopt: 'minutes.adopt',
} as const;
export type MinutesVerb = (typeof MINUTES_VERBS)[keyof typeof MINUTES_VERBS];

/** Any minutes action, told apart by the `verb` the card copies into its data. */
export const MinutesActionData = z.discriminatedUnion('verb', [
  AddAgendaItemInput.extend({ verb: z.literal(MINUTES_VERBS.addAgendaItem) }),
  AddNoteInput.extend({ verb: z.literal(MINUTES_VERBS.addNote) }),
  SetNotesInput.extend({ verb: z.literal(MINUTES_VERBS.setNotes) }),
  AddDecisionInput.extend({ verb: z.literal(MINUTES_VERBS.addDecision) }),
  AddActionItemInput.extend({ verb: z.literal(MINUTES_VERBS.addActionItem) }),
  CompleteActionItemInput.extend({ verb: z.literal(MINUTES_VERBS.completeActionItem) }),
  CirculateInput.extend({ verb: z.literal(MINUTES_VERBS.circulate) }),
  AdoptInput.extend({ verb: z.literal(MINUTES_VERBS.adopt) }),
]);
export type MinutesActionData = z.infer<typeof MinutesActionData>;
