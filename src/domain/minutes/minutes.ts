import { z } from 'zod';
import { Id, LocalDate } from '../shared/ids.js';

export const MinutesStatus = z.enum(['draft', 'circulated', 'adopted']);
export type MinutesStatus = z.infer<typeof MinutesStatus>;

export const AgendaItem = z.object({
  title: z.string().trim().min(1).max(300),
  notes: z.string().max(5000).default(''),
});
export const Decision = z.object({ text: z.string().trim().min(1).max(2000) });
export const ActionItem = z.object({
  text: z.string().trim().min(1).max(1000),
  ownerId: Id.nullable(),
  dueOn: LocalDate.nullable(),
  done: z.boolean().default(false),
});

export const Minutes = z.object({
  meetingId: Id,
  status: MinutesStatus,
  agendaItems: z.array(AgendaItem).max(100),
  decisions: z.array(Decision).max(200),
  actionItems: z.array(ActionItem).max(200),
  /** The meeting at which these minutes were adopted (usually the committee's next one). */
  adoptedAtMeetingId: Id.nullable(),
  adoptedAt: z.string().nullable(),
  documentUrl: z.string().nullable(),
  updatedAt: z.string(),
});
export type Minutes = z.infer<typeof Minutes>;

/** Minutes move forward only: draft → circulated → adopted. */
export function canMoveMinutes(from: MinutesStatus, to: MinutesStatus): boolean {
  const order: MinutesStatus[] = ['draft', 'circulated', 'adopted'];
  return order.indexOf(to) === order.indexOf(from) + 1;
}
