import { useId } from 'react';
import { useLocale } from '../../i18n/locale-context.js';
import { useBarChartStyles } from './bar-chart.styles.js';

export interface BarDatum {
  key: string;
  label: string;
  value: number | null;
  target?: number | null;
  /** Written instead of the value, e.g. a protected small count (`<5`); the bar is then not drawn. */
  shown?: string;
}

export interface BarChartProps {
  title: string;
  data: readonly BarDatum[];
  /** Shown when some bars have a target: draws a marker and a target column in the data table. */
  withTarget?: boolean;
  /** Header of the data table's first column (what a row is: indicator, territory, year…). */
  rowHeader: string;
  /**
   * `shared`: one scale for every bar, for values of the same kind (territories, years). `perRow`: each bar
   * against its own target, for indicators whose units differ (meetings, leaflets…).
   */
  scale?: 'shared' | 'perRow';
}

/**
 * Horizontal bars, one row per datum, label above the bar so the chart fits a 320 px side panel. The drawing
 * is decorative (hidden from assistive technology); every number is also written out, and the table under
 * the disclosure is the chart's text alternative.
 */
export default function BarChart({ title, data, withTarget = false, rowHeader, scale = 'shared' }: BarChartProps) {
  const styles = useBarChartStyles();
  const { locale, m } = useLocale();
  const titleId = useId();
  const format = (value: number | null | undefined) =>
    value === null || value === undefined ? m('dashboard.none') : value.toLocaleString(locale);
  const extent = (datum: BarDatum) => [datum.value ?? 0, withTarget ? (datum.target ?? 0) : 0];
  const sharedMax = Math.max(1, ...data.flatMap(extent));
  const percent = (value: number, datum: BarDatum) => {
    const max = scale === 'perRow' ? Math.max(1, ...extent(datum)) : sharedMax;
    return `${Math.min(100, (value / max) * 100).toFixed(2)}%`;
  };

  if (data.length === 0)
    return (
      <figure className={styles.figure} aria-labelledby={titleId}>
        <figcaption id={titleId} className={styles.caption}>
          {title}
        </figcaption>
        <p className={styles.empty}>{m('chart.empty')}</p>
      </figure>
    );

  return (
    <figure className={styles.figure} aria-labelledby={titleId} data-testid="bar-chart">
      <figcaption id={titleId} className={styles.caption}>
        {title}
      </figcaption>
      {withTarget && (
        <p className={styles.legend}>
          {m('chart.legendTarget')}
          {scale === 'perRow' && <> {m('chart.legendProgress')}</>}
        </p>
      )}
      <ul className={styles.rows}>
        {data.map((datum) => (
          <li key={datum.key} className={styles.row} data-key={datum.key}>
            <span className={styles.label}>
              <span className={styles.name}>{datum.label}</span>
              <span className={styles.numbers}>
                {datum.shown ?? format(datum.value)}
                {withTarget && datum.target !== undefined && (
                  <>
                    {' / '}
                    {format(datum.target)}
                  </>
                )}
              </span>
            </span>
            <svg className={styles.bar} aria-hidden="true" focusable="false" width="100%" height="14">
              <rect className={styles.track} x="0" y="0" width="100%" height="14" rx="3" />
              {datum.value !== null && datum.value > 0 && (
                <rect className={styles.value} x="0" y="0" width={percent(datum.value, datum)} height="14" rx="3" />
              )}
              {withTarget && datum.target !== null && datum.target !== undefined && (
                <rect
                  className={styles.target}
                  x={percent(datum.target, datum)}
                  y="0"
                  width="3"
                  height="14"
                  transform={datum.target > 0 ? 'translate(-3 0)' : undefined}
                />
              )}
            </svg>
          </li>
        ))}
      </ul>
      <details className={styles.details}>
        <summary>{m('chart.dataTable')}</summary>
        <table className={styles.table}>
          <caption className={styles.srOnly}>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              <th scope="col">{m('chart.value')}</th>
              {withTarget && <th scope="col">{m('chart.target')}</th>}
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.key}>
                <th scope="row">{datum.label}</th>
                <td>{datum.shown ?? format(datum.value)}</td>
                {withTarget && <td>{format(datum.target)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
