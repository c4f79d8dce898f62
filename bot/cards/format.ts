import type { Meeting } from '../../src/domain/meetings/meeting.js';
import type { Locale } from '../../src/i18n/catalog.js';

/** "mardi 7 octobre 2025, 13 h 30" / "Tuesday, October 7, 2025, 1:30 PM", in the meeting's time zone. */
export function formatMeetingDate(meeting: Pick<Meeting, 'startsAt' | 'timeZone'>, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-CA' : 'fr-CA', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: meeting.timeZone,
  }).format(new Date(meeting.startsAt));
}
