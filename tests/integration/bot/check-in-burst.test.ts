import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInActivity, prepareCheckInBurst, type BurstSetup } from '../../support/check-in-burst.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { backends } from '../../support/stores.js';

/** 300 people pressing "Présent·e sur place" at once, over HTTP on loopback, through the real CloudAdapter. */
describe.each(backends)('a burst of check-ins over HTTP on %s', (backend) => {
  let server: TestServer;
  let setup: BurstSetup;

  beforeAll(async () => {
    server = await startTestServer(backend);
    setup = await prepareCheckInBurst(server.store, 300);
  }, 60_000);
  afterAll(async () => server?.close());

  const burst = () =>
    Promise.all(
      setup.people.map(async (person) => {
        const response = await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(checkInActivity(setup.meeting.id, person, 'http://127.0.0.1:9/')),
        });
        return { status: response.status, body: (await response.json()) as { statusCode: number; type: string } };
      }),
    );

  it('records each of 300 concurrent check-ins exactly once', async () => {
    const responses = await burst();
    expect(responses.every((r) => r.status === 200 && r.body.type === 'application/vnd.microsoft.card.adaptive')).toBe(
      true,
    );
    const rows = await server.store.attendance.list(setup.meeting.id);
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((row) => row.personId)).size).toBe(300);
  });

  it('still has 300 rows when every check-in is sent again', async () => {
    await burst();
    expect(await server.store.attendance.list(setup.meeting.id)).toHaveLength(300);
  });
});

describe('the bot endpoint with BOT_ID set', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', {
      env: {
        BOT_ID: '1f7a4f3e-0000-4000-8000-00000000b07e',
        BOT_PASSWORD: 'not-a-real-secret',
        BOT_TYPE: 'MultiTenant',
      },
    });
  });
  afterAll(async () => server?.close());

  it('answers 401 to an activity without a Bot Connector token, and stores nothing', async () => {
    const setup = await prepareCheckInBurst(server.store, 1);
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        checkInActivity(setup.meeting.id, setup.people[0]!, 'https://smba.trafficmanager.net/amer/'),
      ),
    });
    expect(response.status).toBe(401);
    expect(await server.store.attendance.list(setup.meeting.id)).toEqual([]);
  });
});
