import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/api-client.js';
import type { Me } from '../../api/types.js';
import { ErrorState, LoadingState, errorMessage } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useTeams } from '../../teams/teams-context.js';
import { apiPost } from '../../api/api-client.js';
import { useReloadable } from '../dashboard/use-reloadable.js';
import type { AttendanceView } from './side-panel-types.js';
import { useSidePanelStyles } from './side-panel-page.styles.js';

/** Who is here: counts for everyone, names when the API shows them, and a check-in for oneself. */
export function AttendancePanel({ meetingId, me }: { meetingId: string; me: Me | undefined }) {
  const styles = useSidePanelStyles();
  const { locale, m } = useLocale();
  const { getToken, inTeams } = useTeams();
  const attendance = useReloadable<AttendanceView>(`/meetings/${encodeURIComponent(meetingId)}/attendance`);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);

  const view = attendance.status === 'ready' ? attendance.data : undefined;
  const mine = view?.rows?.find((row) => row.personId === me?.id);
  const checkedIn = done || mine?.status === 'present';
  const count = (value: number | string) => (typeof value === 'number' ? value.toLocaleString(locale) : value);

  const checkIn = async () => {
    if (!me) return;
    setSaving(true);
    setFailure(null);
    try {
      await apiPost(
        `/meetings/${encodeURIComponent(meetingId)}/attendance`,
        { personId: me.id, status: 'present', ...(inTeams ? { mode: 'online' } : {}) },
        { getToken },
      );
      setDone(true);
      attendance.reload();
    } catch (error) {
      setFailure(toApiError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="side-panel-attendance">
      <h2 id="side-panel-attendance" className={styles.sectionTitle}>
        {m('sidePanel.attendance')}
      </h2>
      {attendance.status === 'loading' && <LoadingState label={m('loading')} />}
      {attendance.status === 'error' && <ErrorState error={attendance.error} onRetry={attendance.reload} />}
      {view && (
        <>
          <p className={styles.counts} data-testid="attendance-counts" aria-live="polite">
            <strong data-testid="present-count">
              {m('sidePanel.present', { count: count(view.summary.present) })}
            </strong>
            {view.summary.excused > 0 && (
              <span> · {m('sidePanel.excused', { count: count(view.summary.excused) })}</span>
            )}
          </p>
          {view.rows &&
            (view.rows.filter((row) => row.status === 'present').length === 0 ? (
              <p className={styles.muted}>{m('sidePanel.nobody')}</p>
            ) : (
              <ul className={styles.names} data-testid="present-names">
                {view.rows
                  .filter((row) => row.status === 'present')
                  .map((row) => (
                    <li key={row.personId}>{row.displayName ?? m('dashboard.unknownPerson')}</li>
                  ))}
              </ul>
            ))}
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!me || saving || checkedIn} onClick={() => void checkIn()}>
          {saving ? m('sidePanel.checkingIn') : m('sidePanel.checkIn')}
        </Button>
        <span role="status" className={styles.muted}>
          {checkedIn ? m('sidePanel.checkedIn') : ''}
        </span>
      </div>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{errorMessage(m, failure, inTeams)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
