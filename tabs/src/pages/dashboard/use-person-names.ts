import { useEffect, useState } from 'react';
import { apiGet } from '../../api/api-client.js';
import type { Me } from '../../api/types.js';
import { useTeams } from '../../teams/teams-context.js';

/**
 * Display names of the few people who entered values (the coordination team), one `GET /people/{id}` each:
 * listing everyone would also read, and log, every family member's record.
 */
export function usePersonNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const { getToken } = useTeams();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(ids)].sort().join(',');

  useEffect(() => {
    if (!key) return;
    let active = true;
    void Promise.allSettled(key.split(',').map((id) => apiGet<Me>(`/people/${id}`, { getToken }))).then((results) => {
      if (!active) return;
      const found = new Map<string, string>();
      for (const result of results)
        if (result.status === 'fulfilled') found.set(result.value.id, result.value.displayName);
      setNames(found);
    });
    return () => {
      active = false;
    };
  }, [key, getToken]);

  return names;
}
