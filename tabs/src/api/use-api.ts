import { useCallback, useEffect, useState } from 'react';
import { useTeams } from '../teams/teams-context.js';
import type { ApiError } from './api-client.js';
import { apiGet, toApiError } from './api-client.js';

export type ApiState<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

/** Loads `GET /api/v1{path}`; `retry()` loads it again. */
export function useApi<T>(path: string): ApiState<T> & { retry(): void } {
  const { getToken } = useTeams();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    apiGet<T>(path, { getToken, signal: controller.signal }).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path, getToken, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, retry };
}
