import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-client.js';
import { apiGet, toApiError } from '../../api/api-client.js';
import { ErrorState, LoadingState, errorMessage } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useTeams } from '../../teams/teams-context.js';
import { apiPost } from '../../api/api-client.js';
import { QuickInput } from './quick-input.js';
import type { MinutesResponse, QuickAction } from './side-panel-types.js';
import { useSidePanelStyles } from './side-panel-page.styles.js';

type Loaded = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; view: MinutesResponse };

/** Quick additions to the meeting's draft minutes (note, decision, action item) and the draft as it stands. */
export function MinutesPanel({ meetingId }: { meetingId: string }) {
  const styles = useSidePanelStyles();
  const { m } = useLocale();
  const { getToken, inTeams } = useTeams();
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const path = `/meetings/${encodeURIComponent(meetingId)}/minutes`;

  useEffect(() => {
    const controller = new AbortController();
    apiGet<MinutesResponse>(path, { getToken, signal: controller.signal }).then(
      (view) => setState({ status: 'ready', view }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path, getToken, attempt]);

  const send = async (action: QuickAction): Promise<boolean> => {
    if (state.status !== 'ready') return false;
    setNotice(null);
    try {
      const view = await apiPost<MinutesResponse>(
        `${path}/actions`,
        { ...action, meetingId, expectedVersion: state.view.minutes.version },
        { getToken },
      );
      setState({ status: 'ready', view });
      setNotice({ intent: 'success', text: m('sidePanel.saved') });
      return true;
    } catch (error) {
      const failure = toApiError(error);
      if (failure.status === 409) {
        setNotice({ intent: 'warning', text: m('sidePanel.conflict') });
        setAttempt((count) => count + 1);
      } else setNotice({ intent: 'error', text: errorMessage(m, failure, inTeams) });
      return false;
    }
  };

  if (state.status === 'loading') return <LoadingState label={m('loading')} />;
  if (state.status === 'error')
    return state.error.status === 403 ? (
      <p className={styles.muted}>{m('sidePanel.minutesUnavailable')}</p>
    ) : (
      <ErrorState error={state.error} onRetry={() => setAttempt((count) => count + 1)} />
    );

  const { minutes, canEdit, people } = state.view;
  const owner = (id: string | null) => (id ? people.find((person) => person.id === id)?.displayName : undefined);
  const notes = minutes.notes
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  return (
    <section className={styles.section} aria-labelledby="side-panel-minutes">
      <h2 id="side-panel-minutes" className={styles.sectionTitle}>
        {m('sidePanel.minutes')}
      </h2>
      <p className={styles.muted}>
        {m('sidePanel.minutesStatus', { status: m(`sidePanel.status.${minutes.status}`) })}
      </p>
      {!canEdit && <p className={styles.muted}>{m('sidePanel.locked')}</p>}
      <QuickInput
        label={m('sidePanel.note')}
        submitLabel={m('sidePanel.addNote')}
        maxLength={5000}
        disabled={!canEdit}
        onSubmit={(note) => send({ verb: 'minutes.addNote', note })}
      />
      <QuickInput
        label={m('sidePanel.decision')}
        submitLabel={m('sidePanel.addDecision')}
        maxLength={2000}
        disabled={!canEdit}
        onSubmit={(decision) => send({ verb: 'minutes.addDecision', decision })}
      />
      <QuickInput
        label={m('sidePanel.actionItem')}
        submitLabel={m('sidePanel.addActionItem')}
        maxLength={1000}
        disabled={!canEdit}
        onSubmit={(actionText) => send({ verb: 'minutes.addActionItem', actionText })}
      />
      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      <div className={styles.draft} data-testid="minutes-draft">
        <h3 className={styles.draftTitle}>{m('sidePanel.notes')}</h3>
        {notes.length === 0 ? (
          <p className={styles.muted}>{m('sidePanel.empty')}</p>
        ) : (
          <ul className={styles.list} data-testid="draft-notes">
            {notes.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
        <h3 className={styles.draftTitle}>{m('sidePanel.decisions')}</h3>
        {minutes.decisions.length === 0 ? (
          <p className={styles.muted}>{m('sidePanel.empty')}</p>
        ) : (
          <ol className={styles.list} data-testid="draft-decisions">
            {minutes.decisions.map((decision, index) => (
              <li key={index}>{decision.text}</li>
            ))}
          </ol>
        )}
        <h3 className={styles.draftTitle}>{m('sidePanel.actionItems')}</h3>
        {minutes.actionItems.length === 0 ? (
          <p className={styles.muted}>{m('sidePanel.empty')}</p>
        ) : (
          <ul className={styles.list} data-testid="draft-actions">
            {minutes.actionItems.map((item, index) => (
              <li key={index}>
                {item.text}
                {owner(item.ownerId) ? ` — ${owner(item.ownerId)}` : ''}
                {item.dueOn ? ` (${item.dueOn})` : ''}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
