import type { CalendarSource } from '../domain/committees/committee.js';
import type { SyncWindow } from '../domain/sync/sync-window.js';

/** Events per page: with Graph's default of 10, a year of meetings would cost many requests. */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * The first request of a full round. A mailbox calendar is read with `calendarView/delta`, whose last page
 * carries the delta link of the next round; a group calendar has no delta and is listed in full.
 */
export function initialCalendarUrl(source: CalendarSource, window: SyncWindow, pageSize: number): string {
  const range = `startDateTime=${window.start.toISOString()}&endDateTime=${window.end.toISOString()}`;
  const id = encodeURIComponent(source.id);
  return source.type === 'user'
    ? `/users/${id}/calendarView/delta?${range}`
    : `/groups/${id}/calendarView?${range}&$top=${pageSize}`;
}

/**
 * Times in UTC (converted to instants without guessing the organizer's zone) and the page size. Graph
 * encodes the window in its next and delta links, but these headers go with every request.
 */
export function calendarHeaders(pageSize: number): Record<string, string> {
  return { Prefer: `outlook.timezone="UTC", odata.maxpagesize=${pageSize}` };
}
