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

/**
 * The same protection for a breakdown where every cell counts sensitive people (families by territory):
 * each cell from 1 to 4 is `<5`; when only one cell is hidden, the smallest other one is withheld too so
 * that the total does not give it away.
 */
export function protectSmallCells<K extends string>(
  counts: Partial<Record<K, number>>,
): { cells: Partial<Record<K, ShownCount>>; total: ShownCount } {
  const entries = Object.entries(counts) as [K, number][];
  const cells: Partial<Record<K, ShownCount>> = { ...counts };
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const hidden = entries.filter(([, n]) => isSmall(n));
  for (const [key] of hidden) cells[key] = SMALL_COUNT;
  if (hidden.length === 1) {
    const complement = entries.filter(([, n]) => n > 0 && !isSmall(n)).sort((a, b) => a[1] - b[1])[0];
    if (complement) cells[complement[0]] = WITHHELD;
  }
  return { cells, total: isSmall(total) ? SMALL_COUNT : total };
}
