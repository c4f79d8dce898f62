import { protectCounts, protectSmallCells, type ShownCount } from '../privacy/small-counts.js';
import type { IndicatorResult } from './result.js';

export type ProtectedIndicatorResult = Omit<IndicatorResult, 'byCategory' | 'byTerritory' | 'actual'> & {
  actual: number | ShownCount | null;
  byCategory?: Partial<Record<string, ShownCount>>;
  byTerritory?: Partial<Record<string, ShownCount>>;
};

/**
 * Law 25 for people who may not see names: counts of distinct participants are shown with family counts of
 * 1 to 4 as `<5` (and a complementary cell withheld); when the indicator counts families only, every
 * territory cell and the total are protected the same way. Event counts are not about people: unchanged.
 */
export function protectIndicatorResult(result: IndicatorResult): ProtectedIndicatorResult {
  if (result.measureType !== 'distinctParticipants' || !result.byCategory) return result;
  const familiesOnly = Object.keys(result.byCategory).every((category) => category === 'family');
  if (familiesOnly) {
    const territory = result.byTerritory ? protectSmallCells(result.byTerritory) : undefined;
    const category = protectSmallCells(result.byCategory);
    return {
      ...result,
      actual: category.total,
      byCategory: category.cells,
      ...(territory ? { byTerritory: territory.cells } : {}),
    };
  }
  return { ...result, byCategory: protectCounts(result.byCategory, 'family').cells };
}
