import { describe, expect, it } from 'vitest';
import { protectIndicatorResult } from '../../../src/domain/indicators/protect-result.js';
import type { IndicatorResult } from '../../../src/domain/indicators/result.js';
import { protectSmallCells } from '../../../src/domain/privacy/small-counts.js';

const result = (changes: Partial<IndicatorResult>): IndicatorResult => ({
  id: '2021-2024/3.2-awareness-families',
  plan: '2021-2024',
  objective: '3.2',
  fiscalYear: '2025-2026',
  label: { fr: 'Familles rejointes', en: 'Families reached' },
  measureLabel: { fr: 'Familles', en: 'Families' },
  measureType: 'distinctParticipants',
  target: 150,
  actual: 12,
  expectedByToday: 150,
  status: 'behind',
  ...changes,
});

describe('small counts in indicator breakdowns', () => {
  it('hides every cell of 1 to 4 and one more when a single cell is hidden', () => {
    expect(protectSmallCells({ portneuf: 3, agglomerationQuebec: 9, charlevoix: 6 })).toEqual({
      cells: { portneuf: '<5', agglomerationQuebec: 9, charlevoix: 'x' },
      total: 18,
    });
    expect(protectSmallCells({ portneuf: 3, charlevoix: 2 })).toEqual({
      cells: { portneuf: '<5', charlevoix: '<5' },
      total: 5,
    });
    expect(protectSmallCells({ portneuf: 3 })).toEqual({ cells: { portneuf: '<5' }, total: '<5' });
  });

  it('protects family-only indicators by territory and in total', () => {
    const shown = protectIndicatorResult(
      result({ actual: 3, byCategory: { family: 3 }, byTerritory: { portneuf: 2, charlevoix: 1 } }),
    );
    expect(shown).toMatchObject({
      actual: '<5',
      byCategory: { family: '<5' },
      byTerritory: { portneuf: '<5', charlevoix: '<5' },
    });
  });

  it('protects the family cell of mixed indicators, and leaves event counts alone', () => {
    expect(
      protectIndicatorResult(result({ actual: 20, byCategory: { family: 2, practitioner: 15, manager: 3 } }))
        .byCategory,
    ).toEqual({ family: '<5', practitioner: 15, manager: 'x' });
    const events = result({ measureType: 'eventCount', actual: 2, byTerritory: { portneuf: 2 } });
    expect(protectIndicatorResult(events)).toEqual(events);
  });
});
