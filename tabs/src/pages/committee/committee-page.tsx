import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Committee } from '../../../../src/domain/committees/committee.js';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import type { IndicatorsResponse, Me } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { FiscalYearSelect } from '../../components/fiscal-year-select.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/load-state.js';
import { usePageLayoutStyles } from '../../components/page-layout.styles.js';
import { useUnauthorized } from '../../components/use-unauthorized.js';
import { currentFiscalYear } from '../../fiscal-year.js';
import { useLocale } from '../../i18n/locale-context.js';
import type { RouteProps } from '../../routes.js';
import type { MeetingsResponse, SettingsResponse } from '../meeting/meeting-api.js';
import { AddMeetingDialog } from './add-meeting-dialog.js';
import { CommitteeIndicator, committeeIndicator } from './committee-indicator.js';
import { MeetingList, MeetingSummary } from './meeting-list.js';
import { useCommitteePageStyles } from './committee-page.styles.js';

const byStart = (a: Meeting, b: Meeting) => a.startsAt.localeCompare(b.startsAt);

/** Next meeting, the other upcoming ones soonest first, and the past ones latest first. */
export function splitMeetings(meetings: readonly Meeting[], now = new Date()) {
  const nowIso = now.toISOString();
  const upcoming = meetings.filter((meeting) => meeting.endsAt >= nowIso).sort(byStart);
  const past = meetings
    .filter((meeting) => meeting.endsAt < nowIso)
    .sort(byStart)
    .reverse();
  const next = upcoming.find((meeting) => meeting.status !== 'cancelled');
  return { next, upcoming: upcoming.filter((meeting) => meeting !== next), past };
}

export function canManage(me: Me, committee: Committee): boolean {
  return me.role === 'coordinator' || me.role === 'liaison' || me.committeeIds.includes(committee.id);
}

/** The committee tab: a committee's meetings for a fiscal year, its indicator, and a way to add a meeting. */
export default function CommitteePage({ params, onUnauthorized }: RouteProps) {
  const layout = usePageLayoutStyles();
  const styles = useCommitteePageStyles();
  const { locale, m } = useLocale();
  const slug = params.slug ?? '';
  const committee = useApi<Committee>(`/committees/${encodeURIComponent(slug)}`);
  const settings = useApi<SettingsResponse>('/settings');
  const me = useApi<Me>('/people/me');
  const current = settings.status === 'ready' ? settings.data.currentFiscalYear : currentFiscalYear();
  const [chosenYear, setChosenYear] = useState<string | null>(null);
  const fiscalYear = chosenYear ?? current;
  const meetings = useApi<MeetingsResponse>(
    `/meetings?committee=${encodeURIComponent(slug)}&fiscalYear=${encodeURIComponent(fiscalYear)}`,
  );
  const indicators = useApi<IndicatorsResponse>(`/indicators?fiscalYear=${encodeURIComponent(fiscalYear)}`);
  const [added, setAdded] = useState<string | null>(null);
  useUnauthorized([committee, me, meetings], onUnauthorized);

  useEffect(() => setAdded(null), [fiscalYear]);
  const split = useMemo(
    () => (meetings.status === 'ready' ? splitMeetings(meetings.data.meetings) : undefined),
    [meetings],
  );

  if (committee.status === 'loading')
    return (
      <div className={layout.page}>
        <LoadingState label={m('committee.loading')} />
      </div>
    );
  if (committee.status === 'error')
    return (
      <div className={layout.page}>
        <ErrorState error={committee.error} onRetry={committee.retry} />
      </div>
    );

  const text = (value: { fr: string; en: string }) => (locale === 'en' ? value.en : value.fr);
  const held =
    meetings.status === 'ready' ? meetings.data.meetings.filter((meeting) => meeting.status === 'held').length : 0;
  const indicator =
    indicators.status === 'ready' ? committeeIndicator(indicators.data, committee.data.kind) : undefined;

  return (
    <div className={layout.page}>
      <Link href="#/" className={layout.backLink}>
        {m('nav.home')}
      </Link>
      <section className={layout.header} aria-labelledby="committee-name">
        <h2 id="committee-name" className={layout.title}>
          {text(committee.data.name)}
        </h2>
        <Text as="p" className={layout.intro}>
          {text(committee.data.description)}
        </Text>
      </section>

      <div className={styles.toolbar}>
        <FiscalYearSelect current={current} value={fiscalYear} onChange={setChosenYear} />
        {meetings.status === 'ready' && indicators.status !== 'loading' && (
          <CommitteeIndicator indicator={indicator} held={held} />
        )}
        {me.status === 'ready' && canManage(me.data, committee.data) && (
          <div className={styles.add}>
            <AddMeetingDialog
              committee={committee.data}
              onCreated={(meeting) => {
                setAdded(meeting.title);
                meetings.retry();
                indicators.retry();
              }}
            />
          </div>
        )}
      </div>
      {added && (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>{m('addMeeting.added', { title: added })}</MessageBarBody>
        </MessageBar>
      )}

      {meetings.status === 'loading' && <LoadingState label={m('committee.meetingsLoading')} />}
      {meetings.status === 'error' && <ErrorState error={meetings.error} onRetry={meetings.retry} />}
      {split && (
        <>
          <section className={layout.section} aria-labelledby="committee-next">
            <h3 id="committee-next" className={layout.sectionTitle}>
              {m('committee.nextMeeting')}
            </h3>
            {split.next ? (
              <MeetingSummary meeting={split.next} highlighted />
            ) : (
              <EmptyState>{m('committee.noNextMeeting')}</EmptyState>
            )}
          </section>
          <section className={layout.section} aria-labelledby="committee-upcoming">
            <h3 id="committee-upcoming" className={layout.sectionTitle}>
              {m('committee.upcoming')}
            </h3>
            {split.upcoming.length ? (
              <MeetingList meetings={split.upcoming} label={m('committee.upcoming')} />
            ) : (
              <EmptyState>{m('committee.noUpcoming')}</EmptyState>
            )}
          </section>
          <section className={layout.section} aria-labelledby="committee-past">
            <h3 id="committee-past" className={layout.sectionTitle}>
              {m('committee.past')}
            </h3>
            {split.past.length ? (
              <MeetingList meetings={split.past} label={m('committee.past')} />
            ) : (
              <EmptyState>{m('committee.noPast')}</EmptyState>
            )}
          </section>
        </>
      )}
    </div>
  );
}
