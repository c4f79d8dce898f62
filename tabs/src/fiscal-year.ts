/** IPECN's clocks (src/domain/shared/vocabulary.ts, IPECN_TIME_ZONE). */
const IPECN_TIME_ZONE = 'America/Toronto';

/**
 * The fiscal year `now` falls in, read on Québec's clocks: `2025-2026` runs 1 April 2025 – 31 March 2026
 * with the default start. Kept apart from the domain module, which brings zod into the bundle.
 */
export function currentFiscalYear(now: Date = new Date(), start = { month: 4, day: 1 }): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: IPECN_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  const startYear = month < start.month || (month === start.month && day < start.day) ? year - 1 : year;
  return `${startYear}-${startYear + 1}`;
}
