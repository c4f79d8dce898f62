import { localDateOf, pad, wallClockAt } from '../fiscal-year/time-zone.js';
import type { Locale } from '../shared/vocabulary.js';

/**
 * Dates as the minutes show them, in the meeting's time zone: "7 octobre 2025, 13 h 30" (the Office québécois de
 * la langue française's notation, "1er" for the first of the month), "October 7, 2025, 1:30 p.m." in English.
 */

function dayMonthYear(year: number, month: number, day: number, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale === 'en' ? 'en-CA' : 'fr-CA', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day, 12)));
  return locale === 'en' || day !== 1 ? text : text.replace(/^1(?=\s)/, '1er');
}

/** A calendar date, `YYYY-MM-DD`, in words. */
export function formatLocalDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dayMonthYear(year, month, day, locale);
}

/** An instant's date in the zone, in words. */
export function formatDate(instant: string, timeZone: string, locale: Locale): string {
  const wall = wallClockAt(new Date(instant), timeZone);
  return dayMonthYear(wall.year, wall.month, wall.day, locale);
}

export function formatDateTime(instant: string, timeZone: string, locale: Locale): string {
  const wall = wallClockAt(new Date(instant), timeZone);
  const date = dayMonthYear(wall.year, wall.month, wall.day, locale);
  if (locale === 'en') {
    const hour = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
    return `${date}, ${hour}:${pad(wall.minute)} ${wall.hour < 12 ? 'a.m.' : 'p.m.'}`;
  }
  return `${date}, ${wall.hour} h${wall.minute === 0 ? '' : ` ${pad(wall.minute)}`}`;
}

/** `YYYY-MM-DD` of the meeting in its zone, as file names carry it. */
export function meetingLocalDate(meeting: { startsAt: string; timeZone: string }): string {
  return localDateOf(new Date(meeting.startsAt), meeting.timeZone);
}
