import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { label } from '../../../../src/i18n/catalog.js';
import type { CommitteesResponse, Me } from '../../api/types.js';
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
import { EditMeetingDialog } from './edit-meeting-dialog.js';
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
  const me = useApi<Me>('/people/me');
  const [saved, setSaved] = useState<string | null>(null);
  useUnauthorized([meeting], onUnauthorized);
  // While the meeting reloads after an edit, the previous details stay on screen.
  const shown = useRef<MeetingDetails | null>(null);
  if (meeting.status === 'ready') shown.current = meeting.data;
  else if (meeting.status === 'error' || shown.current?.id !== id) shown.current = null;

  if (!shown.current)
    return (
      <div className={layout.page}>
        {meeting.status === 'error' ? (
          <ErrorState error={meeting.error} onRetry={meeting.retry} />
        ) : (
          <LoadingState label={m('meeting.loading')} />
        )}
      </div>
    );

  const details = shown.current;
  const coordination = me.status === 'ready' && (me.data.role === 'coordinator' || me.data.role === 'liaison');
  const canEdit =
    coordination ||
    (me.status === 'ready' && details.committeeId !== null && me.data.committeeIds.includes(details.committeeId));
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
        {canEdit && (
          <EditMeetingDialog
            meeting={details}
            onSaved={(updated) => {
              setSaved(updated.title);
              meeting.retry();
            }}
          />
        )}
      </section>
      {saved && (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>{m('editMeeting.saved', { title: saved })}</MessageBarBody>
        </MessageBar>
      )}

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

      <AttendanceSection meeting={details} canAddPeople={coordination} committeeSlug={committee?.slug ?? null} />
      <MinutesSection meetingId={details.id} />
      <DocumentsSection documents={details.documents ?? []} />
    </div>
  );
}
