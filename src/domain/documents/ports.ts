import type { MeetingDocument, NewMeetingDocument } from './meeting-document.js';

export interface MeetingDocumentRepository {
  /** Replaces the documents listed for the meeting by those just read from its folder (none: an empty list). */
  replace(meetingId: string, documents: readonly NewMeetingDocument[], refreshedAt: string): Promise<void>;
  /** The meeting's documents, by name. */
  documentsOf(meetingId: string): Promise<MeetingDocument[]>;
}
