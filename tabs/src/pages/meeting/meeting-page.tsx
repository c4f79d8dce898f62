import { Link } from '@fluentui/react-components';
import { label } from '../../../../src/i18n/catalog.js';
import type { CommitteesResponse } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { ErrorState, LoadingState } from '../../components/load-state.js';
import { MeetingModeBadge, MeetingStatusBadge } from '../../components/meeting-badges.js';
import { formatMeetingDate, formatTimeRange } from '../../components/meeting-time.js';
import { usePageLayoutStyles } from '../../components/page-layout.styles.js';
import { useUnauthorized } from '../../components/use-unauthorized.js';
import { useLocale } from '../../i18n/locale-context.js';
import type { RouteProps } from '../../routes.js';
import { AttendanceSection } from './attendance-section.js';
import { DocumentsSection } from './documents-section.js';
import type { MeetingDetails } from './meeting-api.js';
import { MinutesSection } from './minutes-section.js';
import { useMeetingPageStyles } from './meeting-page.styles.js';

/** One meeting: when and where, attendance, minutes and documents. */
export default function MeetingPage({ params, onUnauthorized }: RouteProps) {
  const layout = usePageLayoutStyles();
  const styles = useMeetingPageStyles();
  const { locale, m } = useLocale();
  const id = params.id ?? '';
  const meeting = useApi<MeetingDetails>(`/meetings/${encodeURIComponent(id)}`);
  const committees = useApi<CommitteesResponse>('/committees');
  useUnauthorized([meeting], onUnauthorized);

  if (meeting.status !== 'ready')
    return (
      <div className={layout.page}>
        {meeting.status === 'loading' ? (
          <LoadingState label={m('meeting.loading')} />
        ) : (
          <ErrorState error={meeting.error} onRetry={meeting.retry} />
        )}
      </div>
    );

  const details = meeting.data;
  const committee =
    committees.status === 'ready'
      ? committees.data.committees.find((candidate) => candidate.id === details.committeeId)
      : undefined;
  const rows: { term: string; value: string }[] = [
    { term: m('meeting.when'), value: formatMeetingDate(details.startsAt, locale, details.timeZone) },
    { term: m('meeting.time'), value: formatTimeRange(details.startsAt, details.endsAt, locale, details.timeZone) },
    { term: m('meeting.mode'), value: label(locale, 'meetingMode', details.mode) },
    ...(details.location ? [{ term: m('meeting.location'), value: details.location }] : []),
    ...(details.territory
      ? [{ term: m('meeting.territory'), value: label(locale, 'territory', details.territory) }]
      : []),
  ];

  return (
    <div className={layout.page}>
      {committee ? (
        <Link href={`#/committee/${encodeURIComponent(committee.slug)}`} className={layout.backLink}>
          {m('nav.backToCommittee')} · {locale === 'en' ? committee.name.en : committee.name.fr}
        </Link>
      ) : (
        <Link href="#/" className={layout.backLink}>
          {m('nav.home')}
        </Link>
      )}
      <section className={layout.header} aria-labelledby="meeting-title">
        <h2 id="meeting-title" className={layout.title}>
          {details.title}
        </h2>
        <div className={styles.badges}>
          <MeetingStatusBadge status={details.status} />
          <MeetingModeBadge mode={details.mode} />
        </div>
      </section>

      <div className={layout.panel}>
        <dl className={styles.details}>
          {rows.map((row) => (
            <div key={row.term} className={styles.detail}>
              <dt>{row.term}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
        {details.onlineJoinUrl && details.status !== 'cancelled' && (
          <Link href={details.onlineJoinUrl} target="_blank" rel="noreferrer">
            {m('meeting.join')}
          </Link>
        )}
      </div>

      <AttendanceSection meeting={details} />
      <MinutesSection meetingId={details.id} />
      <DocumentsSection documents={details.documents ?? []} />
    </div>
  );
}
