import { z } from 'zod';

/**
 * A calendar event as Microsoft Graph serves it in a calendarView or its delta (only the properties the
 * sync reads). Delta pages may carry a bare `{ id, "@removed" }` and replays, so almost everything is
 * optional here and the mapping rules decide what an incomplete event means.
 */
export const DateTimeTimeZone = z.object({ dateTime: z.string().min(1), timeZone: z.string().min(1) });
export type DateTimeTimeZone = z.infer<typeof DateTimeTimeZone>;

const EmailAddress = z.object({ name: z.string().nullish(), address: z.string().nullish() });

export const CalendarEvent = z.object({
  id: z.string().min(1),
  '@removed': z.object({ reason: z.string().nullish() }).nullish(),
  subject: z.string().nullish(),
  start: DateTimeTimeZone.nullish(),
  end: DateTimeTimeZone.nullish(),
  originalStartTimeZone: z.string().nullish(),
  isAllDay: z.boolean().nullish(),
  isCancelled: z.boolean().nullish(),
  /** singleInstance, occurrence, exception or seriesMaster. */
  type: z.string().nullish(),
  seriesMasterId: z.string().nullish(),
  iCalUId: z.string().nullish(),
  location: z.object({ displayName: z.string().nullish(), locationType: z.string().nullish() }).nullish(),
  isOnlineMeeting: z.boolean().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
  onlineMeetingUrl: z.string().nullish(),
  organizer: z.object({ emailAddress: EmailAddress.nullish() }).nullish(),
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;

/** The Teams join link of an event, wherever Graph put it. */
export function joinUrlOf(event: CalendarEvent): string | null {
  return event.onlineMeeting?.joinUrl || event.onlineMeetingUrl || null;
}
