/** SharePoint: adopted minutes uploaded to the committee's folder, and the documents of each meeting's folder. */

export type { MeetingDocumentsDeps, MeetingDocumentsOutcome, MeetingDocumentsSummary } from './meeting-documents.js';
export { refreshAllMeetingDocuments, refreshMeetingDocuments } from './meeting-documents.js';
export type { MinutesUploadDeps, MinutesUploadResult } from './minutes-upload.js';
export { uploadAdoptedMinutes } from './minutes-upload.js';
export type { UploadFile, UploadOptions } from './upload.js';
export { DEFAULT_UPLOAD_RANGE_BYTES, SIMPLE_UPLOAD_MAX_BYTES, UPLOAD_RANGE_UNIT, uploadFile } from './upload.js';
export { ensureFolder, listChildren, listChildrenAt } from './folders.js';
