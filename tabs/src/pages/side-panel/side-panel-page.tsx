import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import type { Me } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { ErrorState, LoadingState } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import type { RouteProps } from '../../routes.js';
import { useHash } from '../../routes.js';
import { useTeams } from '../../teams/teams-context.js';
import { AttendancePanel } from './attendance-panel.js';
import { meetingIdFromHash } from './meeting-id.js';
import { MinutesPanel } from './minutes-panel.js';
import { useSidePanelStyles } from './side-panel-page.styles.js';

function MeetingPanel({
  meetingId,
  onUnauthorized,
}: {
  meetingId: string;
  onUnauthorized: RouteProps['onUnauthorized'];
}) {
  const styles = useSidePanelStyles();
  const { locale, m } = useLocale();
  const meeting = useApi<Meeting>(`/meetings/${encodeURIComponent(meetingId)}`);
  const me = useApi<Me>('/people/me');
  const unauthorized = [meeting, me].some((result) => result.status === 'error' && result.error.status === 401);
  useEffect(() => {
    if (unauthorized) onUnauthorized?.();
  }, [unauthorized, onUnauthorized]);

  if (meeting.status === 'loading') return <LoadingState label={m('loading')} />;
  if (meeting.status === 'error') return <ErrorState error={meeting.error} onRetry={meeting.retry} />;
  const startsAt = new Date(meeting.data.startsAt).toLocaleString(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: meeting.data.timeZone,
  });
  return (
    <>
      <header>
        <h1 className={styles.title}>{meeting.data.title}</h1>
        <Text size={200} className={styles.muted}>
          {startsAt}
        </Text>
      </header>
      <AttendancePanel meetingId={meetingId} me={me.status === 'ready' ? me.data : undefined} />
      <MinutesPanel meetingId={meetingId} />
    </>
  );
}

/** In a Teams meeting: our meeting is the one the bot recorded with this Teams meeting id. */
function TeamsMeetingPanel({
  teamsMeetingId,
  onUnauthorized,
}: {
  teamsMeetingId: string;
  onUnauthorized: RouteProps['onUnauthorized'];
}) {
  const { m } = useLocale();
  const found = useApi<{ meetings: Meeting[] }>(`/meetings?teamsMeeting=${encodeURIComponent(teamsMeetingId)}`);
  const unauthorized = found.status === 'error' && found.error.status === 401;
  useEffect(() => {
    if (unauthorized) onUnauthorized?.();
  }, [unauthorized, onUnauthorized]);

  if (found.status === 'loading') return <LoadingState label={m('sidePanel.finding')} />;
  if (found.status === 'error') return <ErrorState error={found.error} onRetry={found.retry} />;
  const [meeting] = found.data.meetings;
  if (!meeting)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{m('sidePanel.unknownMeeting')}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={found.retry}>{m('retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  return <MeetingPanel key={meeting.id} meetingId={meeting.id} onUnauthorized={onUnauthorized} />;
}

/** The meeting side panel: narrow (320 px), for use during the meeting. */
export default function SidePanelPage({ params, onUnauthorized }: RouteProps) {
  const styles = useSidePanelStyles();
  const { m } = useLocale();
  const hash = useHash();
  const { teamsMeetingId } = useTeams();
  const meetingId = params.meeting ?? meetingIdFromHash(hash);
  return (
    <div className={styles.page} aria-label={m('sidePanel.title')} role="region">
      {meetingId ? (
        <MeetingPanel key={meetingId} meetingId={meetingId} onUnauthorized={onUnauthorized} />
      ) : teamsMeetingId ? (
        <TeamsMeetingPanel key={teamsMeetingId} teamsMeetingId={teamsMeetingId} onUnauthorized={onUnauthorized} />
      ) : (
        <p className={styles.muted}>{m('sidePanel.noMeeting')}</p>
      )}
    </div>
  );
}
