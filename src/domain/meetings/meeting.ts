import { z } from 'zod';
import { Id } from '../shared/ids.js';
import { IPECN_TIME_ZONE, MeetingKind, MeetingMode, MeetingStatus, Territory } from '../shared/vocabulary.js';

/** A committee meeting or another event the indicators count (training, information session…). */
export const Meeting = z.object({
  id: Id,
  committeeId: Id.nullable(),
  kind: MeetingKind,
  title: z.string().min(1).max(200),
  /** Instants in UTC ISO form; `timeZone` says how people read them. */
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string().default(IPECN_TIME_ZONE),
  mode: MeetingMode,
  territory: Territory.nullable(),
  location: z.string().max(300).nullable(),
  status: MeetingStatus,
  graphEventId: z.string().nullable(),
  iCalUId: z.string().nullable(),
  teamsMeetingId: z.string().nullable(),
  onlineJoinUrl: z.string().nullable(),
  /** The Teams conversation (meeting chat or channel) where the bot posts its cards for this meeting. */
  conversationId: z.string().nullable(),
  /** The person who organizes the meeting: with the coordination team, the one who may close attendance. */
  organizerId: Id.nullable(),
  /** Set when attendance is closed: check-ins are refused after it. */
  attendanceClosedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;

type BotFields = 'conversationId' | 'organizerId' | 'attendanceClosedAt';
export type NewMeeting = Omit<Meeting, 'id' | 'createdAt' | 'updatedAt' | BotFields> &
  Partial<Pick<Meeting, BotFields>>;
export type MeetingChanges = Partial<Omit<Meeting, 'id' | 'createdAt' | 'updatedAt'>>;
