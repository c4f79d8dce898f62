import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-client.js';
import { apiGet, toApiError } from '../../api/api-client.js';
import { useTeams } from '../../teams/teams-context.js';

export type Reloadable<T> = (
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T; refreshing: boolean }
) & { reload(): void };

/**
 * Like `useApi`, but a reload keeps showing the data already there until the new answer arrives, so that
 * forms below it (their input, their focus) survive a save. `path` undefined waits.
 */
export function useReloadable<T>(path: string | undefined): Reloadable<T> {
  const { getToken } = useTeams();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T; refreshing: boolean }
  >({ status: 'loading' });
  const [loadedPath, setLoadedPath] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (path === undefined) return;
    const controller = new AbortController();
    setState((current) =>
      current.status === 'ready' && loadedPath === path ? { ...current, refreshing: true } : { status: 'loading' },
    );
    apiGet<T>(path, { getToken, signal: controller.signal }).then(
      (data) => {
        setLoadedPath(path);
        setState({ status: 'ready', data, refreshing: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
    // `loadedPath` only tells a reload from a new path; it must not trigger a load itself.
  }, [path, getToken, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, reload };
}
