import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../../src/domain/indicators/result.js';
import { exportFileName, exportedReport } from '../../../tabs/src/pages/dashboard/export-report.js';
import { recentFiscalYears } from '../../../tabs/src/pages/dashboard/fiscal-years.js';
import { meetingIdFromHash } from '../../../tabs/src/pages/side-panel/meeting-id.js';

const indicator = (overrides: Partial<IndicatorResult>): IndicatorResult => ({
  id: 'i-1',
  plan: 'plan-2021-2024',
  objective: '1.1',
  fiscalYear: '2025-2026',
  label: { fr: 'Rencontres', en: 'Meetings' },
  measureLabel: { fr: 'Nombre', en: 'Number' },
  measureType: 'distinctParticipants',
  target: 10,
  actual: 7,
  expectedByToday: 5,
  status: 'onTrack',
  ...overrides,
});

describe('dashboard helpers', () => {
  it('offers the current fiscal year and the ones before it, newest first', () => {
    expect(recentFiscalYears('2026-2027', 4)).toEqual(['2026-2027', '2025-2026', '2024-2025', '2023-2024']);
  });

  it('names the export after the fiscal year', () => {
    expect(exportFileName('2025-2026')).toBe('indicateurs-2025-2026.json');
  });

  it('exports family counts of 1 to 4 as <5 and withholds the smallest other category', () => {
    const report = {
      fiscalYear: '2025-2026',
      plan: { id: 'p', name: { fr: 'Plan', en: 'Plan' }, covers: true },
      indicators: [
        indicator({ byCategory: { family: 3, practitioner: 12, manager: 6 } }),
        indicator({ id: 'i-2', byCategory: { family: 9, practitioner: 2 } }),
        indicator({ id: 'i-3' }),
      ],
    };
    const exported = exportedReport(report, new Date('2025-11-01T12:00:00Z'));
    expect(exported.exportedAt).toBe('2025-11-01T12:00:00.000Z');
    expect(exported.indicators.map((row) => row.byCategory)).toEqual([
      { family: '<5', practitioner: 12, manager: 'x' },
      { family: 9, practitioner: 2 },
      undefined,
    ]);
  });

  it('reads the side panel meeting from the hash', () => {
    expect(meetingIdFromHash('#/side-panel?meeting=abc-123')).toBe('abc-123');
    expect(meetingIdFromHash('#/side-panel')).toBeUndefined();
    expect(meetingIdFromHash('#/side-panel?meeting=')).toBeUndefined();
  });
});
