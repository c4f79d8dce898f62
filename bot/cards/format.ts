import type { Meeting } from '../../src/domain/meetings/meeting.js';
import type { AttendanceSummary } from '../../src/domain/attendance/summary.js';
import { ParticipantCategory } from '../../src/domain/shared/vocabulary.js';
import { label, type Locale } from '../../src/i18n/catalog.js';
import type { CardElement, Fact } from './adaptive-card.js';
import { textBlock } from './adaptive-card.js';
import { plainText } from './escape-markdown.js';

/** "mardi 7 octobre 2025, 13 h 30" / "Tuesday, October 7, 2025, 1:30 PM", in the meeting's time zone. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatMeetingDate(meeting: Pick<Meeting, 'startsAt' | 'timeZone'>, locale: Locale): string {
  const key = `${locale}|${meeting.timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-CA' : 'fr-CA', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: meeting.timeZone,
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(meeting.startsAt));
}

/** The title and "committee · date" lines that open every card about a meeting. */
export function meetingHeading(
  title: string,
  committeeName: string,
  meeting: Pick<Meeting, 'startsAt' | 'timeZone'>,
  locale: Locale,
): CardElement[] {
  return [
    textBlock(title, { size: 'medium', weight: 'bolder', style: 'heading' }),
    textBlock(`${plainText(committeeName)} · ${formatMeetingDate(meeting, locale)}`, {
      isSubtle: true,
      spacing: 'none',
    }),
  ];
}

/** Present participants per category, in the glossary's order, categories with nobody left out. */
export function categoryFacts(summary: AttendanceSummary, locale: Locale): Fact[] {
  return ParticipantCategory.options
    .filter((category) => (summary.byCategory[category] ?? 0) > 0)
    .map((category) => ({
      title: label(locale, 'participantCategory', category),
      value: String(summary.byCategory[category]),
    }));
}
