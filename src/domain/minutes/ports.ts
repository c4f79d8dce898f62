import type { Locale } from '../shared/vocabulary.js';
import type { ActionItem, Minutes, MinutesStatus } from './minutes.js';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One saved state of the minutes: the history kept for the committee's record. */
export interface MinutesVersion {
  meetingId: string;
  version: number;
  status: MinutesStatus;
  content: Minutes;
  changedBy: string | null;
  changedAt: string;
}

export interface NewMinutesDocument {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The document of adopted minutes, kept until (and after) it is uploaded to the committee's SharePoint folder. */
export interface MinutesDocument extends NewMinutesDocument {
  meetingId: string;
  createdAt: string;
  uploadedUrl: string | null;
}

/** An action item still to do, from the minutes of one of the committee's earlier meetings. */
export interface OpenActionItem {
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  /** Position of the item in its minutes' `actionItems`. */
  index: number;
  item: ActionItem;
}

export interface MinutesRepository {
  get(meetingId: string): Promise<Minutes | undefined>;
  /**
   * Stores the minutes and appends them to their history, in one transaction. `minutes.version` is the version
   * the change was based on (0: minutes never saved); the stored minutes carry the next one. Refuses with
   * MinutesChangedError when the stored version differs, and MinutesLockedError when the stored minutes are adopted.
   */
  save(minutes: Minutes, changedBy: string | null): Promise<Minutes>;
  /** Every saved version, oldest first. */
  versions(meetingId: string): Promise<MinutesVersion[]>;
  /** Stores (or replaces) the document of the meeting's minutes. */
  saveDocument(meetingId: string, document: NewMinutesDocument): Promise<void>;
  document(meetingId: string): Promise<MinutesDocument | undefined>;
  /** Records where the document was uploaded; not a change of the minutes' content, so allowed once adopted. */
  markDocumentUploaded(meetingId: string, url: string): Promise<void>;
  /** Open action items of the committee's meetings that started before the instant, oldest meeting first. */
  openActionItems(committeeId: string, beforeMeetingStart: Date): Promise<OpenActionItem[]>;
}

/** What the document of adopted minutes is made from. */
export interface MinutesDocumentInput {
  committeeName: string;
  meeting: { title: string; startsAt: string; timeZone: string };
  /** The meeting at which the minutes were adopted. */
  adoptedAtMeeting: { title: string; startsAt: string; timeZone: string } | null;
  minutes: Minutes;
  /** Display names by person id, for owners and the mover and seconder. */
  people: Readonly<Record<string, string>>;
  locale: Locale;
}

/** Renders adopted minutes as a document with its file name (src/export/minutes-document.ts). */
export type RenderMinutesDocument = (input: MinutesDocumentInput) => Promise<NewMinutesDocument>;
