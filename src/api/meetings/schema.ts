import { z } from 'zod';
import { Instant } from '../../domain/shared/ids.js';
import { MeetingKind, MeetingMode, MeetingStatus, Territory } from '../../domain/shared/vocabulary.js';
import { FiscalYearLabel, listOf } from '../shared-schema.js';

const CommitteeRef = z.string().trim().min(1).max(100);

export const CreateMeetingBody = z
  .object({
    committee: CommitteeRef.nullable().optional(),
    kind: MeetingKind,
    title: z.string().trim().min(1).max(200),
    startsAt: Instant,
    endsAt: Instant,
    mode: MeetingMode,
    territory: Territory.nullable().optional(),
    location: z.string().trim().max(300).nullable().optional(),
    status: MeetingStatus.optional(),
    /** The Teams meeting id the side panel gets from its context. */
    teamsMeeting: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();
export type CreateMeetingBody = z.infer<typeof CreateMeetingBody>;

export const UpdateMeetingBody = CreateMeetingBody.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'at least one field to change is required');
export type UpdateMeetingBody = z.infer<typeof UpdateMeetingBody>;

export const ListMeetingsQuery = z
  .object({
    committee: CommitteeRef.optional(),
    fiscalYear: FiscalYearLabel.optional(),
    kind: listOf(MeetingKind).optional(),
    status: MeetingStatus.optional(),
    /** The Teams meeting id the side panel gets from its context. */
    teamsMeeting: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();
