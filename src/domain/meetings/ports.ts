import type { MeetingKind, MeetingStatus } from '../shared/vocabulary.js';
import type { Meeting, MeetingChanges, NewMeeting } from './meeting.js';

export interface MeetingQuery {
  committeeId?: string;
  teamsMeetingId?: string;
  kinds?: MeetingKind[];
  status?: MeetingStatus;
  /** Instants, inclusive lower bound and exclusive upper bound on `startsAt`. */
  from?: Date;
  to?: Date;
}

export interface MeetingRepository {
  create(meeting: NewMeeting): Promise<Meeting>;
  update(id: string, changes: MeetingChanges): Promise<Meeting | undefined>;
  get(id: string): Promise<Meeting | undefined>;
  list(query: MeetingQuery): Promise<Meeting[]>;
}
