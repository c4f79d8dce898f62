import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-client.js';
import type { TranslateTabs } from '../i18n/messages.js';
import { useLocale } from '../i18n/locale-context.js';
import { useTeams } from '../teams/teams-context.js';
import { useLoadStateStyles } from './load-state.styles.js';

/** A reader-facing sentence for a failed call; the server's message stays out (English, technical). */
export function errorMessage(m: TranslateTabs, error: ApiError, inTeams = false): string {
  if (error.status === 0) return m('error.network');
  if (error.status === 401) return inTeams ? m('error.teamsSignIn') : m('error.unauthorized');
  if (error.status === 403) return m('error.forbidden');
  if (error.status === 404) return m('error.notFound');
  if (error.status >= 500) return m('error.server');
  return m('error.other', { code: error.code });
}

export function LoadingState({ label }: { label: string }) {
  const styles = useLoadStateStyles();
  return (
    <div className={styles.loading}>
      <Spinner size="small" labelPosition="after" label={label} />
    </div>
  );
}

export function ErrorState({ error, onRetry, title }: { error: ApiError; onRetry?: () => void; title?: string }) {
  const { m } = useLocale();
  const { inTeams } = useTeams();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? m('error.title')}</MessageBarTitle>
        {errorMessage(m, error, inTeams)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{m('retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  const styles = useLoadStateStyles();
  return <Text className={styles.empty}>{children}</Text>;
}
