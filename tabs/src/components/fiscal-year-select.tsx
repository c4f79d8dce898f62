import { Field, Select } from '@fluentui/react-components';
import { useLocale } from '../i18n/locale-context.js';

/** The current fiscal year, the two before it and the next one: `2026-2027` → 2024-2025 … 2027-2028. */
export function fiscalYearChoices(current: string): string[] {
  const first = Number(current.slice(0, 4));
  if (!Number.isFinite(first)) return [current];
  return [first + 1, first, first - 1, first - 2].map((year) => `${year}-${year + 1}`);
}

export function FiscalYearSelect({
  current,
  value,
  onChange,
  className,
}: {
  current: string;
  value: string;
  onChange(year: string): void;
  className?: string;
}) {
  const { m } = useLocale();
  const choices = fiscalYearChoices(current);
  if (!choices.includes(value)) choices.push(value);
  return (
    <Field label={m('committee.fiscalYear')} className={className}>
      <Select value={value} onChange={(_event, data) => onChange(data.value)}>
        {choices.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </Select>
    </Field>
  );
}
