import { Button, Field, Input, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { IndicatorResult } from '../../../../src/domain/indicators/result.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/api-client.js';
import { ErrorState, errorMessage } from '../../components/load-state.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useTeams } from '../../teams/teams-context.js';
import { apiPost } from '../../api/api-client.js';
import { usePersonNames } from './use-person-names.js';
import { useReloadable } from './use-reloadable.js';
import { useDashboardPageStyles } from './dashboard-page.styles.js';

interface ManualEntry {
  value: number;
  note: string;
  enteredBy: string;
  enteredAt: string;
}

/** One manual indicator: its latest value, the entry form (coordination only) and the history of entries. */
export function ManualEntry(props: {
  indicator: IndicatorResult;
  fiscalYear: string;
  canEdit: boolean;
  onSaved(): void;
}) {
  const { indicator, fiscalYear } = props;
  const styles = useDashboardPageStyles();
  const { locale, m } = useLocale();
  const { getToken, inTeams } = useTeams();
  const history = useReloadable<{ entries: ManualEntry[] }>(
    `/indicators/manual?indicatorId=${encodeURIComponent(indicator.id)}&fiscalYear=${fiscalYear}`,
  );
  const entries = history.status === 'ready' ? history.data.entries : [];
  const names = usePersonNames([
    ...entries.map((entry) => entry.enteredBy),
    ...(indicator.entry ? [indicator.entry.enteredBy] : []),
  ]);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const name = (id: string) => names.get(id) ?? m('dashboard.unknownPerson');
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });
  const text = locale === 'en' ? indicator.label.en : indicator.label.fr;
  const unit = locale === 'en' ? indicator.measureLabel.en : indicator.measureLabel.fr;
  const headingId = `manual-${indicator.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value.replace(',', '.'));
    if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setSaving(true);
    setSaved(false);
    setFailure(null);
    try {
      await apiPost('/indicators/manual', { indicatorId: indicator.id, fiscalYear, value: number, note }, { getToken });
      setValue('');
      setNote('');
      setSaved(true);
      history.reload();
      props.onSaved();
    } catch (error) {
      setFailure(toApiError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.manualCard} aria-labelledby={headingId} data-indicator={indicator.id}>
      <h3 id={headingId} className={styles.cardTitle}>
        {indicator.objective} · {text}
      </h3>
      <p className={styles.muted} data-testid="manual-latest">
        {indicator.entry
          ? m('dashboard.manualLatest', {
              value: (indicator.actual ?? 0).toLocaleString(locale),
              person: name(indicator.entry.enteredBy),
              date: when(indicator.entry.enteredAt),
            })
          : m('dashboard.manualNone')}
      </p>
      {props.canEdit && (
        <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
          <Field
            label={m('dashboard.manualValue', { unit })}
            required
            validationState={invalid ? 'error' : 'none'}
            validationMessage={invalid ? m('dashboard.manualInvalid') : undefined}
          >
            <Input
              type="number"
              inputMode="decimal"
              min={0}
              value={value}
              onChange={(_event, data) => setValue(data.value)}
            />
          </Field>
          <Field label={m('dashboard.manualNote')}>
            <Textarea value={note} maxLength={2000} onChange={(_event, data) => setNote(data.value)} />
          </Field>
          <div className={styles.formActions}>
            <Button appearance="primary" type="submit" disabled={saving}>
              {saving ? m('dashboard.manualSaving') : m('dashboard.manualSave')}
            </Button>
            <span role="status" className={styles.muted}>
              {saved ? m('dashboard.manualSaved') : ''}
            </span>
          </div>
          {failure && (
            <MessageBar intent="error">
              <MessageBarBody>{errorMessage(m, failure, inTeams)}</MessageBarBody>
            </MessageBar>
          )}
        </form>
      )}
      <details className={styles.history}>
        <summary>{m('dashboard.manualHistory')}</summary>
        {history.status === 'error' && <ErrorState error={history.error} onRetry={history.reload} />}
        {history.status === 'ready' &&
          (entries.length === 0 ? (
            <p className={styles.muted}>{m('dashboard.manualHistoryEmpty')}</p>
          ) : (
            <table className={styles.historyTable}>
              <thead>
                <tr>
                  <th scope="col">{m('dashboard.manualWhen')}</th>
                  <th scope="col">{m('chart.value')}</th>
                  <th scope="col">{m('dashboard.manualWho')}</th>
                  <th scope="col">{m('dashboard.manualNote')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={`${entry.enteredAt}-${entry.value}`}>
                    <td>{when(entry.enteredAt)}</td>
                    <td>{entry.value.toLocaleString(locale)}</td>
                    <td>{name(entry.enteredBy)}</td>
                    <td>{entry.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </details>
    </section>
  );
}
