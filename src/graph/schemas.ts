import { z } from 'zod';
import { AttendanceRecord, AttendanceReport } from '../domain/sync/attendance-report.js';
import { CalendarEvent } from '../domain/sync/calendar-event.js';

/** The shapes of the Graph responses this app reads. Every response is parsed with one of these. */

export { AttendanceRecord, AttendanceReport, CalendarEvent };

/** A page of a collection: `@odata.nextLink` while there is more, `@odata.deltaLink` at the end of a delta round. */
export function collectionPage<T extends z.ZodType>(item: T) {
  return z.object({
    value: z.array(item),
    '@odata.nextLink': z.string().nullish(),
    '@odata.deltaLink': z.string().nullish(),
  });
}
export type CollectionPage<T> = { value: T[]; '@odata.nextLink'?: string | null; '@odata.deltaLink'?: string | null };

export const EventPage = collectionPage(CalendarEvent);
export type EventPage = z.infer<typeof EventPage>;

export const AttendanceReportPage = collectionPage(AttendanceReport);

/** An onlineMeeting, as far as finding its attendance reports goes. */
export const OnlineMeeting = z.object({
  id: z.string().min(1),
  joinWebUrl: z.string().nullish(),
  subject: z.string().nullish(),
  startDateTime: z.string().nullish(),
  endDateTime: z.string().nullish(),
});
export const OnlineMeetingPage = collectionPage(OnlineMeeting);

/** Graph's error body: `{"error":{"code":"…","message":"…","innerError":{"request-id":"…"}}}`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().nullish(),
    message: z.string().nullish(),
    innerError: z.object({ 'request-id': z.string().nullish() }).loose().nullish(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** JSON batching: `POST /$batch` with at most 20 requests, answered in any order, each with its status. */
export const BatchRequestItem = z.object({
  id: z.string().min(1),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  url: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  dependsOn: z.array(z.string()).optional(),
});
export type BatchRequestItem = z.infer<typeof BatchRequestItem>;

export const BatchResponseItem = z.object({
  id: z.string(),
  status: z.number().int(),
  headers: z.record(z.string(), z.string()).nullish(),
  body: z.unknown().optional(),
});
export type BatchResponseItem = z.infer<typeof BatchResponseItem>;

export const BatchResponse = z.object({ responses: z.array(BatchResponseItem) });

/** A driveItem, as far as storing a document goes. */
export const DriveItem = z
  .object({
    id: z.string().min(1),
    name: z.string().nullish(),
    webUrl: z.string().nullish(),
    size: z.number().nullish(),
    eTag: z.string().nullish(),
  })
  .loose();
export type DriveItem = z.infer<typeof DriveItem>;

/** `createUploadSession`: where to PUT the byte ranges of a large file. */
export const UploadSession = z.object({
  uploadUrl: z.url(),
  expirationDateTime: z.string().nullish(),
  nextExpectedRanges: z.array(z.string()).nullish(),
});
export type UploadSession = z.infer<typeof UploadSession>;

/** The answer to a byte range: more ranges expected (202), or the finished item (200/201). */
export const UploadProgress = z.union([
  DriveItem,
  z.object({ expirationDateTime: z.string().nullish(), nextExpectedRanges: z.array(z.string()) }),
]);
export type UploadProgress = z.infer<typeof UploadProgress>;
