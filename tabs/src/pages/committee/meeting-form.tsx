import { Field, Input, Select } from '@fluentui/react-components';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import type { MeetingMode, MeetingStatus } from '../../../../src/domain/shared/vocabulary.js';
import { label } from '../../../../src/i18n/catalog.js';
import { IPECN_TIME_ZONE, todayIn, wallTimeToIso } from '../../components/meeting-time.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useMeetingFormStyles } from './meeting-form.styles.js';

const MODES: readonly MeetingMode[] = ['inPerson', 'online', 'hybrid'];
const STATUSES: readonly MeetingStatus[] = ['planned', 'held', 'cancelled'];

/** What the meeting form edits: a date and wall-clock times on IPECN's clocks. */
export interface MeetingDraft {
  title: string;
  date: string;
  start: string;
  end: string;
  mode: MeetingMode;
  location: string;
  status: MeetingStatus;
}

export const emptyMeetingDraft = (): MeetingDraft => ({
  title: '',
  date: todayIn(),
  start: '13:00',
  end: '15:00',
  mode: 'inPerson',
  location: '',
  status: 'planned',
});

/** `HH:MM` of `iso` in `timeZone`, as a time input wants it. */
function wallTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: 'hour' | 'minute') => parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}

/** A meeting as the form shows it, read on IPECN's clocks (Montréal time). */
export function draftOf(meeting: Meeting): MeetingDraft {
  const timeZone = IPECN_TIME_ZONE;
  return {
    title: meeting.title,
    date: todayIn(timeZone, new Date(meeting.startsAt)),
    start: wallTime(meeting.startsAt, timeZone),
    end: wallTime(meeting.endsAt, timeZone),
    mode: meeting.mode,
    location: meeting.location ?? '',
    status: meeting.status,
  };
}

/** The draft's start and end as ISO instants with their offset, or undefined when the date or a time is malformed. */
export function draftTimes(draft: MeetingDraft): { startsAt: string; endsAt: string } | undefined {
  const startsAt = wallTimeToIso(draft.date, draft.start);
  const endsAt = wallTimeToIso(draft.date, draft.end);
  return startsAt && endsAt ? { startsAt, endsAt } : undefined;
}

/** The fields shared by the "new meeting" and "edit meeting" dialogs; the status only when editing. */
export function MeetingFormFields({
  draft,
  onChange,
  withStatus = false,
}: {
  draft: MeetingDraft;
  onChange<K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]): void;
  withStatus?: boolean;
}) {
  const styles = useMeetingFormStyles();
  const { locale, m } = useLocale();
  return (
    <>
      <Field label={m('addMeeting.meetingTitle')} required>
        <Input value={draft.title} onChange={(_e, data) => onChange('title', data.value)} maxLength={200} />
      </Field>
      <Field label={m('addMeeting.date')} required>
        <Input type="date" value={draft.date} onChange={(_e, data) => onChange('date', data.value)} />
      </Field>
      <div className={styles.times}>
        <Field label={m('addMeeting.start')} required className={styles.time}>
          <Input type="time" value={draft.start} onChange={(_e, data) => onChange('start', data.value)} />
        </Field>
        <Field label={m('addMeeting.end')} required className={styles.time}>
          <Input type="time" value={draft.end} onChange={(_e, data) => onChange('end', data.value)} />
        </Field>
      </div>
      <Field label={m('addMeeting.mode')}>
        <Select value={draft.mode} onChange={(_e, data) => onChange('mode', data.value as MeetingMode)}>
          {MODES.map((mode) => (
            <option key={mode} value={mode}>
              {label(locale, 'meetingMode', mode)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m('addMeeting.location')} hint={m('addMeeting.locationHint')}>
        <Input value={draft.location} onChange={(_e, data) => onChange('location', data.value)} maxLength={300} />
      </Field>
      {withStatus && (
        <Field label={m('editMeeting.status')}>
          <Select value={draft.status} onChange={(_e, data) => onChange('status', data.value as MeetingStatus)}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {label(locale, 'meetingStatus', status)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
