import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import { apiPatch, toApiError } from '../../api/api-client.js';
import { FormDialog } from '../../components/form-dialog.js';
import { errorMessage } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useTeams } from '../../teams/teams-context.js';
import type { MeetingDraft } from '../committee/meeting-form.js';
import { MeetingFormFields, draftOf, draftTimes } from '../committee/meeting-form.js';
import { isValidationError } from './meeting-api.js';

/** The fields of `draft` that differ from `meeting`, as the PATCH body wants them. */
export function changedFields(meeting: Meeting, draft: MeetingDraft): Record<string, unknown> | undefined {
  const before = draftOf(meeting);
  const times = draftTimes(draft);
  if (!times) return undefined;
  const initial = draftTimes(before);
  const changes: Record<string, unknown> = {};
  if (draft.title.trim() !== before.title) changes.title = draft.title.trim();
  if (times.startsAt !== initial?.startsAt) changes.startsAt = times.startsAt;
  if (times.endsAt !== initial?.endsAt) changes.endsAt = times.endsAt;
  if (draft.mode !== before.mode) changes.mode = draft.mode;
  if (draft.location.trim() !== before.location) changes.location = draft.location.trim() || null;
  if (draft.status !== before.status) changes.status = draft.status;
  return changes;
}

/** "Modifier la rencontre": the add-meeting form, prefilled, sending only what changed. */
export function EditMeetingDialog({ meeting, onSaved }: { meeting: Meeting; onSaved(meeting: Meeting): void }) {
  const { m } = useLocale();
  const { getToken, inTeams } = useTeams();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<MeetingDraft>(() => draftOf(meeting));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const change = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = changedFields(meeting, draft);
    if (!changes) {
      setProblem(m('addMeeting.invalidDate'));
      return;
    }
    if (Object.keys(changes).length === 0) {
      setOpen(false);
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const updated = await apiPatch<Meeting>(`/meetings/${encodeURIComponent(meeting.id)}`, changes, { getToken });
      setOpen(false);
      onSaved(updated);
    } catch (error) {
      const failure = toApiError(error);
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
        setProblem(null);
        if (next) setDraft(draftOf(meeting));
      }}
      trigger={<Button appearance="secondary">{m('editMeeting.open')}</Button>}
      title={m('editMeeting.title')}
      failedTitle={m('editMeeting.failed')}
      problem={problem}
      cancelLabel={m('addMeeting.cancel')}
      submitLabel={saving ? m('editMeeting.submitting') : m('editMeeting.submit')}
      canSubmit={!saving && Boolean(draft.title.trim())}
      onSubmit={(event) => void submit(event)}
    >
      <MeetingFormFields draft={draft} onChange={change} withStatus />
    </FormDialog>
  );
}
