import { z } from 'zod';
import { IPECN_TIME_ZONE } from '../shared/vocabulary.js';
import { instantOf, localDateOf, pad, wallClockAt } from './time-zone.js';

/** A fiscal year is named by its two calendar years: `2025-2026` runs 2025-04-01 .. 2026-03-31 by default. */
export const FiscalYearLabel = z
  .string()
  .regex(/^\d{4}-\d{4}$/, { message: 'expected a fiscal year like 2025-2026', abort: true })
  .refine((label) => Number(label.slice(5)) === Number(label.slice(0, 4)) + 1, 'the second year must follow the first');
export type FiscalYearLabel = z.infer<typeof FiscalYearLabel>;

export interface FiscalYearStart {
  month: number;
  day: number;
}

export const DEFAULT_FISCAL_YEAR_START: FiscalYearStart = { month: 4, day: 1 };

export interface FiscalYear {
  label: FiscalYearLabel;
  startYear: number;
  /** First local day, `YYYY-MM-DD`. */
  firstDay: string;
  /** First local day of the next fiscal year (exclusive bound). */
  nextFirstDay: string;
  /** Local midnight of the first day, Montréal time, as an instant. */
  startsAt: Date;
  /** Local midnight of the next fiscal year's first day (exclusive). */
  endsAt: Date;
}

export function fiscalYearLabel(startYear: number): FiscalYearLabel {
  return `${startYear}-${startYear + 1}`;
}

export function fiscalYear(
  label: FiscalYearLabel,
  start: FiscalYearStart = DEFAULT_FISCAL_YEAR_START,
  timeZone = IPECN_TIME_ZONE,
): FiscalYear {
  const startYear = Number(FiscalYearLabel.parse(label).slice(0, 4));
  const boundary = (year: number) => ({ year, month: start.month, day: start.day, hour: 0, minute: 0, second: 0 });
  return {
    label,
    startYear,
    firstDay: `${startYear}-${pad(start.month)}-${pad(start.day)}`,
    nextFirstDay: `${startYear + 1}-${pad(start.month)}-${pad(start.day)}`,
    startsAt: instantOf(boundary(startYear), timeZone),
    endsAt: instantOf(boundary(startYear + 1), timeZone),
  };
}

/** The fiscal year an instant falls in, read on Montréal's clocks (31 March 23:30 belongs to the old year). */
export function fiscalYearOf(
  instant: Date,
  start: FiscalYearStart = DEFAULT_FISCAL_YEAR_START,
  timeZone = IPECN_TIME_ZONE,
): FiscalYearLabel {
  return fiscalYearOfLocalDate(localDateOf(instant, timeZone), start);
}

/** The fiscal year a local calendar date (`YYYY-MM-DD`) falls in. */
export function fiscalYearOfLocalDate(
  date: string,
  start: FiscalYearStart = DEFAULT_FISCAL_YEAR_START,
): FiscalYearLabel {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const beforeStart = month < start.month || (month === start.month && day < start.day);
  return fiscalYearLabel(beforeStart ? year - 1 : year);
}

/** Share of the fiscal year elapsed at `now`: 0 before it starts, 1 after it ends. */
export function elapsedShare(year: FiscalYear, now: Date): number {
  const total = year.endsAt.getTime() - year.startsAt.getTime();
  const elapsed = now.getTime() - year.startsAt.getTime();
  return Math.min(1, Math.max(0, elapsed / total));
}

/** Fiscal years from `first` to `last` inclusive. */
export function fiscalYearsBetween(first: FiscalYearLabel, last: FiscalYearLabel): FiscalYearLabel[] {
  const from = Number(first.slice(0, 4));
  const to = Number(last.slice(0, 4));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => fiscalYearLabel(from + index));
}

export { wallClockAt };
