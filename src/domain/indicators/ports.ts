import type { FiscalYear } from '../fiscal-year/fiscal-year.js';
import type { Measure } from './definition.js';
import type { ManualIndicatorEntry } from './manual-entry.js';
import type { MeasuredValue } from './result.js';

/** The store computes measures where the data is (SQL aggregates, never rows loaded into memory). */
export interface IndicatorFacts {
  measure(indicatorId: string, measure: Measure, year: FiscalYear): Promise<MeasuredValue>;
}

export interface ManualIndicatorRepository {
  add(entry: Omit<ManualIndicatorEntry, 'id' | 'enteredAt'>): Promise<ManualIndicatorEntry>;
  history(indicatorId: string, fiscalYear: string): Promise<ManualIndicatorEntry[]>;
}
