import { z } from 'zod';
import { ConflictError } from '../shared/errors.js';
import { Id, LocalDate } from '../shared/ids.js';

export const MinutesStatus = z.enum(['draft', 'circulated', 'adopted']);
export type MinutesStatus = z.infer<typeof MinutesStatus>;

export const AGENDA_NOTES_MAX = 5000;
export const GENERAL_NOTES_MAX = 10000;

export const AgendaItem = z.object({
  title: z.string().trim().min(1).max(300),
  notes: z.string().max(AGENDA_NOTES_MAX).default(''),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Decision = z.object({ text: z.string().trim().min(1).max(2000) });
export type Decision = z.infer<typeof Decision>;

export const ActionItem = z.object({
  text: z.string().trim().min(1).max(1000),
  ownerId: Id.nullable(),
  dueOn: LocalDate.nullable(),
  done: z.boolean().default(false),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const Minutes = z.object({
  meetingId: Id,
  status: MinutesStatus,
  /** Notes that belong to no agenda item. */
  notes: z.string().max(GENERAL_NOTES_MAX).default(''),
  agendaItems: z.array(AgendaItem).max(100),
  decisions: z.array(Decision).max(200),
  actionItems: z.array(ActionItem).max(200),
  /**
   * Stored version, raised by one on every save; 0 for minutes never saved. A change carries the version it
   * was based on, and the store refuses it when someone else saved in between.
   */
  version: z.number().int().min(0),
  circulatedAt: z.string().nullable(),
  /** The meeting at which these minutes were adopted (usually the committee's next one). */
  adoptedAtMeetingId: Id.nullable(),
  adoptedAt: z.string().nullable(),
  /** Who moved and who seconded the adoption, when the committee records it. */
  proposedBy: Id.nullable(),
  secondedBy: Id.nullable(),
  /** Where the adopted document was uploaded (SharePoint). */
  documentUrl: z.string().nullable(),
  updatedAt: z.string(),
});
export type Minutes = z.infer<typeof Minutes>;

/** Minutes move forward only: draft → circulated → adopted. */
export function canMoveMinutes(from: MinutesStatus, to: MinutesStatus): boolean {
  const order: MinutesStatus[] = ['draft', 'circulated', 'adopted'];
  return order.indexOf(to) === order.indexOf(from) + 1;
}

export function emptyMinutes(meetingId: string, now: Date): Minutes {
  return {
    meetingId,
    status: 'draft',
    notes: '',
    agendaItems: [],
    decisions: [],
    actionItems: [],
    version: 0,
    circulatedAt: null,
    adoptedAtMeetingId: null,
    adoptedAt: null,
    proposedBy: null,
    secondedBy: null,
    documentUrl: null,
    updatedAt: now.toISOString(),
  };
}

export function isEmptyMinutes(minutes: Minutes): boolean {
  return (
    minutes.notes.trim() === '' &&
    minutes.agendaItems.length === 0 &&
    minutes.decisions.length === 0 &&
    minutes.actionItems.length === 0
  );
}

/** Adopted minutes are the committee's record: nothing changes them any more. */
export class MinutesLockedError extends ConflictError {
  constructor() {
    super('These minutes were adopted: they are locked and can no longer be changed');
  }
}

/** Someone else saved the minutes since the version the change was based on; reload and try again. */
export class MinutesChangedError extends ConflictError {
  constructor(
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `These minutes were changed by someone else (version ${currentVersion}, not ${expectedVersion}): reload them and try again`,
    );
  }
}
