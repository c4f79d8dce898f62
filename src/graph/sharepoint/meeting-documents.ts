import type { Committee } from '../../domain/committees/committee.js';
import { assignMeetingFolders, MEETINGS_FOLDER } from '../../domain/documents/folders.js';
import type { NewMeetingDocument } from '../../domain/documents/meeting-document.js';
import type { Meeting } from '../../domain/meetings/meeting.js';
import { ValidationError } from '../../domain/shared/errors.js';
import type { SyncFailure } from '../../domain/sync/ports.js';
import type { Store } from '../../store/store.js';
import { describeFailure } from '../errors.js';
import type { GraphApi } from '../graph-client.js';
import { listChildren, listChildrenAt } from './folders.js';
import type { ChildItem } from './schemas.js';

export interface MeetingDocumentsDeps {
  store: Pick<Store, 'meetings' | 'transaction'>;
  graph: GraphApi;
  now: () => Date;
}

export interface MeetingDocumentsSummary {
  /** Meetings whose folder was found. */
  folders: number;
  documents: number;
  /** Requests sent to Graph by this run, retries included. */
  requests: number;
}

/** The files of a meeting's folder; its subfolders are not documents of their own. */
const documentsIn = (children: readonly ChildItem[]): NewMeetingDocument[] =>
  children
    .filter((child) => !child.folder)
    .map((child) => ({
      itemId: child.id,
      name: child.name,
      webUrl: child.webUrl,
      lastModifiedDateTime: new Date(child.lastModifiedDateTime).toISOString(),
    }));

/**
 * Reads the documents of each meeting's folder (`Rencontres/<YYYY-MM-DD> <title>/` in the committee's folder,
 * see `assignMeetingFolders`) and replaces what is stored for every meeting given, in one transaction. A
 * missing folder means no documents: a meeting without one ends with an empty list.
 */
export async function refreshMeetingDocuments(
  deps: MeetingDocumentsDeps,
  committee: Committee,
  meetings: readonly Meeting[],
): Promise<MeetingDocumentsSummary> {
  const root = committee.documentFolder;
  if (!root) throw new ValidationError(`documentFolder: the committee ${committee.slug} has no SharePoint folder`);
  const graph = deps.graph.counted();
  const ours = meetings.filter((meeting) => meeting.committeeId === committee.id);

  const found = new Map<string, NewMeetingDocument[]>();
  const meetingFolders = ((await listChildrenAt(graph, root, [MEETINGS_FOLDER])) ?? []).filter((child) => child.folder);
  for (const [meetingId, folder] of assignMeetingFolders(meetingFolders, ours)) {
    const children = await listChildren(graph, { driveId: root.driveId, itemId: folder.id });
    if (children) found.set(meetingId, documentsIn(children));
  }

  const refreshedAt = deps.now().toISOString();
  await deps.store.transaction(async (tx) => {
    for (const meeting of ours) await tx.meetingDocuments.replace(meeting.id, found.get(meeting.id) ?? [], refreshedAt);
  });
  return {
    folders: found.size,
    documents: [...found.values()].reduce((sum, documents) => sum + documents.length, 0),
    requests: graph.requests,
  };
}

export type MeetingDocumentsOutcome =
  | { committeeId: string; slug: string; ok: true; summary: MeetingDocumentsSummary }
  | { committeeId: string; slug: string; ok: false; error: SyncFailure };

/** Refreshes the meeting documents of every committee that has a SharePoint folder; a failure stops only its own. */
export async function refreshAllMeetingDocuments(
  deps: MeetingDocumentsDeps,
  committees: readonly Committee[],
): Promise<MeetingDocumentsOutcome[]> {
  const outcomes: MeetingDocumentsOutcome[] = [];
  for (const committee of committees.filter((candidate) => candidate.documentFolder)) {
    const base = { committeeId: committee.id, slug: committee.slug };
    try {
      const meetings = await deps.store.meetings.list({ committeeId: committee.id });
      outcomes.push({ ...base, ok: true, summary: await refreshMeetingDocuments(deps, committee, meetings) });
    } catch (error) {
      outcomes.push({ ...base, ok: false, error: describeFailure(error) });
    }
  }
  return outcomes;
}
