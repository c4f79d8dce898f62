import { useEffect, useState } from 'react';
import { apiGet } from '../../api/api-client.js';
import type { IndicatorsResponse } from '../../api/types.js';
import { useTeams } from '../../teams/teams-context.js';

/**
 * The reports of several fiscal years, fetched in parallel. A year the API cannot answer (no plan covers
 * it yet) is left out rather than failing the trend; `undefined` while loading.
 */
export function useTrend(years: readonly string[], refresh: number): IndicatorsResponse[] | undefined {
  const { getToken } = useTeams();
  const [reports, setReports] = useState<IndicatorsResponse[] | undefined>(undefined);
  const key = years.join(',');

  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    void Promise.allSettled(
      key
        .split(',')
        .map((year) =>
          apiGet<IndicatorsResponse>(`/indicators?fiscalYear=${year}`, { getToken, signal: controller.signal }),
        ),
    ).then((results) => {
      if (controller.signal.aborted) return;
      setReports(results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])));
    });
    return () => controller.abort();
  }, [key, getToken, refresh]);

  return reports;
}
