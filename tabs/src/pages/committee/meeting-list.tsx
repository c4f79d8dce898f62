import { Link, Text } from '@fluentui/react-components';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import { MeetingModeBadge, MeetingStatusBadge } from '../../components/meeting-badges.js';
import { formatMeetingDate, formatTimeRange } from '../../components/meeting-time.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useMeetingListStyles } from './meeting-list.styles.js';

export function meetingHref(meeting: Pick<Meeting, 'id'>): string {
  return `#/meeting/${encodeURIComponent(meeting.id)}`;
}

/** One meeting: its title as a link to its page, when, how and where. */
export function MeetingSummary({ meeting, highlighted = false }: { meeting: Meeting; highlighted?: boolean }) {
  const styles = useMeetingListStyles();
  const { locale, m } = useLocale();
  const date = formatMeetingDate(meeting.startsAt, locale, meeting.timeZone);
  return (
    <div className={highlighted ? styles.highlighted : styles.item} data-testid="meeting" data-meeting-id={meeting.id}>
      <div className={styles.titleRow}>
        <Link
          href={meetingHref(meeting)}
          className={highlighted ? styles.highlightedTitle : styles.title}
          aria-label={m('committee.openMeeting', { title: meeting.title, date })}
        >
          {meeting.title}
        </Link>
        <div className={styles.badges}>
          <MeetingStatusBadge status={meeting.status} />
          <MeetingModeBadge mode={meeting.mode} />
        </div>
      </div>
      <Text className={styles.when}>
        {date} ·{' '}
        <span className={styles.nowrap}>
          {formatTimeRange(meeting.startsAt, meeting.endsAt, locale, meeting.timeZone)}
        </span>
      </Text>
      {meeting.location && (
        <Text size={200} className={styles.where}>
          {meeting.location}
        </Text>
      )}
    </div>
  );
}

export function MeetingList({ meetings, label }: { meetings: readonly Meeting[]; label: string }) {
  const styles = useMeetingListStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <MeetingSummary meeting={meeting} />
        </li>
      ))}
    </ul>
  );
}
