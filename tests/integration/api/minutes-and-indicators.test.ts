import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceCommittees } from '../../../src/domain/committees/reference-committees.js';
import { referenceData } from '../../../src/domain/reference/reference-data.js';
import { addMeeting, attend, personInput } from '../../support/factories.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { backends } from '../../support/stores.js';

const NOW = new Date('2025-11-15T15:00:00Z');
const LEAFLETS = '2021-2024/3.3-leaflets-distributed';

describe.each(backends)('minutes, manual indicators and settings over the API on %s', (backend) => {
  let server: TestServer;
  let coordinator: string;
  let member: string;
  let outsider: string;
  let meetingId: string;

  beforeAll(async () => {
    server = await startTestServer(backend, { now: () => NOW });
    const { store } = server;
    await ensureReferenceCommittees(store.committees, referenceData.committees);
    await store.people.create(
      personInput({ email: 'coord@test.example', role: 'coordinator', category: 'coordination' }),
    );
    const memberPerson = await store.people.create(personInput({ email: 'member@test.example', category: 'manager' }));
    await store.people.create(personInput({ email: 'outsider@test.example' }));
    const steering = (await store.committees.getBySlug('comite-porteur'))!;
    await store.committees.addMember(steering.id, memberPerson.id, 'member');
    meetingId = (
      await addMeeting(store, { kind: 'steering', committeeSlug: 'comite-porteur', startsAt: '2025-11-04T18:00:00Z' })
    ).id;
    coordinator = await server.tokenFor('coord@test.example');
    member = await server.tokenFor('member@test.example');
    outsider = await server.tokenFor('outsider@test.example');
  });
  afterAll(async () => server?.close());

  it('shows small family counts as <5 to everyone but the coordination team', async () => {
    const families = [
      await server.store.people.create(personInput({ category: 'family', territory: 'portneuf', email: null })),
      await server.store.people.create(personInput({ category: 'family', territory: 'portneuf', email: null })),
    ];
    const awareness = await addMeeting(server.store, { kind: 'awareness', startsAt: '2025-10-01T22:00:00Z' });
    await attend(server.store, awareness, families);
    const families32 = (body: { indicators: { id: string }[] }) =>
      body.indicators.find((i) => i.id === '2021-2024/3.2-awareness-families');
    const exact = await server.request('GET', '/api/v1/indicators?fiscalYear=2025-2026', { token: coordinator });
    expect(families32(exact.body)).toMatchObject({ actual: 2, byTerritory: { portneuf: 2 } });
    const shown = await server.request('GET', '/api/v1/indicators?fiscalYear=2025-2026', { token: outsider });
    expect(families32(shown.body)).toMatchObject({
      actual: '<5',
      byCategory: { family: '<5' },
      byTerritory: { portneuf: '<5' },
    });
  });

  it('tells the tabs the fiscal year', async () => {
    const response = await server.request('GET', '/api/v1/settings', { token: outsider });
    expect(response.body).toEqual({ fiscalYearStart: { month: 4, day: 1 }, currentFiscalYear: '2025-2026' });
  });

  it('opens and edits the minutes with the same rules as the bot card', async () => {
    const opened = await server.request('GET', `/api/v1/meetings/${meetingId}/minutes`, { token: member });
    expect(opened.status).toBe(200);
    expect(opened.body.minutes).toMatchObject({ status: 'draft', version: 1, decisions: [] });
    const decided = await server.request('POST', `/api/v1/meetings/${meetingId}/minutes/actions`, {
      token: member,
      body: { verb: 'minutes.addDecision', meetingId, expectedVersion: 1, decision: 'Adopter le calendrier' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.minutes.decisions).toEqual([{ text: 'Adopter le calendrier' }]);
    const stale = await server.request('POST', `/api/v1/meetings/${meetingId}/minutes/actions`, {
      token: member,
      body: { verb: 'minutes.addDecision', meetingId, expectedVersion: 1, decision: 'En retard' },
    });
    expect(stale.status).toBe(409);
    const invalid = await server.request('POST', `/api/v1/meetings/${meetingId}/minutes/actions`, {
      token: member,
      body: { verb: 'minutes.addDecision', meetingId, expectedVersion: 2, decision: '' },
    });
    expect(invalid.status).toBe(400);
    expect((await server.request('GET', `/api/v1/meetings/${meetingId}/minutes`, { token: outsider })).status).toBe(
      403,
    );
  });

  it('lets the coordinator enter a manual indicator, with its history, and nobody else', async () => {
    const first = await server.request('POST', '/api/v1/indicators/manual', {
      token: coordinator,
      body: { indicatorId: LEAFLETS, fiscalYear: '2025-2026', value: 120, note: 'Premier décompte' },
    });
    expect(first.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await server.request('POST', '/api/v1/indicators/manual', {
      token: coordinator,
      body: { indicatorId: LEAFLETS, fiscalYear: '2025-2026', value: 180, note: 'Avec Portneuf' },
    });
    const history = await server.request(
      'GET',
      `/api/v1/indicators/manual?indicatorId=${encodeURIComponent(LEAFLETS)}&fiscalYear=2025-2026`,
      { token: member },
    );
    expect(history.body.entries.map((e: { value: number }) => e.value)).toEqual([180, 120]);
    const report = await server.request('GET', '/api/v1/indicators?fiscalYear=2025-2026', { token: member });
    expect(report.body.indicators.find((i: { id: string }) => i.id === LEAFLETS)).toMatchObject({
      actual: 180,
      entry: { note: 'Avec Portneuf' },
    });
    const refused = await server.request('POST', '/api/v1/indicators/manual', {
      token: member,
      body: { indicatorId: LEAFLETS, fiscalYear: '2025-2026', value: 1 },
    });
    expect(refused.status).toBe(403);
    const computed = await server.request('POST', '/api/v1/indicators/manual', {
      token: coordinator,
      body: { indicatorId: '2021-2024/1.1-steering-meetings', fiscalYear: '2025-2026', value: 9 },
    });
    expect(computed.body.error).toEqual({
      code: 'validation',
      message: 'indicatorId: 2021-2024/1.1-steering-meetings is computed from stored data, not entered',
    });
    const negative = await server.request('POST', '/api/v1/indicators/manual', {
      token: coordinator,
      body: { indicatorId: LEAFLETS, fiscalYear: '2025-2026', value: -3 },
    });
    expect(negative.status).toBe(400);
  });
});
