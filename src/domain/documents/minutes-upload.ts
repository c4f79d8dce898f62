import type { Minutes } from '../minutes/minutes.js';
import type { MinutesDocument } from '../minutes/ports.js';

/** Why adopted minutes are not uploaded (this time). */
export type MinutesUploadSkip = 'notAdopted' | 'alreadyUploaded' | 'noDocument' | 'noCommittee' | 'noFolder';

/**
 * Only adopted minutes whose document was rendered, and not uploaded yet, go to SharePoint; once the link is
 * stored nothing is sent again.
 */
export function minutesUploadSkip(
  minutes: Minutes | undefined,
  document: MinutesDocument | undefined,
): MinutesUploadSkip | undefined {
  if (minutes?.status !== 'adopted') return 'notAdopted';
  if (minutes.documentUrl || document?.uploadedUrl) return 'alreadyUploaded';
  if (!document) return 'noDocument';
  return undefined;
}
