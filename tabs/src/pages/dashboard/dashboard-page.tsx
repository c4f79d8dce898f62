import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { IndicatorsResponse, Me } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/load-state.js';
import { currentFiscalYear } from '../../fiscal-year.js';
import { useLocale } from '../../i18n/locale-context.js';
import type { RouteProps } from '../../routes.js';
import { ActualVsTargetChart, BreakdownCharts, TrendChart } from './dashboard-charts.js';
import { downloadReport } from './export-report.js';
import { recentFiscalYears } from './fiscal-years.js';
import { IndicatorTable } from './indicator-table.js';
import { ManualEntry } from './manual-entry.js';
import { useReloadable } from './use-reloadable.js';
import { useTrend } from './use-trend.js';
import { useDashboardPageStyles } from './dashboard-page.styles.js';

/** Years offered in the selector and charted in the trend: the current one and the three before. */
const YEARS_SHOWN = 4;

interface Settings {
  fiscalYearStart: { month: number; day: number };
  currentFiscalYear: string;
}

/** The coordinator's view of the plan's indicators for a fiscal year; read-only for everyone else. */
export default function DashboardPage({ onUnauthorized }: RouteProps) {
  const styles = useDashboardPageStyles();
  const { locale, m } = useLocale();
  const settings = useApi<Settings>('/settings');
  const me = useApi<Me>('/people/me');
  const current =
    settings.status === 'ready'
      ? settings.data.currentFiscalYear
      : settings.status === 'error'
        ? currentFiscalYear()
        : undefined;
  const years = useMemo(() => (current ? recentFiscalYears(current, YEARS_SHOWN) : []), [current]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const fiscalYear = chosen ?? current;
  const report = useReloadable<IndicatorsResponse>(fiscalYear ? `/indicators?fiscalYear=${fiscalYear}` : undefined);
  const [saves, setSaves] = useState(0);
  const trend = useTrend(years, saves);

  const unauthorized = [settings, me, report].some(
    (result) => result.status === 'error' && result.error.status === 401,
  );
  useEffect(() => {
    if (unauthorized) onUnauthorized?.();
  }, [unauthorized, onUnauthorized]);

  const canEdit = me.status === 'ready' && (me.data.role === 'coordinator' || me.data.role === 'liaison');
  const data = report.status === 'ready' ? report.data : undefined;
  const manual = data?.indicators.filter((indicator) => indicator.measureType === 'manual') ?? [];

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h2 className={styles.title}>{m('dashboard.title')}</h2>
          {data && (
            <Text as="p" size={200} className={styles.muted}>
              {m('dashboard.plan', { plan: locale === 'en' ? data.plan.name.en : data.plan.name.fr })}
            </Text>
          )}
        </div>
        <div className={styles.toolbar}>
          {fiscalYear && (
            <Field label={m('dashboard.fiscalYear')}>
              <Select value={fiscalYear} onChange={(_event, value) => setChosen(value.value)}>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Button disabled={!data} onClick={() => data && downloadReport(data)}>
            {m('dashboard.export')}
          </Button>
        </div>
      </header>

      {me.status === 'ready' && !canEdit && (
        <Text as="p" className={styles.muted}>
          {m('dashboard.readOnly')}
        </Text>
      )}

      <section
        className={styles.section}
        aria-labelledby="dashboard-indicators"
        aria-busy={report.status === 'loading'}
      >
        <h2 id="dashboard-indicators" className={styles.sectionTitle}>
          {m('indicators.title', { fiscalYear: fiscalYear ?? '' })}
        </h2>
        {(report.status === 'loading' || !fiscalYear) && settings.status !== 'error' && (
          <LoadingState label={m('indicators.loading')} />
        )}
        {report.status === 'error' && <ErrorState error={report.error} onRetry={report.reload} />}
        {data &&
          (data.indicators.length === 0 ? (
            <EmptyState>{m('indicators.empty')}</EmptyState>
          ) : (
            <>
              {!data.plan.covers && (
                <Text as="p" size={200} className={styles.muted}>
                  {m('indicators.outsidePlan', { plan: locale === 'en' ? data.plan.name.en : data.plan.name.fr })}
                </Text>
              )}
              <div className={styles.panel}>
                <IndicatorTable indicators={data.indicators} />
              </div>
            </>
          ))}
      </section>

      {data && data.indicators.length > 0 && (
        <>
          <section className={styles.section} aria-labelledby="dashboard-chart">
            <h2 id="dashboard-chart" className={styles.sectionTitle}>
              {m('dashboard.chartsTitle')}
            </h2>
            <div className={styles.panel}>
              <ActualVsTargetChart indicators={data.indicators} />
            </div>
          </section>

          <section className={styles.section} aria-labelledby="dashboard-breakdown">
            <h2 id="dashboard-breakdown" className={styles.sectionTitle}>
              {m('dashboard.breakdownTitle')}
            </h2>
            <div className={styles.panel}>
              <BreakdownCharts indicators={data.indicators} protect={!canEdit} />
            </div>
          </section>

          <section className={styles.section} aria-labelledby="dashboard-trend" aria-busy={!trend}>
            <h2 id="dashboard-trend" className={styles.sectionTitle}>
              {m('dashboard.trendTitle')}
            </h2>
            <div className={styles.panel}>
              {trend ? <TrendChart reports={trend} /> : <LoadingState label={m('dashboard.trendLoading')} />}
            </div>
          </section>

          <section className={styles.section} aria-labelledby="dashboard-manual">
            <h2 id="dashboard-manual" className={styles.sectionTitle}>
              {m('dashboard.manualTitle')}
            </h2>
            {manual.length === 0 ? (
              <EmptyState>{m('dashboard.manualEmpty')}</EmptyState>
            ) : (
              <div className={styles.manualGrid}>
                {manual.map((indicator) => (
                  <ManualEntry
                    key={`${data.fiscalYear}-${indicator.id}`}
                    indicator={indicator}
                    fiscalYear={data.fiscalYear}
                    canEdit={canEdit}
                    onSaved={() => {
                      report.reload();
                      setSaves((count) => count + 1);
                    }}
                  />
                ))}
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
