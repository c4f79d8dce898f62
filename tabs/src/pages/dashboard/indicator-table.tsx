import type { IndicatorResult } from '../../../../src/domain/indicators/result.js';
import { useLocale } from '../../i18n/locale-context.js';
import { StatusBadge } from './status-badge.js';
import { useIndicatorTableStyles } from './indicator-table.styles.js';

/** Indicators of one objective, in the plan's order. */
export function groupByObjective(indicators: readonly IndicatorResult[]): [string, IndicatorResult[]][] {
  const groups = new Map<string, IndicatorResult[]>();
  for (const indicator of indicators)
    groups.set(indicator.objective, [...(groups.get(indicator.objective) ?? []), indicator]);
  return [...groups.entries()];
}

/** Every indicator of the plan, one table per objective: target, actual, expected by today and status. */
export function IndicatorTable({ indicators }: { indicators: readonly IndicatorResult[] }) {
  const styles = useIndicatorTableStyles();
  const { locale, m } = useLocale();
  const format = (value: number | null) => (value === null ? m('dashboard.none') : value.toLocaleString(locale));
  return (
    <div className={styles.groups}>
      {groupByObjective(indicators).map(([objective, rows]) => (
        <div key={objective} className={styles.scroller}>
          <table className={styles.table} data-objective={objective}>
            <caption className={styles.caption}>{m('dashboard.objective', { number: objective })}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.labelColumn}>
                  {m('dashboard.indicator')}
                </th>
                <th scope="col" data-numeric>
                  {m('dashboard.target')}
                </th>
                <th scope="col" data-numeric>
                  {m('dashboard.actual')}
                </th>
                <th scope="col" data-numeric>
                  {m('dashboard.expected')}
                </th>
                <th scope="col" className={styles.statusColumn}>
                  {m('dashboard.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((indicator) => (
                <tr key={indicator.id} data-indicator={indicator.id}>
                  <th scope="row" className={styles.labelColumn}>
                    {locale === 'en' ? indicator.label.en : indicator.label.fr}
                    <span className={styles.measure}>
                      {locale === 'en' ? indicator.measureLabel.en : indicator.measureLabel.fr}
                    </span>
                  </th>
                  <td data-numeric data-column="target">
                    {format(indicator.target)}
                  </td>
                  <td data-numeric data-column="actual">
                    {format(indicator.actual)}
                  </td>
                  <td data-numeric data-column="expected">
                    {format(indicator.expectedByToday)}
                  </td>
                  <td data-column="status">
                    <StatusBadge status={indicator.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
