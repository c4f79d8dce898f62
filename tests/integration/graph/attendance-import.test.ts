import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/domain/meetings/meeting.js';
import type { Person } from '../../../src/domain/people/person.js';
import { importAttendanceReports } from '../../../src/graph/attendance-import.js';
import type { Store } from '../../../src/store/store.js';
import { addMeeting } from '../../support/factories.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';
import { fixture, GRAPH, mswServer, testGraph, TOKEN } from './graph-kit.js';

const TENANT = '909c6581-5130-43e9-88f3-fcb3582cde37';
const ORGANIZER = 'dc17674c-81d9-4adb-bfb2-8f6a442e4622';
const BOB = '5f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const online = fixture<{ value: { id: string; joinWebUrl: string }[] }>('online-meetings-by-join-url').value[0]!;

describe.each(backends)('Teams attendance reports on %s', (backend) => {
  const server = mswServer();
  let testStore: TestStore;
  let store: Store;
  let meeting: Meeting;
  let alice: Person;
  let bob: Person;
  const { graph, sleeps } = testGraph();
  const deps = () => ({ store, graph, tenantId: TENANT });
  let batches: { id: string; method: string; url: string }[][] = [];
  let filters: string[] = [];

  function serve(options: { throttleOnce: boolean }) {
    let throttled = !options.throttleOnce;
    batches = [];
    filters = [];
    server.use(
      http.get(`${GRAPH}/users/:user/onlineMeetings`, ({ request, params }) => {
        expect(params.user).toBe(ORGANIZER);
        expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
        filters.push(new URL(request.url).searchParams.get('$filter')!);
        return HttpResponse.json(fixture('online-meetings-by-join-url'));
      }),
      http.get(`${GRAPH}/users/:user/onlineMeetings/:meeting/attendanceReports`, ({ params }) => {
        expect([params.user, params.meeting]).toEqual([ORGANIZER, online.id]);
        return HttpResponse.json(fixture('attendance-reports'));
      }),
      http.post(`${GRAPH}/$batch`, async ({ request }) => {
        const { requests } = (await request.json()) as { requests: { id: string; method: string; url: string }[] };
        batches.push(requests);
        const responses = requests.map((sub) => {
          if (!throttled) {
            throttled = true;
            return {
              id: sub.id,
              status: 429,
              headers: { 'Retry-After': '2', 'Content-Type': 'application/json' },
              body: fixture('error-too-many-requests'),
            };
          }
          return {
            id: sub.id,
            status: 200,
            headers: { 'Cache-Control': 'no-cache', 'OData-Version': '4.0', 'Content-Type': 'application/json' },
            body: fixture('attendance-report-with-records'),
          };
        });
        return HttpResponse.json({ responses });
      }),
    );
  }

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
    alice = await store.people.create({
      displayName: 'Alice Tremblay',
      email: 'alice.tremblay@ipecn.example',
      category: 'coordination',
      tenantId: TENANT,
      aadObjectId: ORGANIZER,
    });
    bob = await store.people.create({
      displayName: 'Bob Nguyen',
      email: 'bob.nguyen@ipecn.example',
      category: 'family',
    });
    meeting = await addMeeting(store, {
      kind: 'management',
      startsAt: '2026-02-10T18:00:00Z',
      status: 'held',
      mode: 'online',
      onlineJoinUrl: online.joinWebUrl,
    });
    // Alice checked in on the card, in the room: the report must not change that.
    await store.attendance.record({
      meetingId: meeting.id,
      personId: alice.id,
      status: 'present',
      mode: 'inPerson',
      source: 'card',
      category: alice.category,
      territory: alice.territory,
    });
  });
  afterAll(async () => testStore?.dispose());

  it('imports the session’s records as the organizer, re-sending the throttled report after Retry-After', async () => {
    serve({ throttleOnce: true });

    const summary = await importAttendanceReports(deps(), meeting);

    expect(summary).toEqual({ reports: 1, imported: 3, peopleCreated: 1, skipped: 1, requests: 4 });
    expect(filters).toEqual([`JoinWebUrl eq '${online.joinWebUrl}'`]);
    expect(sleeps).toEqual([2000]);
    // Only the report of this occurrence's session is read (the other one is a week earlier).
    const reportUrl = `/users/${ORGANIZER}/onlineMeetings/${encodeURIComponent(online.id)}/attendanceReports/c9b6db1c-d5eb-427d-a5c0-20088d9b22d7?$expand=attendanceRecords`;
    expect(batches).toEqual([
      [{ id: '1', method: 'GET', url: reportUrl }],
      [{ id: '1', method: 'GET', url: reportUrl }],
    ]);
  });

  it('merges with the card check-in and matches people by Entra id, then email', async () => {
    const rows = await store.attendance.list(meeting.id);
    const byPerson = new Map(rows.map((row) => [row.personId, row]));
    expect(rows).toHaveLength(3);
    expect(byPerson.get(alice.id)).toMatchObject({ status: 'present', mode: 'inPerson', source: 'card' });
    expect(byPerson.get(bob.id)).toMatchObject({
      status: 'present',
      mode: 'online',
      source: 'graphReport',
      category: 'family',
    });
    expect(await store.people.get(bob.id)).toMatchObject({ aadObjectId: BOB, tenantId: TENANT });
    const chloe = (await store.people.findByEmail('chloe.diallo@partenaire.example'))!;
    expect(chloe).toMatchObject({
      displayName: 'Chloé Diallo',
      category: 'other',
      aadObjectId: '8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968',
      tenantId: '3f2e1d0c-9b8a-4765-a432-10fedcba9876',
    });
    expect(byPerson.get(chloe.id)).toMatchObject({ source: 'graphReport', category: 'other' });
  });

  it('imports again without duplicating anyone', async () => {
    serve({ throttleOnce: false });
    const people = await store.people.count();
    const before = await store.attendance.list(meeting.id);

    const summary = await importAttendanceReports(deps(), meeting);

    expect(summary).toEqual({ reports: 1, imported: 3, peopleCreated: 0, skipped: 1, requests: 3 });
    expect(await store.people.count()).toBe(people);
    expect(await store.attendance.list(meeting.id)).toEqual(before);
  });

  it('leaves meetings without a Teams link alone', async () => {
    const inPerson = await addMeeting(store, { kind: 'management', startsAt: '2026-02-11T18:00:00Z' });
    expect(await importAttendanceReports(deps(), inPerson)).toEqual({
      reports: 0,
      imported: 0,
      peopleCreated: 0,
      skipped: 0,
      requests: 0,
    });
  });
});
