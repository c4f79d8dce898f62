import type { AttendanceSummary } from '../../src/domain/attendance/summary.js';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import { AttendanceMode } from '../../src/domain/attendance/attendance.js';
import { label, t, type Locale } from '../../src/i18n/catalog.js';
import type { AdaptiveCard, CardElement } from './adaptive-card.js';
import { adaptiveCard, executeAction, textBlock } from './adaptive-card.js';
import { plainText } from './escape-markdown.js';
import { categoryFacts, meetingHeading } from './format.js';

export const OPEN_MINUTES_VERB = 'minutes.open';

export interface YearStanding {
  fiscalYear: string;
  held: number;
  target: number | null;
}

/** Posted when a meeting ends or attendance is closed: who came, the per-meeting target, the year so far. */
export function summaryCard(input: {
  meeting: Meeting;
  committeeName: string;
  summary: AttendanceSummary;
  perMeetingTarget: number | null;
  standing: YearStanding;
  locale: Locale;
}): AdaptiveCard {
  const { meeting, summary, locale } = input;
  const body: CardElement[] = [
    ...meetingHeading(
      t(locale, 'summary.title', { meeting: plainText(meeting.title) }),
      input.committeeName,
      meeting,
      locale,
    ),
    { type: 'FactSet', facts: [{ title: t(locale, 'summary.present'), value: String(summary.present) }] },
    textBlock(t(locale, 'summary.byCategory'), { weight: 'bolder', spacing: 'medium' }),
    { type: 'FactSet', facts: categoryFacts(summary, locale) },
    textBlock(t(locale, 'summary.byMode'), { weight: 'bolder', spacing: 'medium' }),
    {
      type: 'FactSet',
      facts: AttendanceMode.options.map((mode) => ({
        title: label(locale, 'meetingMode', mode),
        value: String(summary.byMode[mode] ?? 0),
      })),
    },
  ];
  if (input.perMeetingTarget !== null) {
    const met = summary.present >= input.perMeetingTarget;
    body.push(
      textBlock(
        t(locale, met ? 'summary.targetMet' : 'summary.targetMissed', {
          count: summary.present,
          target: input.perMeetingTarget,
        }),
        {
          color: met ? 'good' : 'warning',
          separator: true,
        },
      ),
    );
  }
  const { standing } = input;
  body.push(
    textBlock(
      standing.target === null
        ? t(locale, 'summary.yearStandingNoTarget', {
            committee: input.committeeName,
            held: standing.held,
            fiscalYear: standing.fiscalYear,
          })
        : t(locale, 'summary.yearStanding', {
            committee: input.committeeName,
            held: standing.held,
            target: standing.target,
            fiscalYear: standing.fiscalYear,
          }),
      { weight: 'bolder' },
    ),
  );
  return adaptiveCard(body, {
    fallbackText: t(locale, 'summary.title', { meeting: meeting.title }),
    actions: [executeAction(t(locale, 'summary.openMinutes'), OPEN_MINUTES_VERB, { meetingId: meeting.id })],
  });
}
