import { useEffect } from 'react';
import type { ApiState } from '../api/use-api.js';

/** Tells the shell when any of a page's calls came back 401, so outside Teams the sign-in shows again. */
export function useUnauthorized(states: readonly ApiState<unknown>[], onUnauthorized: (() => void) | undefined): void {
  const unauthorized = states.some((state) => state.status === 'error' && state.error.status === 401);
  useEffect(() => {
    if (unauthorized) onUnauthorized?.();
  }, [unauthorized, onUnauthorized]);
}
