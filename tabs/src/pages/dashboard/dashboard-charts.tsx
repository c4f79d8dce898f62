import { Field, Select } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { IndicatorResult } from '../../../../src/domain/indicators/result.js';
import type { ParticipantCategory, Territory } from '../../../../src/domain/shared/vocabulary.js';
import { label } from '../../../../src/i18n/catalog.js';
import { protectCounts, SMALL_COUNT } from '../../../../src/domain/privacy/small-counts.js';
import type { IndicatorsResponse } from '../../api/types.js';
import type { BarDatum } from '../../components/charts/bar-chart.js';
import { LoadingState } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useDashboardPageStyles } from './dashboard-page.styles.js';

// The chart's code is a chunk of its own, fetched once the dashboard's numbers are on screen.
const BarChart = lazy(() => import('../../components/charts/bar-chart.js'));

function Chart(props: {
  title: string;
  data: BarDatum[];
  rowHeader: string;
  withTarget?: boolean;
  scale?: 'shared' | 'perRow';
}) {
  const { m } = useLocale();
  return (
    <Suspense fallback={<LoadingState label={m('dashboard.chartLoading')} />}>
      <BarChart {...props} />
    </Suspense>
  );
}

function useText() {
  const { locale } = useLocale();
  return (indicator: IndicatorResult) => (locale === 'en' ? indicator.label.en : indicator.label.fr);
}

export function ActualVsTargetChart({ indicators }: { indicators: readonly IndicatorResult[] }) {
  const { m } = useLocale();
  const text = useText();
  return (
    <Chart
      title={m('dashboard.chartsTitle')}
      rowHeader={m('dashboard.indicator')}
      withTarget
      scale="perRow"
      data={indicators.map((indicator) => ({
        key: indicator.id,
        label: `${indicator.objective} · ${text(indicator)}`,
        value: indicator.actual,
        target: indicator.target,
      }))}
    />
  );
}

function IndicatorPicker(props: {
  label: string;
  indicators: readonly IndicatorResult[];
  value: string;
  onChange(id: string): void;
}) {
  const text = useText();
  return (
    <Field label={props.label}>
      <Select value={props.value} onChange={(_event, data) => props.onChange(data.value)}>
        {props.indicators.map((indicator) => (
          <option key={indicator.id} value={indicator.id}>
            {indicator.objective} · {text(indicator)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Breakdowns of the indicators that have them: by territory, then by participant category. */
export function BreakdownCharts({
  indicators,
  protect,
}: {
  indicators: readonly IndicatorResult[];
  /** Law 25: family counts of 1 to 4 shown as `<5`, with a complementary cell withheld. */
  protect: boolean;
}) {
  const styles = useDashboardPageStyles();
  const { locale, m } = useLocale();
  const broken = indicators.filter((indicator) => indicator.byTerritory ?? indicator.byCategory);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const indicator = broken.find((candidate) => candidate.id === chosen) ?? broken[0];
  if (!indicator) return <p className={styles.muted}>{m('dashboard.breakdownEmpty')}</p>;

  const territories = Object.entries(indicator.byTerritory ?? {}).map(([code, value]) => ({
    key: code,
    label: code === 'unknown' ? m('chart.unknown') : label(locale, 'territory', code as Territory),
    value: value ?? null,
  }));
  const cells = protect ? protectCounts(indicator.byCategory ?? {}).cells : (indicator.byCategory ?? {});
  const categories = Object.entries(cells).map(([code, value]) => ({
    key: code,
    label: label(locale, 'participantCategory', code as ParticipantCategory),
    ...(typeof value === 'number' || value === undefined
      ? { value: value ?? null }
      : { value: null, shown: value === SMALL_COUNT ? value : m('chart.withheld') }),
  }));
  return (
    <div className={styles.stack}>
      <IndicatorPicker
        label={m('dashboard.breakdownIndicator')}
        indicators={broken}
        value={indicator.id}
        onChange={setChosen}
      />
      <div className={styles.chartGrid}>
        {indicator.byTerritory && (
          <Chart title={m('dashboard.territoryTitle')} rowHeader={m('dashboard.territoryTitle')} data={territories} />
        )}
        {indicator.byCategory && (
          <Chart title={m('dashboard.categoryTitle')} rowHeader={m('dashboard.categoryTitle')} data={categories} />
        )}
      </div>
    </div>
  );
}

/** One indicator's actual over the years loaded, oldest first; a year without that indicator shows no bar. */
export function TrendChart({ reports }: { reports: readonly IndicatorsResponse[] }) {
  const styles = useDashboardPageStyles();
  const { m } = useLocale();
  const newest = reports[0];
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  if (!newest || newest.indicators.length === 0) return <p className={styles.muted}>{m('chart.empty')}</p>;
  const indicator = newest.indicators.find((candidate) => candidate.id === chosen) ?? newest.indicators[0]!;
  const data = [...reports].reverse().map((report) => {
    const same = report.indicators.find((candidate) => candidate.id === indicator.id);
    return {
      key: report.fiscalYear,
      label: report.fiscalYear,
      value: same?.actual ?? null,
      target: same?.target ?? null,
    };
  });
  return (
    <div className={styles.stack}>
      <IndicatorPicker
        label={m('dashboard.trendIndicator')}
        indicators={newest.indicators}
        value={indicator.id}
        onChange={setChosen}
      />
      <Chart title={m('dashboard.trendTitle')} rowHeader={m('dashboard.fiscalYear')} data={data} withTarget />
    </div>
  );
}
