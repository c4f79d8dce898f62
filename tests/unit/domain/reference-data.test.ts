import { describe, expect, it } from 'vitest';
import raw from '../../../src/domain/reference/ipecn-reference.json' with { type: 'json' };
import {
  committeeBySlug,
  indicatorsOfPlan,
  parseReferenceData,
  planById,
  planOfFiscalYear,
  referenceData,
  territoryName,
} from '../../../src/domain/reference/reference-data.js';

type Raw = typeof raw;

function freshData(): Raw {
  return structuredClone(raw);
}

function errorOf(input: unknown): string {
  try {
    parseReferenceData(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseReferenceData to throw');
}

function indexOf(data: Raw, id: string): number {
  const index = data.indicators.findIndex((indicator) => indicator.id === id);
  if (index < 0) throw new Error(`no indicator ${id}`);
  return index;
}

describe('IPECN reference data', () => {
  it('parses the data file', () => {
    expect(() => parseReferenceData(raw)).not.toThrow();
    expect(referenceData.plans.map((plan) => plan.id)).toEqual(['2021-2024', '2027-2032']);
  });

  it('lists the eight territories of the glossary', () => {
    expect(referenceData.territories.map((t) => t.name.fr)).toEqual([
      'Agglomération de Québec',
      'Charlevoix',
      'Charlevoix-Est',
      'La Côte-de-Beaupré',
      'La Jacques-Cartier',
      "L'Île-d'Orléans",
      'Portneuf',
      'Wendake',
    ]);
  });

  it('has a committee of every kind', () => {
    expect(committeeBySlug('comite-porteur')?.kind).toBe('steering');
    expect(committeeBySlug('comite-de-gestion')?.kind).toBe('management');
    expect(committeeBySlug('comite-parents-intervenants')?.kind).toBe('parentPractitioner');
    expect(referenceData.committees.filter((c) => c.kind === 'work').length).toBeGreaterThanOrEqual(2);
    expect(committeeBySlug('nope')).toBeUndefined();
  });

  it('keeps every id unique', () => {
    const unique = <T>(values: T[]) => expect(new Set(values).size).toBe(values.length);
    unique(referenceData.indicators.map((i) => i.id));
    unique(referenceData.plans.map((p) => p.id));
    unique(referenceData.committees.map((c) => c.slug));
    unique(referenceData.territories.map((t) => t.code));
  });

  it('gives the 2021-2024 plan objectives 1.1 to 3.3', () => {
    const plan = planById('2021-2024');
    expect(plan?.firstFiscalYear).toBe('2021-2022');
    expect(plan?.lastFiscalYear).toBe('2023-2024');
    expect(plan?.axes.map((axis) => axis.objectives.map((o) => o.number))).toEqual([
      ['1.1', '1.2', '1.3', '1.4'],
      ['2.1', '2.2', '2.3', '2.4'],
      ['3.1', '3.2', '3.3'],
    ]);
  });

  it.each([
    ['1.1-steering-meetings', '1.1', { type: 'eventCount', events: { committees: ['steering'] } }, 3],
    ['1.2-management-meetings', '1.2', { type: 'eventCount', events: { committees: ['management'] } }, 4],
    [
      '1.3-parent-practitioner-meetings',
      '1.3',
      { type: 'eventCount', events: { committees: ['parentPractitioner'] } },
      3,
    ],
    [
      '1.3-parent-practitioner-participants',
      '1.3',
      { type: 'eventsReachingParticipants', events: { committees: ['parentPractitioner'] }, minParticipants: 12 },
      3,
    ],
    ['1.4-new-partners', '1.4', { type: 'newPartners' }, 5],
    ['2.1-research-practice-meetings', '2.1', { type: 'eventCount', events: { kinds: ['researchPractice'] } }, 2],
    ['2.2-trainings', '2.2', { type: 'eventCount', events: { kinds: ['training'] } }, 4],
    ['2.2-training-participants', '2.2', { type: 'meanParticipantsPerEvent', events: { kinds: ['training'] } }, 25],
    ['2.4-exchange-space-actors', '2.4', { type: 'exchangeSpaceActors' }, 30],
    ['3.1-info-sessions', '3.1', { type: 'eventCount', events: { kinds: ['infoSession'] } }, 6],
    [
      '3.1-info-session-families',
      '3.1',
      { type: 'meanParticipantsPerEvent', events: { kinds: ['infoSession'] }, categories: ['family'] },
      11,
    ],
    ['3.2-awareness-activities', '3.2', { type: 'eventCount', events: { kinds: ['awareness'] } }, 10],
    [
      '3.2-awareness-families',
      '3.2',
      { type: 'distinctParticipants', events: { kinds: ['awareness'] }, categories: ['family'] },
      150,
    ],
  ])('2021-2024/%s counts for objective %s with the plan target', (suffix, objective, measure, value) => {
    const indicator = indicatorsOfPlan('2021-2024').find((i) => i.id === `2021-2024/${suffix}`);
    expect(indicator).toMatchObject({ plan: '2021-2024', objective, measure, target: { type: 'fixed', value } });
  });

  it('grows the practice platform target by 25 % from 20 users', () => {
    const indicator = referenceData.indicators.find((i) => i.id === '2021-2024/2.3-practice-platform-users');
    expect(indicator).toMatchObject({
      objective: '2.3',
      measure: { type: 'practicePlatformUsers' },
      target: { type: 'growth', base: 20, ratePercent: 25, baseFiscalYear: '2021-2022' },
    });
  });

  it('has the coordinator enter the leaflets distributed', () => {
    const indicator = referenceData.indicators.find((i) => i.id === '2021-2024/3.3-leaflets-distributed');
    expect(indicator?.objective).toBe('3.3');
    expect(indicator?.measure).toEqual({ type: 'manual', unit: { fr: 'dépliants', en: 'leaflets' } });
    expect(indicator?.target.type).toBe('fixed');
  });

  it('gives the 2027-2032 plan five axes of two objectives, each measured with a target to be confirmed', () => {
    const plan = planById('2027-2032');
    expect(plan?.firstFiscalYear).toBe('2027-2028');
    expect(plan?.lastFiscalYear).toBe('2031-2032');
    expect(plan?.axes.map((axis) => axis.number)).toEqual([1, 2, 3, 4, 5]);
    const objectives = plan?.axes.flatMap((axis) => axis.objectives.map((o) => o.number));
    expect(objectives).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2']);
    const indicators = indicatorsOfPlan('2027-2032');
    for (const objective of objectives ?? []) {
      const measured = indicators.filter((i) => i.objective === objective);
      expect(measured.length, objective).toBeGreaterThanOrEqual(1);
      for (const indicator of measured) expect(indicator.target).toEqual({ type: 'toBeConfirmed' });
    }
  });

  it('finds the plan of a fiscal year', () => {
    expect(planOfFiscalYear('2021-2022')?.id).toBe('2021-2024');
    expect(planOfFiscalYear('2022-2023')?.id).toBe('2021-2024');
    expect(planOfFiscalYear('2023-2024')?.id).toBe('2021-2024');
    expect(planOfFiscalYear('2025-2026')).toBeUndefined();
    expect(planOfFiscalYear('2027-2028')?.id).toBe('2027-2032');
    expect(planOfFiscalYear('2031-2032')?.id).toBe('2027-2032');
    expect(planOfFiscalYear('2032-2033')).toBeUndefined();
    expect(planOfFiscalYear('2022-2024')).toBeUndefined();
    expect(planOfFiscalYear('garbage')).toBeUndefined();
  });

  it('names territories in both languages', () => {
    expect(territoryName('agglomerationQuebec', 'fr-CA')).toBe('Agglomération de Québec');
    expect(territoryName('agglomerationQuebec', 'en')).toBe('Québec agglomeration');
    expect(territoryName('ileDOrleans', 'fr-CA')).toBe("L'Île-d'Orléans");
  });
});

describe('parseReferenceData', () => {
  it('rejects a duplicate indicator id, naming its path', () => {
    const data = freshData();
    const second = indexOf(data, '2021-2024/1.2-management-meetings');
    data.indicators[second]!.id = '2021-2024/1.1-steering-meetings';
    expect(errorOf(data)).toContain(`ipecn-reference.json: indicators.${second}.id: duplicate id`);
  });

  it('rejects an indicator pointing to an objective its plan does not have', () => {
    const data = freshData();
    const index = indexOf(data, '2021-2024/3.3-leaflets-distributed');
    data.indicators[index]!.objective = '3.4';
    expect(errorOf(data)).toContain(
      `ipecn-reference.json: indicators.${index}.objective: plan 2021-2024 has no objective 3.4`,
    );
  });

  it('rejects an indicator of an unknown plan', () => {
    const data = freshData();
    data.indicators[0]!.plan = '2024-2027';
    const message = errorOf(data);
    expect(message).toContain('ipecn-reference.json: indicators.0.plan: unknown plan 2024-2027');
    expect(message).toContain('ipecn-reference.json: indicators.0.id: must start with 2024-2027/');
  });

  it('rejects a negative target', () => {
    const data = freshData();
    const index = indexOf(data, '2021-2024/2.2-trainings');
    data.indicators[index]!.target = { type: 'fixed', value: -4 };
    expect(errorOf(data)).toMatch(new RegExp(`^ipecn-reference\\.json: indicators\\.${index}\\.target\\.value: `, 'm'));
  });

  it('rejects an unknown committee kind', () => {
    const data = freshData();
    data.committees[1]!.kind = 'board';
    expect(errorOf(data)).toMatch(/^ipecn-reference\.json: committees\.1\.kind: /m);
  });

  it('rejects a missing committee kind', () => {
    const data = freshData();
    data.committees = data.committees.filter((c) => c.kind !== 'management');
    expect(errorOf(data)).toContain('ipecn-reference.json: committees: no committee of kind management');
  });

  it('rejects a fiscal year whose years are not consecutive', () => {
    const data = freshData();
    data.plans[0]!.lastFiscalYear = '2023-2025';
    expect(errorOf(data)).toMatch(/^ipecn-reference\.json: plans\.0\.lastFiscalYear: /m);
  });

  it('rejects unknown fields', () => {
    const data = { ...freshData(), extra: true };
    expect(errorOf(data)).toMatch(/^ipecn-reference\.json: \(root\): /m);
  });

  it('names every problem, one per line', () => {
    const data = freshData();
    data.committees[0]!.kind = 'board';
    data.indicators[2]!.target = { type: 'fixed', value: -1 };
    const lines = errorOf(data).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ipecn-reference\.json: committees\.0\.kind: /);
    expect(lines[1]).toMatch(/^ipecn-reference\.json: indicators\.2\.target\.value: /);
  });
});
