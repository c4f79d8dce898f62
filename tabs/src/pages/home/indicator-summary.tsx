import { Badge, Text } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import type { IndicatorStatus } from '../../../../src/domain/indicators/result.js';
import type { IndicatorsResponse } from '../../api/types.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useIndicatorSummaryStyles } from './indicator-summary.styles.js';

const STATUSES: readonly { status: IndicatorStatus; color: BadgeProps['color'] }[] = [
  { status: 'met', color: 'success' },
  { status: 'onTrack', color: 'brand' },
  { status: 'behind', color: 'danger' },
  { status: 'notStarted', color: 'informative' },
  { status: 'noTarget', color: 'subtle' },
];

/** This year's indicators as counts per status; the detailed dashboard is another tab. */
export function IndicatorSummary({ report }: { report: IndicatorsResponse }) {
  const styles = useIndicatorSummaryStyles();
  const { locale, m } = useLocale();
  const counts = new Map<IndicatorStatus, number>();
  for (const indicator of report.indicators) counts.set(indicator.status, (counts.get(indicator.status) ?? 0) + 1);
  const planName = locale === 'en' ? report.plan.name.en : report.plan.name.fr;
  const shown = STATUSES.filter(
    ({ status }) => status === 'met' || status === 'onTrack' || status === 'behind' || counts.get(status),
  );

  return (
    <>
      <ul className={styles.badges} data-testid="indicator-badges">
        {shown.map(({ status, color }) => (
          <li key={status}>
            <Badge appearance="tint" color={color} size="extra-large" shape="rounded" data-status={status}>
              <span className={styles.count}>{counts.get(status) ?? 0}</span> {m(`indicators.${status}`)}
            </Badge>
          </li>
        ))}
      </ul>
      <div className={styles.footer}>
        <Text size={200}>{m('indicators.total', { count: report.indicators.length })}</Text>
        {!report.plan.covers && <Text size={200}>{m('indicators.outsidePlan', { plan: planName })}</Text>}
      </div>
    </>
  );
}
