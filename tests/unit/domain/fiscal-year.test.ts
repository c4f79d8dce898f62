import { describe, expect, it } from 'vitest';
import {
  elapsedShare,
  fiscalYear,
  FiscalYearLabel,
  fiscalYearOf,
  fiscalYearsBetween,
} from '../../../src/domain/fiscal-year/fiscal-year.js';

describe('fiscal years', () => {
  it('run from 1 April to 31 March, Montréal time', () => {
    const year = fiscalYear('2025-2026');
    expect(year.startsAt.toISOString()).toBe('2025-04-01T04:00:00.000Z');
    expect(year.endsAt.toISOString()).toBe('2026-04-01T04:00:00.000Z');
    expect([year.firstDay, year.nextFirstDay]).toEqual(['2025-04-01', '2026-04-01']);
  });

  it('put 31 March 23:30 in the old year and 1 April 00:00 in the new one', () => {
    expect(fiscalYearOf(new Date('2026-03-31T23:30:00-04:00'))).toBe('2025-2026');
    expect(fiscalYearOf(new Date('2026-04-01T00:00:00-04:00'))).toBe('2026-2027');
  });

  it('follow a configured start, across winter time', () => {
    const year = fiscalYear('2025-2026', { month: 1, day: 1 });
    expect(year.startsAt.toISOString()).toBe('2025-01-01T05:00:00.000Z');
    expect(fiscalYearOf(new Date('2025-12-31T23:59:00-05:00'), { month: 1, day: 1 })).toBe('2025-2026');
  });

  it('validate labels', () => {
    expect(FiscalYearLabel.safeParse('2025-2026').success).toBe(true);
    expect(FiscalYearLabel.safeParse('2025-2027').success).toBe(false);
    expect(FiscalYearLabel.safeParse('2025').success).toBe(false);
  });

  it('measure the elapsed share and list ranges', () => {
    const year = fiscalYear('2025-2026');
    expect(elapsedShare(year, new Date('2025-01-01'))).toBe(0);
    expect(elapsedShare(year, new Date('2027-01-01'))).toBe(1);
    expect(elapsedShare(year, new Date('2025-10-01T04:00:00Z'))).toBeCloseTo(183 / 365, 2);
    expect(fiscalYearsBetween('2021-2022', '2023-2024')).toEqual(['2021-2022', '2022-2023', '2023-2024']);
  });
});
