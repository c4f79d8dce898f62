import { Text } from '@fluentui/react-components';
import type { CommitteeKind } from '../../../../src/domain/shared/vocabulary.js';
import type { IndicatorResult } from '../../../../src/domain/indicators/result.js';
import type { IndicatorsResponse } from '../../api/types.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useCommitteeIndicatorStyles } from './committee-indicator.styles.js';

const kebab = (kind: string) => kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The plan's meeting-count indicator for this committee, when it counts this committee alone. The API
 * does not expose an indicator's event filter, so the plan's naming (`1.1-steering-meetings`) identifies
 * it; work committees share one indicator, so they show their own count only.
 */
export function committeeIndicator(report: IndicatorsResponse, kind: CommitteeKind): IndicatorResult | undefined {
  if (kind === 'work') return undefined;
  const pattern = new RegExp(`[./-]${kebab(kind)}-meetings$`);
  return report.indicators.find((indicator) => indicator.measureType === 'eventCount' && pattern.test(indicator.id));
}

export function CommitteeIndicator({ indicator, held }: { indicator: IndicatorResult | undefined; held: number }) {
  const styles = useCommitteeIndicatorStyles();
  const { m } = useLocale();
  const text =
    indicator && indicator.target !== null
      ? `${m('committee.indicator', { held: indicator.actual ?? held, target: indicator.target })}, ${m(`indicators.${indicator.status}`)}`
      : m('committee.indicatorNoTarget', { held });
  return (
    <Text className={styles.line} data-testid="committee-indicator" data-status={indicator?.status}>
      {text}
    </Text>
  );
}
