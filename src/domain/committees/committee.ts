import { z } from 'zod';
import { Id } from '../shared/ids.js';
import { BilingualText, CommitteeKind, Slug } from '../shared/vocabulary.js';

/** Where the committee's meetings are scheduled: a user or resource mailbox, or a Microsoft 365 group. */
export const CalendarSource = z.object({ type: z.enum(['user', 'group']), id: z.string().min(1).max(200) });
export type CalendarSource = z.infer<typeof CalendarSource>;

/** The SharePoint folder where the committee keeps its documents. */
export const DocumentFolder = z.object({ driveId: z.string().min(1), itemId: z.string().min(1) });
export type DocumentFolder = z.infer<typeof DocumentFolder>;

export const Committee = z.object({
  id: Id,
  slug: Slug,
  kind: CommitteeKind,
  name: BilingualText,
  description: BilingualText,
  /** The Teams conversation (channel or meeting chat) linked to the committee. */
  teamsConversationId: z.string().nullable(),
  teamsChannelId: z.string().nullable(),
  calendarSource: CalendarSource.nullable(),
  documentFolder: DocumentFolder.nullable(),
  createdAt: z.string(),
});
export type Committee = z.infer<typeof Committee>;

export const CommitteeRole = z.enum(['chair', 'member']);
export type CommitteeRole = z.infer<typeof CommitteeRole>;
