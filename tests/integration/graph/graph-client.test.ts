import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GraphNetworkError, GraphResponseError, GraphSchemaError } from '../../../src/graph/errors.js';
import { EventPage } from '../../../src/graph/schemas.js';
import { fixture, GRAPH, graphEvent, mswServer, testGraph, TOKEN } from './graph-kit.js';

describe('the Graph client', () => {
  const server = mswServer();

  it('parses every answer with its schema and refuses what does not fit', async () => {
    server.use(
      http.get(`${GRAPH}/users/:user/calendarView/delta`, () =>
        HttpResponse.json({ value: [{ ...graphEvent(), start: { dateTime: 42 } }] }),
      ),
    );
    const { graph } = testGraph();

    const error = await graph.get('/users/x/calendarView/delta', EventPage).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GraphSchemaError);
    expect((error as Error).message).toContain('value.0.start.dateTime');
  });

  it('turns an error body into a typed error with Graph’s code', async () => {
    server.use(
      http.get(`${GRAPH}/users/:user/calendarView/delta`, () =>
        HttpResponse.json(fixture('error-access-denied'), { status: 403 }),
      ),
    );
    const { graph } = testGraph();

    const error = await graph.get('/users/x/calendarView/delta', EventPage).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GraphResponseError);
    expect(error).toMatchObject({
      status: 403,
      code: 'ErrorAccessDenied',
      requestId: 'b7c3f1d2-5e1a-4a8c-9f0e-3d2c1b0a9f8e',
    });
  });

  it('backs off exponentially on network errors, then gives up with a clear error', async () => {
    let attempts = 0;
    server.use(
      http.get(`${GRAPH}/users/:user/calendarView/delta`, () => {
        attempts++;
        return HttpResponse.error();
      }),
    );
    const { graph, sleeps } = testGraph({ maxAttempts: 4 });

    const error = await graph.get('/users/x/calendarView/delta', EventPage).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GraphNetworkError);
    expect(attempts).toBe(4);
    expect(sleeps).toEqual([500, 1000, 2000]);
    expect(graph.requests).toBe(4);
  });

  it('batches by 20 and sends again only the sub-requests throttled or unavailable', async () => {
    const posted: string[][] = [];
    let firstBatch = true;
    server.use(
      http.post(`${GRAPH}/$batch`, async ({ request }) => {
        expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
        const { requests } = (await request.json()) as { requests: { id: string; url: string }[] };
        posted.push(requests.map((sub) => sub.id));
        const throttle = firstBatch ? new Set(['3', '7']) : new Set<string>();
        firstBatch = false;
        return HttpResponse.json({
          responses: requests.reverse().map((sub) =>
            throttle.has(sub.id)
              ? {
                  id: sub.id,
                  status: sub.id === '3' ? 429 : 503,
                  headers: { 'Retry-After': sub.id === '3' ? '4' : '1' },
                  body: fixture('error-too-many-requests'),
                }
              : { id: sub.id, status: 200, headers: { 'Content-Type': 'application/json' }, body: { url: sub.url } },
          ),
        });
      }),
    );
    const { graph, sleeps } = testGraph();
    const requests = Array.from({ length: 25 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET' as const,
      url: `${GRAPH}/users/u${i + 1}`,
    }));

    const answers = await graph.batch(requests);

    expect(posted.map((ids) => ids.length)).toEqual([20, 2, 5]);
    expect(posted[1]).toEqual(['3', '7']);
    expect(sleeps).toEqual([4000]);
    expect(answers.map((answer) => [answer.id, answer.status, (answer.body as { url: string }).url])).toEqual(
      requests.map((request) => [request.id, 200, `/users/${request.url.split('/').pop()}`]),
    );
  });

  it('uploads to Graph with the token and to an upload session without it', async () => {
    const uploadUrl =
      'https://ipecn.sharepoint.com/sites/concertation/_api/v2.0/drive/items/01ABC/uploadSession?guid=abc&tempauth=eyJ0eXAi.sig';
    const seen: { url: string; authorization: string | null; contentType: string | null; range: string | null }[] = [];
    const record = (request: Request) =>
      seen.push({
        url: request.url,
        authorization: request.headers.get('authorization'),
        contentType: request.headers.get('content-type'),
        range: request.headers.get('content-range'),
      });
    server.use(
      http.put(`${GRAPH}/drives/:drive/items/:path`, ({ request }) => {
        record(request);
        return HttpResponse.json({ id: '01NEWITEM', name: 'ordre-du-jour.txt', size: 6 }, { status: 201 });
      }),
      http.post(`${GRAPH}/drives/:drive/items/:path`, ({ request }) => {
        record(request);
        return HttpResponse.json({ uploadUrl, expirationDateTime: '2026-02-16T15:00:00Z', nextExpectedRanges: ['0-'] });
      }),
      http.put(
        'https://ipecn.sharepoint.com/sites/concertation/_api/v2.0/drive/items/01ABC/uploadSession',
        ({ request }) => {
          record(request);
          return HttpResponse.json(
            { expirationDateTime: '2026-02-16T15:00:00Z', nextExpectedRanges: ['4-'] },
            { status: 202 },
          );
        },
      ),
    );
    const { graph } = testGraph();
    const uploads = graph.counted();

    const item = await uploads.putContent(
      '/drives/b!drive/items/root:%2Fordre-du-jour.txt:%2Fcontent',
      'bonjour',
      'text/plain',
    );
    const session = await uploads.createUploadSession(
      '/drives/b!drive/items/root:%2Fproces-verbal.docx:%2FcreateUploadSession',
    );
    const progress = await uploads.uploadRange(session.uploadUrl, new Uint8Array([1, 2, 3, 4]), {
      start: 0,
      total: 10,
    });

    expect(item).toMatchObject({ id: '01NEWITEM' });
    expect(progress).toEqual({ expirationDateTime: '2026-02-16T15:00:00Z', nextExpectedRanges: ['4-'] });
    expect(seen.map((call) => [call.authorization, call.contentType, call.range])).toEqual([
      [`Bearer ${TOKEN}`, 'text/plain', null],
      [`Bearer ${TOKEN}`, 'application/json', null],
      [null, 'application/octet-stream', 'bytes 0-3/10'],
    ]);
    expect(seen[2]!.url).toBe(uploadUrl);
    expect([uploads.requests, graph.requests]).toEqual([3, 3]);
    expect(z.string().parse(item.name)).toBe('ordre-du-jour.txt');
  });
});
