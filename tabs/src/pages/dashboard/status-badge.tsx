import { Badge } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import type { IndicatorStatus } from '../../../../src/domain/indicators/result.js';
import { useLocale } from '../../i18n/locale-context.js';

const COLORS: Record<IndicatorStatus, BadgeProps['color']> = {
  met: 'success',
  onTrack: 'brand',
  behind: 'danger',
  notStarted: 'informative',
  noTarget: 'subtle',
};

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { m } = useLocale();
  return (
    <Badge appearance="tint" color={COLORS[status]} shape="rounded" data-status={status}>
      {m(`indicators.${status}`)}
    </Badge>
  );
}
