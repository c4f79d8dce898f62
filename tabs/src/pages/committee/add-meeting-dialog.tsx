import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Committee } from '../../../../src/domain/committees/committee.js';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/api-client.js';
import { errorMessage } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useTeams } from '../../teams/teams-context.js';
import { apiPost } from '../../api/api-client.js';
import { isValidationError } from '../meeting/meeting-api.js';
import { useAddMeetingDialogStyles } from './add-meeting-dialog.styles.js';
import type { MeetingDraft } from './meeting-form.js';
import { MeetingFormFields, draftTimes, emptyMeetingDraft } from './meeting-form.js';

/** "Ajouter une rencontre": a dialog whose form posts to /meetings and shows the server's validation message. */
export function AddMeetingDialog({
  committee,
  onCreated,
}: {
  committee: Committee;
  onCreated(meeting: Meeting): void;
}) {
  const styles = useAddMeetingDialogStyles();
  const { m } = useLocale();
  const { getToken, inTeams } = useTeams();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<MeetingDraft>(emptyMeetingDraft);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const formId = useId();

  const change = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const times = draftTimes(draft);
    if (!times) {
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
          ...times,
          mode: draft.mode,
          ...(draft.location.trim() ? { location: draft.location.trim() } : {}),
        },
        { getToken },
      );
      setOpen(false);
      setDraft(emptyMeetingDraft());
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
              <MeetingFormFields draft={draft} onChange={change} />
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
