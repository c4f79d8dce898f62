import { Badge } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import { label } from '../../../src/i18n/catalog.js';
import type { MeetingMode, MeetingStatus } from '../../../src/domain/shared/vocabulary.js';
import { useLocale } from '../i18n/locale-context.js';

const STATUS_COLORS: Record<MeetingStatus, BadgeProps['color']> = {
  planned: 'brand',
  held: 'success',
  cancelled: 'danger',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { locale } = useLocale();
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_COLORS[status]} data-status={status}>
      {label(locale, 'meetingStatus', status)}
    </Badge>
  );
}

export function MeetingModeBadge({ mode }: { mode: MeetingMode }) {
  const { locale } = useLocale();
  return (
    <Badge appearance="outline" shape="rounded" color="informative">
      {label(locale, 'meetingMode', mode)}
    </Badge>
  );
}
