import { Badge, Text } from '@fluentui/react-components';
import { label } from '../../../../src/i18n/catalog.js';
import { EmptyState } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import type { AttendanceRow } from './meeting-api.js';
import { useAttendanceListStyles } from './attendance-list.styles.js';

const STATUS_COLORS = { present: 'success', excused: 'warning', absent: 'subtle' } as const;

/** Names, shown only when the server sent them (the coordination team and the committee's members). */
export function AttendanceList({ rows }: { rows: readonly AttendanceRow[] }) {
  const styles = useAttendanceListStyles();
  const { locale, m } = useLocale();
  if (rows.length === 0) return <EmptyState>{m('attendance.empty')}</EmptyState>;
  const sorted = [...rows].sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? '', locale));
  return (
    <ul className={styles.list} aria-label={m('attendance.list')} data-testid="attendance-list">
      {sorted.map((row) => (
        <li key={row.personId} className={styles.row}>
          <Text weight="semibold" className={styles.name}>
            {row.displayName ?? '—'}
          </Text>
          <span className={styles.badges}>
            <Badge appearance="tint" shape="rounded" color={STATUS_COLORS[row.status]}>
              {label(locale, 'attendanceStatus', row.status)}
            </Badge>
            {row.mode && (
              <Badge appearance="outline" shape="rounded" color="informative">
                {label(locale, 'meetingMode', row.mode)}
              </Badge>
            )}
            <Badge appearance="tint" shape="rounded" color="informative">
              {label(locale, 'participantCategory', row.category)}
            </Badge>
          </span>
        </li>
      ))}
    </ul>
  );
}
