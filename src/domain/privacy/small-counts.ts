import type { ParticipantCategory } from '../shared/vocabulary.js';

/**
 * Law 25 small-count protection for aggregates shown to people who may not see names. A count of family
 * participants from 1 to 4 is shown as `<5`; a second cell is then withheld (`x`) so that no total or
 * subtraction reveals the first.
 */
export const SMALL_COUNT = '<5';
export const WITHHELD = 'x';
export type ShownCount = number | typeof SMALL_COUNT | typeof WITHHELD;

export const isSmall = (n: number): boolean => n >= 1 && n <= 4;

type Counts = Partial<Record<ParticipantCategory, number>>;

export function protectCounts(
  counts: Counts,
  sensitive: ParticipantCategory = 'family',
): { cells: Partial<Record<ParticipantCategory, ShownCount>>; total: ShownCount } {
  const cells: Partial<Record<ParticipantCategory, ShownCount>> = { ...counts };
  const total = Object.values<number | undefined>(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const sensitiveCount = counts[sensitive] ?? 0;
  if (!isSmall(sensitiveCount)) return { cells, total };
  cells[sensitive] = SMALL_COUNT;
  const others = (Object.entries(counts) as [ParticipantCategory, number][])
    .filter(([key, n]) => key !== sensitive && n > 0)
    .sort((a, b) => a[1] - b[1]);
  const complement = others[0];
  if (!complement) return { cells, total: SMALL_COUNT };
  cells[complement[0]] = WITHHELD;
  return { cells, total };
}
