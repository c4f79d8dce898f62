import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select } from '@fluentui/react-components';
import type { Person } from '../../../../src/domain/people/person.js';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AttendanceMode } from '../../../../src/domain/attendance/attendance.js';
import type { AttendanceStatus } from '../../../../src/domain/shared/vocabulary.js';
import { label } from '../../../../src/i18n/catalog.js';
import { toApiError } from '../../api/api-client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorState, LoadingState, errorMessage } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useTeams } from '../../teams/teams-context.js';
import type { PeopleResponse } from './meeting-api.js';
import { apiPost } from '../../api/api-client.js';
import { isValidationError } from './meeting-api.js';
import { useAttendanceStyles } from './attendance.styles.js';
import { AddPersonDialog } from './add-person-dialog.js';

const STATUSES: readonly AttendanceStatus[] = ['present', 'excused', 'absent'];
const MODES: readonly AttendanceMode[] = ['inPerson', 'online'];

/** Manual entry for a meeting held in person: pick a person, their status and how they took part. */
export function AttendanceEntry({
  meetingId,
  defaultMode,
  onRecorded,
  canAddPeople = false,
  committeeSlug = null,
}: {
  meetingId: string;
  defaultMode: AttendanceMode;
  onRecorded(name: string): void;
  /** The coordination team may add someone who is not in the directory yet. */
  canAddPeople?: boolean;
  committeeSlug?: string | null;
}) {
  const styles = useAttendanceStyles();
  const { locale, m } = useLocale();
  const { getToken, inTeams } = useTeams();
  const people = useApi<PeopleResponse>('/people');
  const [personId, setPersonId] = useState('');
  const [status, setStatus] = useState<AttendanceStatus>('present');
  const [mode, setMode] = useState<AttendanceMode | ''>(defaultMode);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<Person[]>([]);
  const [addedName, setAddedName] = useState<string | null>(null);

  if (people.status === 'loading') return <LoadingState label={m('attendance.peopleLoading')} />;
  if (people.status === 'error') return <ErrorState error={people.error} onRetry={people.retry} />;
  const known = people.data.people.filter((person) => !added.some((extra) => extra.id === person.id));
  const sorted = [...known, ...added].sort((a, b) => a.displayName.localeCompare(b.displayName, locale));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!personId) return;
    setSaving(true);
    setProblem(null);
    try {
      await apiPost(
        `/meetings/${encodeURIComponent(meetingId)}/attendance`,
        { personId, status, ...(status === 'present' && mode ? { mode } : {}) },
        { getToken },
      );
      onRecorded(sorted.find((person) => person.id === personId)?.displayName ?? '');
      setPersonId('');
      setAddedName(null);
    } catch (error) {
      const failure = toApiError(error);
      setProblem(isValidationError(failure) ? failure.message : errorMessage(m, failure, inTeams));
    } finally {
      setSaving(false);
    }
  };

  const form = (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label={m('attendance.record')}>
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert" className={styles.formMessage}>
          <MessageBarBody>
            <MessageBarTitle>{m('attendance.failed')}</MessageBarTitle>
            {problem}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={m('attendance.person')} required className={styles.person}>
        <Select value={personId} onChange={(_event, data) => setPersonId(data.value)}>
          <option value="" disabled>
            {m('attendance.personPlaceholder')}
          </option>
          {sorted.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m('attendance.status')} className={styles.field}>
        <Select value={status} onChange={(_event, data) => setStatus(data.value as AttendanceStatus)}>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {label(locale, 'attendanceStatus', value)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m('attendance.mode')} className={styles.field}>
        <Select
          value={mode}
          disabled={status !== 'present'}
          onChange={(_event, data) => setMode(data.value as AttendanceMode | '')}
        >
          <option value="">{m('attendance.modeNone')}</option>
          {MODES.map((value) => (
            <option key={value} value={value}>
              {label(locale, 'meetingMode', value)}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" type="submit" disabled={saving || !personId}>
        {saving ? m('attendance.submitting') : m('attendance.submit')}
      </Button>
    </form>
  );
  if (!canAddPeople) return form;
  return (
    <>
      {addedName && (
        <MessageBar intent="info" aria-live="polite" className={styles.formMessage}>
          <MessageBarBody>{m('addPerson.added', { name: addedName })}</MessageBarBody>
        </MessageBar>
      )}
      {form}
      <div>
        <AddPersonDialog
          committeeSlug={committeeSlug}
          onCreated={(person) => {
            setAdded((current) => [...current, person]);
            setPersonId(person.id);
            setStatus('present');
            setAddedName(person.displayName);
          }}
        />
      </div>
    </>
  );
}
