import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Person } from '../../../../src/domain/people/person.js';
import type { ParticipantCategory, Territory } from '../../../../src/domain/shared/vocabulary.js';
import { label } from '../../../../src/i18n/catalog.js';
import { apiPost, toApiError } from '../../api/api-client.js';
import { FormDialog } from '../../components/form-dialog.js';
import { errorMessage } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useTeams } from '../../teams/teams-context.js';
import { isValidationError } from './meeting-api.js';

const CATEGORIES: readonly ParticipantCategory[] = ['family', 'practitioner', 'manager', 'researcher', 'other'];
const TERRITORIES: readonly Territory[] = [
  'agglomerationQuebec',
  'charlevoix',
  'charlevoixEst',
  'coteDeBeaupre',
  'jacquesCartier',
  'ileDOrleans',
  'portneuf',
  'wendake',
];

interface PersonDraft {
  displayName: string;
  category: ParticipantCategory;
  territory: Territory | '';
}

const emptyPerson = (): PersonDraft => ({ displayName: '', category: 'family', territory: '' });

/** "Ajouter un·e participant·e" (coordination only): posts to /people, in the meeting's committee when it has one. */
export function AddPersonDialog({
  committeeSlug,
  onCreated,
}: {
  committeeSlug: string | null;
  onCreated(person: Person): void;
}) {
  const { locale, m } = useLocale();
  const { getToken, inTeams } = useTeams();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<PersonDraft>(emptyPerson);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The dialog renders in a portal: keep its submit from reaching the attendance form around it in React's tree.
    event.stopPropagation();
    const displayName = draft.displayName.trim();
    if (!displayName) return;
    setSaving(true);
    setProblem(null);
    try {
      const person = await apiPost<Person>(
        '/people',
        {
          displayName,
          category: draft.category,
          ...(draft.territory ? { territory: draft.territory } : {}),
          ...(committeeSlug ? { committees: [committeeSlug] } : {}),
        },
        { getToken },
      );
      setOpen(false);
      setDraft(emptyPerson());
      onCreated(person);
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
        if (!next) setProblem(null);
      }}
      trigger={
        <Button appearance="secondary" type="button">
          {m('addPerson.open')}
        </Button>
      }
      title={m('addPerson.title')}
      failedTitle={m('addPerson.failed')}
      problem={problem}
      cancelLabel={m('addPerson.cancel')}
      submitLabel={saving ? m('addPerson.submitting') : m('addPerson.submit')}
      canSubmit={!saving && Boolean(draft.displayName.trim())}
      onSubmit={(event) => void submit(event)}
    >
      <Field label={m('addPerson.name')} required>
        <Input
          value={draft.displayName}
          onChange={(_e, data) => setDraft((current) => ({ ...current, displayName: data.value }))}
          maxLength={200}
        />
      </Field>
      <Field label={m('addPerson.category')}>
        <Select
          value={draft.category}
          onChange={(_e, data) => setDraft((current) => ({ ...current, category: data.value as ParticipantCategory }))}
        >
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {label(locale, 'participantCategory', category)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m('addPerson.territory')}>
        <Select
          value={draft.territory}
          onChange={(_e, data) => setDraft((current) => ({ ...current, territory: data.value as Territory | '' }))}
        >
          <option value="">{m('addPerson.territoryNone')}</option>
          {TERRITORIES.map((territory) => (
            <option key={territory} value={territory}>
              {label(locale, 'territory', territory)}
            </option>
          ))}
        </Select>
      </Field>
    </FormDialog>
  );
}
