import { protectCounts } from '../../../../src/domain/privacy/small-counts.js';
import type { IndicatorsResponse } from '../../api/types.js';

export const exportFileName = (fiscalYear: string) => `indicateurs-${fiscalYear}.json`;

/**
 * The report as it leaves the app: aggregates only, and (Law 25) family counts of 1 to 4 per category
 * written `<5`, with a complementary cell withheld so that the total does not reveal them.
 */
export function exportedReport(report: IndicatorsResponse, now: Date) {
  return {
    exportedAt: now.toISOString(),
    ...report,
    indicators: report.indicators.map((indicator) =>
      indicator.byCategory ? { ...indicator, byCategory: protectCounts(indicator.byCategory).cells } : indicator,
    ),
  };
}

export function downloadReport(report: IndicatorsResponse, now: Date = new Date()): void {
  const body = JSON.stringify(exportedReport(report, now), null, 2);
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(report.fiscalYear);
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the URL can go on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
