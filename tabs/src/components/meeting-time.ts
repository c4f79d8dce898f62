import type { Locale } from '../../../src/i18n/catalog.js';

/** IPECN's clocks (src/domain/shared/vocabulary.ts, IPECN_TIME_ZONE): Montréal and Québec share them. */
export const IPECN_TIME_ZONE = 'America/Toronto';

const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-CA' : 'fr-CA');

/** `mercredi 3 décembre 2025` in the meeting's time zone. */
export function formatMeetingDate(iso: string, locale: Locale, timeZone = IPECN_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(iso));
}

/** `13 h 00 – 15 h 00` in the meeting's time zone. */
export function formatTimeRange(startsAt: string, endsAt: string, locale: Locale, timeZone = IPECN_TIME_ZONE): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone, hour: 'numeric', minute: '2-digit' });
  return `${format.format(new Date(startsAt))} – ${format.format(new Date(endsAt))}`;
}

export function formatShortDate(iso: string, locale: Locale, timeZone = IPECN_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone, dateStyle: 'medium' }).format(new Date(iso));
}

/** Minutes east of UTC that `timeZone` shows at `instant` (−300 for Montréal in winter). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');

/**
 * A wall-clock date and time read in `timeZone` (`2026-01-14`, `13:30`) as an ISO instant with its offset,
 * `2026-01-14T13:30:00-05:00`, which is what the API expects. Undefined when either part is malformed.
 */
export function wallTimeToIso(date: string, time: string, timeZone = IPECN_TIME_ZONE): string | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !clock) return undefined;
  const asUtc = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]));
  // Twice: the first guess may fall on the other side of a daylight-saving change.
  let offset = offsetMinutes(new Date(asUtc), timeZone);
  offset = offsetMinutes(new Date(asUtc - offset * 60_000), timeZone);
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** Today's date in `timeZone`, as `YYYY-MM-DD` for a date input. */
export function todayIn(timeZone = IPECN_TIME_ZONE, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
