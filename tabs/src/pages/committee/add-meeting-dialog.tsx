import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Committee } from '../../../../src/domain/committees/committee.js';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/api-client.js';
import { FormDialog } from '../../components/form-dialog.js';
import { errorMessage } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useTeams } from '../../teams/teams-context.js';
import { apiPost } from '../../api/api-client.js';
import { isValidationError } from '../meeting/meeting-api.js';
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
  const { m } = useLocale();
  const { getToken, inTeams } = useTeams();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<MeetingDraft>(emptyMeetingDraft);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

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
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setProblem(null);
      }}
      trigger={<Button appearance="primary">{m('addMeeting.open')}</Button>}
      title={m('addMeeting.title')}
      failedTitle={m('addMeeting.failed')}
      problem={problem}
      cancelLabel={m('addMeeting.cancel')}
      submitLabel={saving ? m('addMeeting.submitting') : m('addMeeting.submit')}
      canSubmit={!saving && Boolean(draft.title.trim())}
      onSubmit={(event) => void submit(event)}
    >
      <MeetingFormFields draft={draft} onChange={change} />
    </FormDialog>
  );
}
