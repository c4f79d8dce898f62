import { driveItemName, minutesFolderPath } from '../../domain/documents/folders.js';
import type { MinutesUploadSkip } from '../../domain/documents/minutes-upload.js';
import { minutesUploadSkip } from '../../domain/documents/minutes-upload.js';
import type { FiscalYearStart } from '../../domain/fiscal-year/fiscal-year.js';
import type { Store } from '../../store/store.js';
import type { GraphApi } from '../graph-client.js';
import { ensureFolder } from './folders.js';
import { uploadFile } from './upload.js';

export interface MinutesUploadDeps {
  store: Pick<Store, 'minutes' | 'meetings' | 'committees'>;
  graph: GraphApi;
  fiscalYearStart?: FiscalYearStart;
  /** Documents up to this size go in one PUT (default 4 MiB); larger ones through an upload session. */
  simpleUploadMaxBytes?: number;
  /** Bytes per range of an upload session: a multiple of 320 KiB (default 3.125 MiB). */
  uploadRangeBytes?: number;
}

export interface MinutesUploadResult {
  uploaded: boolean;
  /** Where the document is in SharePoint: just uploaded, or stored by an earlier run. */
  webUrl?: string;
  /** Why nothing was uploaded. */
  skipped?: MinutesUploadSkip;
}

/**
 * Uploads the document of adopted minutes to `Comptes rendus/<fiscal year of the meeting>/` in the committee's
 * SharePoint folder, and stores its link on the minutes. Once the link is stored, it sends nothing: it can run
 * again after a failure, or for every adopted minutes.
 */
export async function uploadAdoptedMinutes(deps: MinutesUploadDeps, meetingId: string): Promise<MinutesUploadResult> {
  const minutes = await deps.store.minutes.get(meetingId);
  const document = minutes?.status === 'adopted' ? await deps.store.minutes.document(meetingId) : undefined;
  const skipped = minutesUploadSkip(minutes, document);
  if (skipped) {
    const webUrl = minutes?.documentUrl ?? document?.uploadedUrl;
    return { uploaded: false, skipped, ...(webUrl ? { webUrl } : {}) };
  }
  const meeting = await deps.store.meetings.get(meetingId);
  const committee = meeting?.committeeId ? await deps.store.committees.get(meeting.committeeId) : undefined;
  if (!meeting || !committee) return { uploaded: false, skipped: 'noCommittee' };
  if (!committee.documentFolder) return { uploaded: false, skipped: 'noFolder' };

  const folder = await ensureFolder(
    deps.graph,
    committee.documentFolder,
    minutesFolderPath(meeting, deps.fiscalYearStart),
  );
  const item = await uploadFile(
    deps.graph,
    folder,
    { ...document!, fileName: driveItemName(document!.fileName) },
    {
      ...(deps.simpleUploadMaxBytes !== undefined ? { simpleUploadMaxBytes: deps.simpleUploadMaxBytes } : {}),
      ...(deps.uploadRangeBytes !== undefined ? { rangeBytes: deps.uploadRangeBytes } : {}),
    },
  );
  await deps.store.minutes.markDocumentUploaded(meetingId, item.webUrl);
  return { uploaded: true, webUrl: item.webUrl };
}
