import type { Attendance } from '../../src/domain/attendance/attendance.js';
import type { AttendanceSummary } from '../../src/domain/attendance/summary.js';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import { label, t, type Locale } from '../../src/i18n/catalog.js';
import type { AdaptiveCard, CardElement } from './adaptive-card.js';
import { adaptiveCard, executeAction, MAX_REFRESH_USERS, textBlock } from './adaptive-card.js';
import { plainText } from './escape-markdown.js';
import { categoryFacts, meetingHeading } from './format.js';

export interface OpenActionItem {
  text: string;
  dueOn: string | null;
}

export interface AttendanceCardInput {
  meeting: Meeting;
  committeeName: string;
  summary: AttendanceSummary;
  /** The viewer's own row: each person sees their own state (Universal Actions refresh). */
  own: Attendance | undefined;
  /** Whether the viewer may close attendance (organizer or coordination). */
  canClose: boolean;
  /** Teams user ids (29:…) or Entra object ids of people whose clients refresh the card automatically. */
  refreshUserIds: string[];
  openActionItems: OpenActionItem[];
  locale: Locale;
}

export const ATTENDANCE_VERBS = {
  checkIn: 'attendance.checkIn',
  refresh: 'attendance.refresh',
  close: 'attendance.close',
  saveProfile: 'attendance.saveProfile',
} as const;

function ownState(own: Attendance | undefined, locale: Locale): string {
  if (!own) return t(locale, 'attendance.yourStateNone');
  const state =
    own.status === 'present'
      ? t(locale, own.mode === 'online' ? 'attendance.online' : 'attendance.inPerson')
      : label(locale, 'attendanceStatus', own.status);
  return t(locale, 'attendance.yourState', { state });
}

/**
 * The attendance card: three check-in buttons, live counts by category, the viewer's own state, and
 * "Clore" for the organizer or coordination. Each listed user's client refreshes it to their own view.
 */
export function attendanceCard(input: AttendanceCardInput): AdaptiveCard {
  const { meeting, summary, locale } = input;
  const data = { meetingId: meeting.id };
  const closed = meeting.attendanceClosedAt !== null || meeting.status === 'cancelled';
  const body: CardElement[] = [
    ...meetingHeading(
      t(locale, 'attendance.title', { meeting: plainText(meeting.title) }),
      input.committeeName,
      meeting,
      locale,
    ),
    textBlock(ownState(input.own, locale), {
      weight: 'bolder',
      color: input.own?.status === 'present' ? 'good' : 'default',
    }),
    textBlock(t(locale, 'attendance.counts', { present: summary.present, excused: summary.excused }), {
      spacing: 'small',
    }),
  ];
  if (summary.present > 0) body.push({ type: 'FactSet', facts: categoryFacts(summary, locale), spacing: 'small' });
  if (input.openActionItems.length > 0) {
    body.push(textBlock(t(locale, 'attendance.openActions'), { weight: 'bolder', separator: true }));
    for (const item of input.openActionItems.slice(0, 8)) {
      const due = item.dueOn ? ` (${t(locale, 'attendance.openActionsDue', { date: item.dueOn })})` : '';
      body.push(textBlock(`• ${plainText(item.text)}${due}`, { spacing: 'none' }));
    }
  }
  if (closed) body.push(textBlock(t(locale, 'attendance.closed'), { color: 'warning', separator: true }));

  const actions = closed
    ? []
    : [
        executeAction(
          t(locale, 'attendance.inPerson'),
          ATTENDANCE_VERBS.checkIn,
          { ...data, choice: 'inPerson' },
          { style: 'positive' },
        ),
        executeAction(
          t(locale, 'attendance.online'),
          ATTENDANCE_VERBS.checkIn,
          { ...data, choice: 'online' },
          { style: 'positive' },
        ),
        executeAction(t(locale, 'attendance.excused'), ATTENDANCE_VERBS.checkIn, { ...data, choice: 'excused' }),
        ...(input.canClose
          ? [executeAction(t(locale, 'attendance.close'), ATTENDANCE_VERBS.close, data, { style: 'destructive' })]
          : []),
      ];
  return adaptiveCard(body, {
    fallbackText: t(locale, 'attendance.title', { meeting: meeting.title }),
    actions,
    refresh: {
      action: executeAction(t(locale, 'attendance.refresh'), ATTENDANCE_VERBS.refresh, data),
      userIds: input.refreshUserIds.slice(0, MAX_REFRESH_USERS),
    },
  });
}
