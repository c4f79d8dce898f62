import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceCommittees } from '../../../src/domain/committees/reference-committees.js';
import { computeIndicators } from '../../../src/domain/indicators/engine.js';
import type { IndicatorResult } from '../../../src/domain/indicators/result.js';
import { indicatorsOfPlan, referenceData } from '../../../src/domain/reference/reference-data.js';
import type { Store } from '../../../src/store/store.js';
import { addMeeting, addPeople, attend, organizationInput } from '../../support/factories.js';
import { backends, openTestStore } from '../../support/stores.js';
import type { TestStore } from '../../support/stores.js';

/**
 * A hand-made fiscal year 2025-2026 with known answers, computed by the engine from SQL aggregates,
 * on every backend.
 */
describe.each(backends)('indicators on %s', (backend) => {
  let testStore: TestStore;
  let store: Store;
  let results: Map<string, IndicatorResult>;
  const afterYear = new Date('2026-06-01T12:00:00Z');

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
    await ensureReferenceCommittees(store.committees, referenceData.committees);

    // Partners: two joined during 2025-2026 (the last one on 31 March), one just after, one long before.
    for (const joinedOn of ['2025-05-10', '2026-03-31', '2026-04-01', '2024-01-01'])
      await store.organizations.create(organizationInput({ joinedOn }));

    // Steering: 2 held in the year, 1 cancelled and 1 still planned (never counted), and one held on
    // 31 March at 23:30 Montréal time (04:30 UTC on 1 April is still 31 March there: EDT is UTC-4).
    await addMeeting(store, { kind: 'steering', committeeSlug: 'comite-porteur', startsAt: '2025-05-01T13:00:00Z' });
    await addMeeting(store, { kind: 'steering', committeeSlug: 'comite-porteur', startsAt: '2025-10-01T13:00:00Z' });
    await addMeeting(store, {
      kind: 'steering',
      committeeSlug: 'comite-porteur',
      startsAt: '2025-11-01T13:00:00Z',
      status: 'cancelled',
    });
    await addMeeting(store, {
      kind: 'steering',
      committeeSlug: 'comite-porteur',
      startsAt: '2026-02-01T14:00:00Z',
      status: 'planned',
    });
    await addMeeting(store, {
      kind: 'steering',
      committeeSlug: 'comite-porteur',
      startsAt: '2026-03-31T23:30:00-04:00',
    });
    await addMeeting(store, {
      kind: 'steering',
      committeeSlug: 'comite-porteur',
      startsAt: '2026-04-01T00:30:00-04:00',
    });

    // Awareness: a family member who becomes a practitioner mid-year counts as a family at the first
    // activity and as a practitioner at the second.
    const [family] = await addPeople(store, 1, { category: 'family', territory: 'portneuf' });
    const [changer] = await addPeople(store, 1, { category: 'family', territory: 'charlevoix' });
    const [manager] = await addPeople(store, 1, { category: 'manager' });
    const first = await addMeeting(store, { kind: 'awareness', startsAt: '2025-06-10T15:00:00Z' });
    await attend(store, first, [family!, changer!]);
    await attend(store, first, [manager!], 'excused');
    await store.people.update(changer!.id, { category: 'practitioner' });
    const second = await addMeeting(store, { kind: 'awareness', startsAt: '2025-09-10T15:00:00Z' });
    await attend(store, second, [family!, changer!]);
    const cancelled = await addMeeting(store, {
      kind: 'awareness',
      startsAt: '2025-09-20T15:00:00Z',
      status: 'cancelled',
    });
    await attend(store, cancelled, await addPeople(store, 3, { category: 'family' }));

    // Parent-practitioner committee: 12 present reaches the per-meeting target, 11 does not.
    const twelve = await addPeople(store, 12, { category: 'family' });
    const pp1 = await addMeeting(store, {
      kind: 'parentPractitioner',
      committeeSlug: 'comite-parents-intervenants',
      startsAt: '2025-05-20T22:00:00Z',
    });
    await attend(store, pp1, twelve);
    const pp2 = await addMeeting(store, {
      kind: 'parentPractitioner',
      committeeSlug: 'comite-parents-intervenants',
      startsAt: '2025-11-20T23:00:00Z',
    });
    await attend(store, pp2, twelve.slice(0, 11));
    await attend(store, pp2, twelve.slice(11), 'absent');

    // Trainings: 30 and 20 present, a mean of 25.
    const trainees = await addPeople(store, 30, { category: 'practitioner' });
    await attend(store, await addMeeting(store, { kind: 'training', startsAt: '2025-09-01T13:00:00Z' }), trainees);
    await attend(
      store,
      await addMeeting(store, { kind: 'training', startsAt: '2026-01-15T14:00:00Z' }),
      trainees.slice(0, 20),
    );

    const coordinator = (await addPeople(store, 1, { role: 'coordinator', category: 'coordination' }))[0]!;
    await store.manualIndicators.add({
      indicatorId: '2021-2024/3.3-leaflets-distributed',
      fiscalYear: '2025-2026',
      value: 320,
      note: 'Première estimation',
      enteredBy: coordinator.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.manualIndicators.add({
      indicatorId: '2021-2024/3.3-leaflets-distributed',
      fiscalYear: '2025-2026',
      value: 410,
      note: 'Décompte des organismes',
      enteredBy: coordinator.id,
    });

    const computed = await computeIndicators({
      definitions: indicatorsOfPlan('2021-2024'),
      fiscalYear: '2025-2026',
      facts: store.indicatorFacts,
      now: afterYear,
    });
    results = new Map(computed.map((result) => [result.id, result]));
  });

  afterAll(async () => testStore?.dispose());

  const result = (id: string) => {
    const found = results.get(`2021-2024/${id}`);
    if (!found) throw new Error(`no indicator ${id}`);
    return found;
  };

  it('counts held steering meetings only, including 31 March 23:30 Montréal time', () => {
    expect(result('1.1-steering-meetings')).toMatchObject({ target: 3, actual: 3, status: 'met' });
  });

  it('counts partners by the day they joined, fiscal-year bounds included', () => {
    expect(result('1.4-new-partners')).toMatchObject({ target: 5, actual: 2, expectedByToday: 5, status: 'behind' });
  });

  it('counts each person with the category recorded that day', () => {
    const families = result('3.2-awareness-families');
    expect(families.actual).toBe(2);
    expect(families.byCategory).toEqual({ family: 2 });
    expect(families.byTerritory).toEqual({ portneuf: 1, charlevoix: 1 });
  });

  it('ignores cancelled events, excused and absent people', () => {
    expect(result('3.2-awareness-activities').actual).toBe(2);
    expect(result('3.2-awareness-families').actual).toBe(2);
  });

  it('counts the meetings that reached 12 participants', () => {
    expect(result('1.3-parent-practitioner-meetings').actual).toBe(2);
    expect(result('1.3-parent-practitioner-participants')).toMatchObject({ target: 3, actual: 1, status: 'behind' });
  });

  it('computes the mean participants per training', () => {
    expect(result('2.2-training-participants')).toMatchObject({
      target: 25,
      actual: 25,
      expectedByToday: 25,
      status: 'met',
    });
    expect(result('2.2-trainings')).toMatchObject({ target: 4, actual: 2 });
  });

  it('has no mean when no event was held', () => {
    expect(result('3.1-info-session-families')).toMatchObject({ actual: null, target: 11, status: 'behind' });
  });

  it('grows the platform target 25 % a year from 2021-2022', () => {
    // 20 × 1.25⁴ = 48.8 → 49 users in 2025-2026.
    expect(result('2.3-practice-platform-users').target).toBe(49);
  });

  it('shows the latest manual entry with its note', () => {
    expect(result('3.3-leaflets-distributed')).toMatchObject({
      actual: 410,
      entry: { note: 'Décompte des organismes' },
    });
  });

  it('puts the meeting of 1 April 00:30 Montréal time in 2026-2027', async () => {
    const next = await computeIndicators({
      definitions: indicatorsOfPlan('2021-2024').filter((d) => d.id.endsWith('1.1-steering-meetings')),
      fiscalYear: '2026-2027',
      facts: store.indicatorFacts,
      now: new Date('2026-05-01T12:00:00Z'),
    });
    expect(next[0]).toMatchObject({ actual: 1, target: 3, status: 'onTrack' });
  });
});
