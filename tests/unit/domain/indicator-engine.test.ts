import { describe, expect, it } from 'vitest';
import { computeIndicators, expectedByToday, statusOf, targetFor } from '../../../src/domain/indicators/engine.js';
import type { IndicatorDefinition } from '../../../src/domain/indicators/definition.js';
import { planInForce } from '../../../src/domain/indicators/plan-for-year.js';
import type { IndicatorFacts } from '../../../src/domain/indicators/ports.js';

const count = { type: 'eventCount', events: {} } as const;
const mean = { type: 'meanParticipantsPerEvent', events: {} } as const;

describe('indicator engine', () => {
  it('compounds growth targets from their base year', () => {
    const growth = { type: 'growth', base: 20, ratePercent: 25, baseFiscalYear: '2021-2022' } as const;
    expect([targetFor(growth, '2021-2022'), targetFor(growth, '2022-2023'), targetFor(growth, '2023-2024')]).toEqual([
      20, 25, 32,
    ]);
    expect(targetFor({ type: 'toBeConfirmed' }, '2027-2028')).toBeNull();
  });

  it('expects totals in proportion to the elapsed year, means at full value', () => {
    expect(expectedByToday(4, count, 0.5)).toBe(2);
    expect(expectedByToday(25, mean, 0.5)).toBe(25);
  });

  it.each([
    [{ target: 3, actual: 3, expected: 1.5, share: 0.5 }, 'met'],
    [{ target: 4, actual: 2, expected: 2, share: 0.5 }, 'onTrack'],
    [{ target: 4, actual: 1, expected: 2, share: 0.5 }, 'behind'],
    [{ target: 4, actual: 0, expected: 0.3, share: 0.08 }, 'notStarted'],
    [{ target: 4, actual: 0, expected: 4, share: 1 }, 'behind'],
    [{ target: 4, actual: 0, expected: 0, share: 0 }, 'notStarted'],
    [{ target: null, actual: 7, expected: null, share: 0.5 }, 'noTarget'],
  ] as const)('status of %j is %s', (input, status) => {
    expect(statusOf(input)).toBe(status);
  });

  it('uses the plan covering the year, else the latest plan before it', () => {
    const plans = [
      { id: '2021-2024', firstFiscalYear: '2021-2022', lastFiscalYear: '2023-2024' },
      { id: '2027-2032', firstFiscalYear: '2027-2028', lastFiscalYear: '2031-2032' },
    ];
    expect(planInForce(plans, '2022-2023')?.id).toBe('2021-2024');
    expect(planInForce(plans, '2025-2026')?.id).toBe('2021-2024');
    expect(planInForce(plans, '2028-2029')?.id).toBe('2027-2032');
    expect(planInForce(plans, '2019-2020')).toBeUndefined();
  });

  it('asks the store for each measure and rounds to one decimal', async () => {
    const definition: IndicatorDefinition = {
      id: '2021-2024/2.2-training-participants',
      plan: '2021-2024',
      objective: '2.2',
      label: { fr: 'Participation', en: 'Participation' },
      measureLabel: { fr: 'Moyenne', en: 'Mean' },
      measure: mean,
      target: { type: 'fixed', value: 25 },
    };
    const facts: IndicatorFacts = { measure: async () => ({ value: 70 / 3 }) };
    const [result] = await computeIndicators({
      definitions: [definition],
      fiscalYear: '2025-2026',
      facts,
      now: new Date('2025-10-01T12:00:00Z'),
    });
    expect(result).toMatchObject({ actual: 23.3, target: 25, expectedByToday: 25, status: 'behind' });
  });
});
