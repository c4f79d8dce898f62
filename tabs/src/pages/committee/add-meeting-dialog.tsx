import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Committee } from '../../../../src/domain/committees/committee.js';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import type { MeetingMode } from '../../../../src/domain/shared/vocabulary.js';
import { label } from '../../../../src/i18n/catalog.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/api-client.js';
import { errorMessage } from '../../components/load-state.js';
import { todayIn, wallTimeToIso } from '../../components/meeting-time.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useTeams } from '../../teams/teams-context.js';
import { apiPost } from '../../api/api-client.js';
import { isValidationError } from '../meeting/meeting-api.js';
import { useAddMeetingDialogStyles } from './add-meeting-dialog.styles.js';

const MODES: readonly MeetingMode[] = ['inPerson', 'online', 'hybrid'];

interface Draft {
  title: string;
  date: string;
  start: string;
  end: string;
  mode: MeetingMode;
  location: string;
}

const emptyDraft = (): Draft => ({
  title: '',
  date: todayIn(),
  start: '13:00',
  end: '15:00',
  mode: 'inPerson',
  location: '',
});

/** "Ajouter une rencontre": a dialog whose form posts to /meetings and shows the server's validation message. */
export function AddMeetingDialog({
  committee,
  onCreated,
}: {
  committee: Committee;
  onCreated(meeting: Meeting): void;
}) {
  const styles = useAddMeetingDialogStyles();
  const { locale, m } = useLocale();
  const { getToken, inTeams } = useTeams();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const formId = useId();

  const change = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startsAt = wallTimeToIso(draft.date, draft.start);
    const endsAt = wallTimeToIso(draft.date, draft.end);
    if (!startsAt || !endsAt) {
      setProblem(m('addMeeting.invalidDate'));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const meeting = await apiPost<Meeting>(
        '/meetings',
        {
          committee: committee.slug,
          kind: committee.kind,
          title: draft.title,
          startsAt,
          endsAt,
          mode: draft.mode,
          ...(draft.location.trim() ? { location: draft.location.trim() } : {}),
        },
        { getToken },
      );
      setOpen(false);
      setDraft(emptyDraft());
      onCreated(meeting);
    } catch (error) {
      const failure: ApiError = toApiError(error);
      setProblem(isValidationError(failure) ? failure.message : errorMessage(m, failure, inTeams));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => {
        setOpen(data.open);
        if (!data.open) setProblem(null);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary">{m('addMeeting.open')}</Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <form id={formId} onSubmit={(event) => void submit(event)}>
          <DialogBody>
            <DialogTitle>{m('addMeeting.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              {problem && (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody>
                    <MessageBarTitle>{m('addMeeting.failed')}</MessageBarTitle>
                    {problem}
                  </MessageBarBody>
                </MessageBar>
              )}
              <Field label={m('addMeeting.meetingTitle')} required>
                <Input value={draft.title} onChange={(_e, data) => change('title', data.value)} maxLength={200} />
              </Field>
              <Field label={m('addMeeting.date')} required>
                <Input type="date" value={draft.date} onChange={(_e, data) => change('date', data.value)} />
              </Field>
              <div className={styles.times}>
                <Field label={m('addMeeting.start')} required className={styles.time}>
                  <Input type="time" value={draft.start} onChange={(_e, data) => change('start', data.value)} />
                </Field>
                <Field label={m('addMeeting.end')} required className={styles.time}>
                  <Input type="time" value={draft.end} onChange={(_e, data) => change('end', data.value)} />
                </Field>
              </div>
              <Field label={m('addMeeting.mode')}>
                <Select value={draft.mode} onChange={(_e, data) => change('mode', data.value as MeetingMode)}>
                  {MODES.map((mode) => (
                    <option key={mode} value={mode}>
                      {label(locale, 'meetingMode', mode)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={m('addMeeting.location')} hint={m('addMeeting.locationHint')}>
                <Input value={draft.location} onChange={(_e, data) => change('location', data.value)} maxLength={300} />
              </Field>
            </DialogContent>
            <DialogActions className={styles.actions}>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{m('addMeeting.cancel')}</Button>
              </DialogTrigger>
              <Button appearance="primary" type="submit" disabled={saving || !draft.title.trim()}>
                {saving ? m('addMeeting.submitting') : m('addMeeting.submit')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
