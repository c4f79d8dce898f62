import type { FiscalYearLabel } from '../fiscal-year/fiscal-year.js';
import type { BilingualText, ParticipantCategory, Territory } from '../shared/vocabulary.js';
import type { Measure } from './definition.js';

export type IndicatorStatus = 'met' | 'onTrack' | 'behind' | 'notStarted' | 'noTarget';

/** What a measure yields for a fiscal year, computed by the store in SQL. */
export interface MeasuredValue {
  value: number | null;
  byTerritory?: Partial<Record<Territory | 'unknown', number>>;
  byCategory?: Partial<Record<ParticipantCategory, number>>;
  /** For manual indicators: who entered the value, when, and why. */
  entry?: { note: string; enteredBy: string; enteredAt: string };
}

export interface IndicatorResult {
  id: string;
  plan: string;
  objective: string;
  fiscalYear: FiscalYearLabel;
  label: BilingualText;
  measureLabel: BilingualText;
  measureType: Measure['type'];
  target: number | null;
  actual: number | null;
  expectedByToday: number | null;
  status: IndicatorStatus;
  byTerritory?: MeasuredValue['byTerritory'];
  byCategory?: MeasuredValue['byCategory'];
  entry?: MeasuredValue['entry'];
}
