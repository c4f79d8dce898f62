import { Text } from '@fluentui/react-components';
import { label } from '../../../../src/i18n/catalog.js';
import type { AttendanceMode } from '../../../../src/domain/attendance/attendance.js';
import type { ParticipantCategory } from '../../../../src/domain/shared/vocabulary.js';
import { useLocale } from '../../i18n/locale-context.js';
import type { AttendanceResponse, ProtectedCount } from './meeting-api.js';
import { useAttendanceStyles } from './attendance.styles.js';

const CATEGORIES: readonly ParticipantCategory[] = [
  'family',
  'practitioner',
  'manager',
  'researcher',
  'coordination',
  'other',
];
const MODES: readonly AttendanceMode[] = ['inPerson', 'online'];

/** The counts everyone may see; `<5` and `x` are shown as the server gives them (Law 25). */
export function AttendanceSummary({ summary }: { summary: AttendanceResponse['summary'] }) {
  const styles = useAttendanceStyles();
  const { locale, m } = useLocale();
  const show = (value: ProtectedCount) => (typeof value === 'number' ? value.toLocaleString(locale) : value);
  const categories = CATEGORIES.filter((category) => summary.byCategory[category] !== undefined);
  const modes = MODES.filter((mode) => summary.byMode[mode] !== undefined);
  const protectedCounts = Object.values(summary.byCategory).some((value) => typeof value === 'string');

  return (
    <div className={styles.summary}>
      <dl className={styles.totals} data-testid="attendance-totals">
        <div className={styles.total}>
          <dt>{m('attendance.present')}</dt>
          <dd data-testid="attendance-present">{show(summary.present)}</dd>
        </div>
        <div className={styles.total}>
          <dt>{m('attendance.excused')}</dt>
          <dd data-testid="attendance-excused">{show(summary.excused)}</dd>
        </div>
        <div className={styles.total}>
          <dt>{m('attendance.absent')}</dt>
          <dd data-testid="attendance-absent">{show(summary.absent)}</dd>
        </div>
      </dl>
      <div className={styles.breakdowns}>
        {categories.length > 0 && (
          <div className={styles.breakdown}>
            <h4 className={styles.breakdownTitle}>{m('attendance.byCategory')}</h4>
            <dl className={styles.pairs} data-testid="attendance-by-category">
              {categories.map((category) => (
                <div key={category} className={styles.pair} data-category={category}>
                  <dt>{label(locale, 'participantCategory', category)}</dt>
                  <dd>{show(summary.byCategory[category]!)}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
        {modes.length > 0 && (
          <div className={styles.breakdown}>
            <h4 className={styles.breakdownTitle}>{m('attendance.byMode')}</h4>
            <dl className={styles.pairs} data-testid="attendance-by-mode">
              {modes.map((mode) => (
                <div key={mode} className={styles.pair}>
                  <dt>{label(locale, 'meetingMode', mode)}</dt>
                  <dd>{show(summary.byMode[mode]!)}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </div>
      {protectedCounts && (
        <Text size={200} className={styles.note}>
          {m('attendance.smallCount')}
        </Text>
      )}
    </div>
  );
}
