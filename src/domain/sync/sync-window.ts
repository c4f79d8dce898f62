import type { FiscalYearStart } from '../fiscal-year/fiscal-year.js';
import { DEFAULT_FISCAL_YEAR_START, fiscalYear, fiscalYearLabel, fiscalYearOf } from '../fiscal-year/fiscal-year.js';

/** The span of a calendar the sync reads: instants, start inclusive, end exclusive. */
export interface SyncWindow {
  start: Date;
  end: Date;
}

/**
 * The previous and current fiscal years and what is scheduled ahead: up to the end of the next fiscal
 * year, which always covers the next 12 months. The window moves only when the fiscal year changes, so a
 * delta link stays usable all year; a new window starts a new full round.
 */
export function syncWindow(now: Date, start: FiscalYearStart = DEFAULT_FISCAL_YEAR_START): SyncWindow {
  const current = Number(fiscalYearOf(now, start).slice(0, 4));
  return {
    start: fiscalYear(fiscalYearLabel(current - 1), start).startsAt,
    end: fiscalYear(fiscalYearLabel(current + 1), start).endsAt,
  };
}

export function inWindow(window: SyncWindow, instant: string | Date): boolean {
  const t = new Date(instant).getTime();
  return t >= window.start.getTime() && t < window.end.getTime();
}

export function sameWindow(window: SyncWindow, start: string | null, end: string | null): boolean {
  return start === window.start.toISOString() && end === window.end.toISOString();
}
