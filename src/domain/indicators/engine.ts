import { elapsedShare, fiscalYear as fiscalYearOfLabel } from '../fiscal-year/fiscal-year.js';
import type { FiscalYear, FiscalYearLabel, FiscalYearStart } from '../fiscal-year/fiscal-year.js';
import type { IndicatorDefinition, Measure, Target } from './definition.js';
import type { IndicatorFacts } from './ports.js';
import type { IndicatorResult, IndicatorStatus } from './result.js';

/** The yearly target for a fiscal year; growth targets compound from their base year. */
export function targetFor(target: Target, year: FiscalYearLabel): number | null {
  switch (target.type) {
    case 'fixed':
      return target.value;
    case 'growth': {
      const years = Number(year.slice(0, 4)) - Number(target.baseFiscalYear.slice(0, 4));
      return Math.ceil(target.base * Math.pow(1 + target.ratePercent / 100, Math.max(0, years)) - 1e-9);
    }
    case 'toBeConfirmed':
      return null;
  }
}

/** Means are rates, not running totals: they are expected at their full value all year. */
function accumulates(measure: Measure): boolean {
  return measure.type !== 'meanParticipantsPerEvent';
}

export function expectedByToday(target: number | null, measure: Measure, share: number): number | null {
  if (target === null) return null;
  if (!accumulates(measure)) return target;
  return Math.round(target * share * 10) / 10;
}

export function statusOf(input: {
  target: number | null;
  actual: number | null;
  expected: number | null;
  share: number;
}): IndicatorStatus {
  const { target, actual, expected, share } = input;
  if (target === null) return 'noTarget';
  if (share <= 0) return 'notStarted';
  if (actual !== null && actual >= target) return 'met';
  if (actual === null || actual === 0) return expected !== null && expected >= 1 ? 'behind' : 'notStarted';
  return expected !== null && actual >= expected ? 'onTrack' : 'behind';
}

export function roundValue(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** Computes every definition for one fiscal year: the actual from stored data, then target, expected and status. */
export async function computeIndicators(input: {
  definitions: readonly IndicatorDefinition[];
  fiscalYear: FiscalYearLabel;
  facts: IndicatorFacts;
  now: Date;
  fiscalYearStart?: FiscalYearStart;
}): Promise<IndicatorResult[]> {
  const year: FiscalYear = fiscalYearOfLabel(input.fiscalYear, input.fiscalYearStart);
  const share = elapsedShare(year, input.now);
  const results: IndicatorResult[] = [];
  for (const definition of input.definitions) {
    const measured = await input.facts.measure(definition.id, definition.measure, year);
    const target = targetFor(definition.target, year.label);
    const actual = roundValue(measured.value);
    const expected = expectedByToday(target, definition.measure, share);
    results.push({
      id: definition.id,
      plan: definition.plan,
      objective: definition.objective,
      fiscalYear: year.label,
      label: definition.label,
      measureLabel: definition.measureLabel,
      measureType: definition.measure.type,
      target,
      actual,
      expectedByToday: expected,
      status: statusOf({ target, actual, expected, share }),
      ...(measured.byTerritory ? { byTerritory: measured.byTerritory } : {}),
      ...(measured.byCategory ? { byCategory: measured.byCategory } : {}),
      ...(measured.entry ? { entry: measured.entry } : {}),
    });
  }
  return results;
}
