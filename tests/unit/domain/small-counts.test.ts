import { describe, expect, it } from 'vitest';
import { protectCounts } from '../../../src/domain/privacy/small-counts.js';

describe('small counts of families', () => {
  it('shows 1 to 4 families as <5 and withholds the smallest other cell', () => {
    expect(protectCounts({ family: 3, practitioner: 9, researcher: 2 }, 'family')).toEqual({
      cells: { family: '<5', practitioner: 9, researcher: 'x' },
      total: 14,
    });
  });

  it('withholds the total when families are the only cell', () => {
    expect(protectCounts({ family: 2 }, 'family')).toEqual({ cells: { family: '<5' }, total: '<5' });
  });

  it('leaves 0 and 5 or more as they are', () => {
    expect(protectCounts({ family: 5, manager: 1 }, 'family')).toEqual({ cells: { family: 5, manager: 1 }, total: 6 });
    expect(protectCounts({ manager: 3 }, 'family')).toEqual({ cells: { manager: 3 }, total: 3 });
  });
});
