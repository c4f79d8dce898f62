import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import { useApi } from '../../api/use-api.js';
import { ErrorState, LoadingState } from '../../components/load-state.js';
import { usePageLayoutStyles } from '../../components/page-layout.styles.js';
import { useLocale } from '../../i18n/locale-context.js';
import { AttendanceEntry } from './attendance-entry.js';
import { AttendanceList } from './attendance-list.js';
import { AttendanceSummary } from './attendance-summary.js';
import type { AttendanceResponse } from './meeting-api.js';

/**
 * Counts for everyone; names and manual entry only when the server sends names (Law 25). Manual entry is
 * for meetings held in person, where no Teams report records who came.
 */
export function AttendanceSection({
  meeting,
  canAddPeople = false,
  committeeSlug = null,
}: {
  meeting: Meeting;
  canAddPeople?: boolean;
  committeeSlug?: string | null;
}) {
  const layout = usePageLayoutStyles();
  const { m } = useLocale();
  const attendance = useApi<AttendanceResponse>(`/meetings/${encodeURIComponent(meeting.id)}/attendance`);
  const [recorded, setRecorded] = useState<string | null>(null);
  // While the counts reload after an entry, the previous ones stay on screen and the form keeps its place.
  const shown = useRef<AttendanceResponse | null>(null);
  if (attendance.status === 'ready') shown.current = attendance.data;
  const data = shown.current;
  const manualEntry = meeting.mode !== 'online' && meeting.status !== 'cancelled';

  return (
    <section
      className={layout.section}
      aria-labelledby="meeting-attendance"
      aria-busy={attendance.status === 'loading'}
    >
      <h3 id="meeting-attendance" className={layout.sectionTitle}>
        {m('attendance.title')}
      </h3>
      <div className={layout.panel}>
        {attendance.status === 'loading' && !data && <LoadingState label={m('attendance.loading')} />}
        {attendance.status === 'error' && <ErrorState error={attendance.error} onRetry={attendance.retry} />}
        {data && attendance.status !== 'error' && (
          <>
            <AttendanceSummary summary={data.summary} />
            {data.rows === null ? (
              <Text size={200} className={layout.meta} data-testid="names-hidden">
                {m('attendance.namesHidden')}
              </Text>
            ) : (
              <>
                <h4 className={layout.subTitle}>{m('attendance.list')}</h4>
                <AttendanceList rows={data.rows} />
                {manualEntry && (
                  <>
                    <h4 className={layout.subTitle}>{m('attendance.record')}</h4>
                    {recorded && (
                      <MessageBar intent="success" aria-live="polite">
                        <MessageBarBody>{m('attendance.recorded', { name: recorded })}</MessageBarBody>
                      </MessageBar>
                    )}
                    <AttendanceEntry
                      meetingId={meeting.id}
                      defaultMode="inPerson"
                      canAddPeople={canAddPeople}
                      committeeSlug={committeeSlug}
                      onRecorded={(name) => {
                        setRecorded(name);
                        attendance.retry();
                      }}
                    />
                  </>
                )}
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
