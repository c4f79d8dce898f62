import { z } from 'zod';
import { Id } from '../shared/ids.js';

/** A file of the meeting's SharePoint folder, as the meeting shows it: its name, its link, when it last changed. */
export const MeetingDocument = z.object({
  meetingId: Id,
  /** The driveItem's id in the committee's drive. */
  itemId: z.string().min(1),
  name: z.string().min(1),
  webUrl: z.url(),
  /** An instant, ISO-8601 UTC. */
  lastModifiedDateTime: z.iso.datetime(),
  /** When the sync last read the folder. */
  refreshedAt: z.iso.datetime(),
});
export type MeetingDocument = z.infer<typeof MeetingDocument>;

export type NewMeetingDocument = Omit<MeetingDocument, 'meetingId' | 'refreshedAt'>;
