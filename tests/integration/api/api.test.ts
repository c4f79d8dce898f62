import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceCommittees } from '../../../src/domain/committees/reference-committees.js';
import { referenceData } from '../../../src/domain/reference/reference-data.js';
import { emptySummary } from '../../../src/domain/sync/sync-run.js';
import { personInput } from '../../support/factories.js';
import { backends } from '../../support/stores.js';
import { startTestServer } from '../../support/server.js';
import type { TestServer } from '../../support/server.js';

const NOW = new Date('2025-11-15T15:00:00Z');

describe.each(backends)('JSON API on %s', (backend) => {
  let server: TestServer;
  let coordinator: string;
  let outsider: string;
  let member: string;
  let memberId: string;
  let familyId: string;

  beforeAll(async () => {
    server = await startTestServer(backend, { now: () => NOW });
    const { store } = server;
    await ensureReferenceCommittees(store.committees, referenceData.committees);
    await store.people.create(
      personInput({ email: 'coord@test.example', role: 'coordinator', category: 'coordination' }),
    );
    await store.people.create(personInput({ email: 'outsider@test.example', category: 'practitioner' }));
    const memberPerson = await store.people.create(personInput({ email: 'member@test.example', category: 'manager' }));
    memberId = memberPerson.id;
    const steering = await store.committees.getBySlug('comite-porteur');
    await store.committees.addMember(steering!.id, memberPerson.id, 'member');
    const parentCommittee = await store.committees.getBySlug('comite-parents-intervenants');
    const family = await store.people.create(
      personInput({ email: null, displayName: 'Famille Témoin', category: 'family' }),
    );
    familyId = family.id;
    await store.committees.addMember(parentCommittee!.id, family.id, 'member');
    coordinator = await server.tokenFor('coord@test.example');
    outsider = await server.tokenFor('outsider@test.example');
    member = await server.tokenFor('member@test.example');
  });

  afterAll(async () => server?.close());

  const validMeeting = {
    committee: 'comite-porteur',
    kind: 'steering',
    title: 'Comité porteur — automne',
    startsAt: '2025-10-07T13:30:00-04:00',
    endsAt: '2025-10-07T15:30:00-04:00',
    mode: 'hybrid',
  };

  it('answers /healthz with the backend in use', async () => {
    const response = await server.request('GET', '/healthz');
    expect(response).toEqual({ status: 200, body: { status: 'ok', store: backend } });
  });

  it('lists the reference committees', async () => {
    const response = await server.request('GET', '/api/v1/committees', { token: outsider });
    expect(response.status).toBe(200);
    expect(response.body.committees.map((c: { slug: string }) => c.slug)).toContain('comite-parents-intervenants');
  });

  describe('validation', () => {
    it('refuses a malformed datetime with the exact message and stores nothing', async () => {
      const before = await server.store.meetings.list({});
      const response = await server.request('POST', '/api/v1/meetings', {
        token: coordinator,
        body: { ...validMeeting, startsAt: 'mardi prochain' },
      });
      expect(response).toEqual({
        status: 400,
        body: { error: { code: 'validation', message: 'startsAt: Invalid ISO datetime' } },
      });
      expect(await server.store.meetings.list({})).toHaveLength(before.length);
    });

    it('refuses malformed JSON with a 400', async () => {
      const response = await server.request('POST', '/api/v1/meetings', { token: coordinator, rawBody: '{"title": ' });
      expect(response).toEqual({
        status: 400,
        body: { error: { code: 'malformedJson', message: 'The request body is not valid JSON' } },
      });
    });

    it('refuses wrong types, unknown fields and an end before the start', async () => {
      const wrongType = await server.request('POST', '/api/v1/meetings', {
        token: coordinator,
        body: { ...validMeeting, title: 42 },
      });
      expect(wrongType.status).toBe(400);
      expect(wrongType.body.error.message).toBe('title: Invalid input: expected string, received number');
      const unknown = await server.request('POST', '/api/v1/meetings', {
        token: coordinator,
        body: { ...validMeeting, organizer: 'x' },
      });
      expect(unknown.body.error).toEqual({ code: 'validation', message: 'Unrecognized key: "organizer"' });
      const backwards = await server.request('POST', '/api/v1/meetings', {
        token: coordinator,
        body: { ...validMeeting, endsAt: '2025-10-07T12:00:00-04:00' },
      });
      expect(backwards).toEqual({
        status: 400,
        body: { error: { code: 'validation', message: 'endsAt: must be after startsAt' } },
      });
    });

    it('answers 404 for unknown ids and committees, 400 for ids that are not UUIDs', async () => {
      const unknownMeeting = await server.request('GET', '/api/v1/meetings/7d1f2a1e-9d0b-4c55-a0a4-1d7f4b0e2c11', {
        token: coordinator,
      });
      expect(unknownMeeting.status).toBe(404);
      expect(unknownMeeting.body.error.code).toBe('notFound');
      const notUuid = await server.request('GET', '/api/v1/meetings/abc', { token: coordinator });
      expect(notUuid.body).toEqual({ error: { code: 'validation', message: 'id: Invalid UUID' } });
      const unknownCommittee = await server.request('POST', '/api/v1/meetings', {
        token: coordinator,
        body: { ...validMeeting, committee: 'comite-inexistant' },
      });
      expect(unknownCommittee.status).toBe(404);
      const wrongKind = await server.request('POST', '/api/v1/meetings', {
        token: coordinator,
        body: { ...validMeeting, kind: 'management' },
      });
      expect(wrongKind.body.error.message).toBe('kind: comite-porteur holds steering meetings, not management');
    });

    it('validates query strings', async () => {
      const response = await server.request('GET', '/api/v1/indicators?fiscalYear=2025', { token: coordinator });
      expect(response.body).toEqual({
        error: { code: 'validation', message: 'fiscalYear: expected a fiscal year like 2025-2026' },
      });
      const missing = await server.request('GET', '/api/v1/indicators', { token: coordinator });
      expect(missing.status).toBe(400);
      const badKind = await server.request('GET', '/api/v1/meetings?kind=steering,picnic', { token: coordinator });
      expect(badKind.status).toBe(400);
    });

    it('answers 404 in JSON for an unknown route', async () => {
      const response = await server.request('GET', '/api/v1/nothing-here', { token: coordinator });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('notFound');
    });
  });

  describe('meetings and attendance', () => {
    let meetingId: string;

    it('lets a committee member create a meeting of their committee, and nobody else', async () => {
      const created = await server.request('POST', '/api/v1/meetings', { token: member, body: validMeeting });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        kind: 'steering',
        status: 'planned',
        startsAt: '2025-10-07T17:30:00.000Z',
        timeZone: 'America/Toronto',
      });
      meetingId = created.body.id;
      const refused = await server.request('POST', '/api/v1/meetings', { token: outsider, body: validMeeting });
      expect(refused.status).toBe(403);
    });

    it('marks it held, refuses held for a future meeting', async () => {
      const held = await server.request('PATCH', `/api/v1/meetings/${meetingId}`, {
        token: member,
        body: { status: 'held' },
      });
      expect(held.body.status).toBe('held');
      const future = await server.request('POST', '/api/v1/meetings', {
        token: coordinator,
        body: {
          ...validMeeting,
          startsAt: '2026-01-07T13:30:00-05:00',
          endsAt: '2026-01-07T15:30:00-05:00',
          status: 'held',
        },
      });
      expect(future.status).toBe(409);
    });

    it('lists meetings by committee and fiscal year', async () => {
      const inYear = await server.request('GET', '/api/v1/meetings?committee=comite-porteur&fiscalYear=2025-2026', {
        token: outsider,
      });
      expect(inYear.body.meetings.map((m: { id: string }) => m.id)).toContain(meetingId);
      const otherYear = await server.request('GET', '/api/v1/meetings?committee=comite-porteur&fiscalYear=2024-2025', {
        token: outsider,
      });
      expect(otherYear.body.meetings).toEqual([]);
    });

    it('records one row per person per meeting, with the category of that day', async () => {
      const first = await server.request('POST', `/api/v1/meetings/${meetingId}/attendance`, {
        token: member,
        body: { personId: memberId, status: 'present', mode: 'online' },
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ status: 'present', mode: 'online', source: 'manual', category: 'manager' });
      const again = await server.request('POST', `/api/v1/meetings/${meetingId}/attendance`, {
        token: member,
        body: { personId: memberId, status: 'present', mode: 'inPerson' },
      });
      expect(again.status).toBe(200);
      const list = await server.request('GET', `/api/v1/meetings/${meetingId}/attendance`, { token: member });
      expect(list.body.rows).toHaveLength(1);
      expect(list.body.rows[0]).toMatchObject({ mode: 'inPerson', displayName: expect.any(String) });
    });

    it('shows counts without names to people outside the committee', async () => {
      const view = await server.request('GET', `/api/v1/meetings/${meetingId}/attendance`, { token: outsider });
      expect(view.body.rows).toBeNull();
      expect(view.body.summary).toMatchObject({ present: 1, byCategory: { manager: 1 } });
    });

    it("refuses to record someone else's attendance for an outsider", async () => {
      const response = await server.request('POST', `/api/v1/meetings/${meetingId}/attendance`, {
        token: outsider,
        body: { personId: memberId, status: 'absent' },
      });
      expect(response.status).toBe(403);
    });
  });

  describe('people and privacy', () => {
    it('hides family members from people outside their committee, and logs reads by others', async () => {
      const asOutsider = await server.request('GET', `/api/v1/people/${familyId}`, { token: outsider });
      expect(asOutsider.status).toBe(404);
      const list = await server.request('GET', '/api/v1/people', { token: outsider });
      expect(list.body.people.map((p: { id: string }) => p.id)).not.toContain(familyId);
      const asCoordinator = await server.request('GET', `/api/v1/people/${familyId}`, { token: coordinator });
      expect(asCoordinator.body.displayName).toBe('Famille Témoin');
      const log = await server.store.audit.list(familyId);
      expect(log.map((entry) => entry.action)).toContain('person.read');
    });

    it('lets only the coordination team add people and partners', async () => {
      const body = { displayName: 'Nouvelle Intervenante', category: 'practitioner', email: 'nouvelle@test.example' };
      expect((await server.request('POST', '/api/v1/people', { token: outsider, body })).status).toBe(403);
      const created = await server.request('POST', '/api/v1/people', {
        token: coordinator,
        body: { ...body, committees: ['comite-travail-formation'] },
      });
      expect(created.status).toBe(201);
      const duplicate = await server.request('POST', '/api/v1/people', { token: coordinator, body });
      expect(duplicate.status).toBe(409);
      const partner = await server.request('POST', '/api/v1/organizations', {
        token: coordinator,
        body: { name: 'Maison Test', sector: 'community', territory: 'portneuf', joinedOn: '2025-06-01' },
      });
      expect(partner.status).toBe(201);
      const badDate = await server.request('POST', '/api/v1/organizations', {
        token: coordinator,
        body: { name: 'Maison Test 2', sector: 'community', territory: 'portneuf', joinedOn: '2025-13-01' },
      });
      expect(badDate.status).toBe(400);
    });

    it('answers /people/me for the signed-in person', async () => {
      const me = await server.request('GET', '/api/v1/people/me', { token: member });
      expect(me.body).toMatchObject({ id: memberId, committeeIds: [expect.any(String)] });
    });
  });

  it('computes the indicators of the plan in force', async () => {
    const response = await server.request('GET', '/api/v1/indicators?fiscalYear=2025-2026', { token: outsider });
    expect(response.status).toBe(200);
    expect(response.body.plan).toMatchObject({ id: '2021-2024', covers: false });
    const steering = response.body.indicators.find((i: { id: string }) => i.id === '2021-2024/1.1-steering-meetings');
    expect(steering).toMatchObject({ target: 3, actual: 1 });
    const explicit = await server.request('GET', '/api/v1/indicators?fiscalYear=2027-2028&plan=2027-2032', {
      token: outsider,
    });
    expect(explicit.body.indicators.every((i: { status: string }) => i.status === 'noTarget')).toBe(true);
  });

  describe('Graph sync settings and status', () => {
    it('lets the coordinator set a committee calendar and folder, validated', async () => {
      const set = await server.request('PUT', '/api/v1/committees/comite-porteur/calendar', {
        token: coordinator,
        body: { type: 'user', id: 'comite.porteur@ipecn.example' },
      });
      expect(set.status).toBe(200);
      expect(set.body.calendarSource).toEqual({ type: 'user', id: 'comite.porteur@ipecn.example' });
      const folder = await server.request('PUT', '/api/v1/committees/comite-porteur/folder', {
        token: coordinator,
        body: { driveId: 'b!drive', itemId: '01ITEM' },
      });
      expect(folder.body.documentFolder).toEqual({ driveId: 'b!drive', itemId: '01ITEM' });
      const bad = await server.request('PUT', '/api/v1/committees/comite-porteur/calendar', {
        token: coordinator,
        body: { type: 'room', id: 'x' },
      });
      expect(bad.status).toBe(400);
      const refused = await server.request('PUT', '/api/v1/committees/comite-porteur/calendar', {
        token: member,
        body: { type: 'group', id: 'x' },
      });
      expect(refused.status).toBe(403);
      const cleared = await server.request('DELETE', '/api/v1/committees/comite-porteur/folder', {
        token: coordinator,
      });
      expect(cleared.body.documentFolder).toBeNull();
    });

    it('shows the coordinator the last run and error of each synced committee', async () => {
      const steering = (await server.store.committees.getBySlug('comite-porteur'))!;
      await server.store.syncRuns.save({
        committeeId: steering.id,
        startedAt: '2025-11-15T14:00:00.000Z',
        finishedAt: '2025-11-15T14:00:03.000Z',
        ok: false,
        summary: { ...emptySummary(), requests: 1 },
        error: { code: 'ErrorAccessDenied', message: 'Access is denied.' },
      });
      const status = await server.request('GET', '/api/v1/sync/status', { token: coordinator });
      expect(status.status).toBe(200);
      expect(status.body.enabled).toBe(false);
      expect(status.body.committees).toEqual([
        expect.objectContaining({
          committee: 'comite-porteur',
          lastRun: expect.objectContaining({
            ok: false,
            error: { code: 'ErrorAccessDenied', message: 'Access is denied.' },
          }),
        }),
      ]);
      expect((await server.request('GET', '/api/v1/sync/status', { token: member })).status).toBe(403);
    });
  });

  it('compresses what it sends (the tabs budget counts gzipped JavaScript)', async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.json()).openapi).toBe('3.0.3');
  });

  it('describes the API in an OpenAPI document, without a token', async () => {
    const response = await server.request('GET', '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.0.3');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/committees',
        '/meetings',
        '/meetings/{id}/attendance',
        '/people',
        '/organizations',
        '/indicators',
      ]),
    );
    expect(response.body.paths['/meetings'].post.requestBody.content['application/json'].schema.required).toContain(
      'startsAt',
    );
  });
});
