import type { JsonBodyType } from 'msw';
import { http, HttpResponse } from 'msw';
import type { Committee } from '../../../src/domain/committees/committee.js';
import type { Store } from '../../../src/store/store.js';
import type { mswServer } from './graph-kit.js';
import { fixture, GRAPH, TOKEN } from './graph-kit.js';

/**
 * A SharePoint document library behind msw. Graph addresses items by path with colons
 * (`items/{id}:/Comptes rendus/2025-2026:/content`), which msw's path patterns cannot spell, so one handler
 * takes every drive request and answers from a table keyed by `METHOD path`, the path decoded and taken
 * after `/items/`. Each request is logged the same way: a test asserts the exact sequence, so anything
 * unexpected fails it.
 */

export const DRIVE = 'b!t18F8ybsHUq1z3LTz8xvZqP8zaSWjkFNhsME-Fepo75dTf9vQKfeRblBZjoSQrd7';
/** The committee's folder. */
export const ROOT = '01BYE5RZ56Y2GOVW7725BZO354PWSELRRZ';
export const UPLOAD_URL = fixture<{ uploadUrl: string }>('sharepoint/upload-session').uploadUrl;

export type Reply = (request: Request) => Response | Promise<Response>;

export interface SeenRequest {
  key: string;
  url: URL;
  authorization: string | null;
  contentType: string | null;
  contentRange: string | null;
  body: Uint8Array;
}

export interface Drive {
  /** `METHOD path` of every request, in order; upload ranges as `PUT upload bytes a-b/total`. */
  log: string[];
  seen: SeenRequest[];
  /** Answers for a key, one after the other; the last one repeats. */
  on(key: string, ...replies: Reply[]): Drive;
  onUpload(...replies: Reply[]): Drive;
}

const driveRoot = `${GRAPH}/drives/${DRIVE}/items/`;

export function sharePoint(server: ReturnType<typeof mswServer>): Drive {
  const routes = new Map<string, Reply[]>();
  const uploads: Reply[] = [];
  const log: string[] = [];
  const seen: SeenRequest[] = [];

  async function record(request: Request, key: string) {
    log.push(key);
    seen.push({
      key,
      url: new URL(request.url),
      authorization: request.headers.get('authorization'),
      contentType: request.headers.get('content-type'),
      contentRange: request.headers.get('content-range'),
      body: new Uint8Array(await request.clone().arrayBuffer()),
    });
  }

  const next = (replies: Reply[] | undefined) => (replies && replies.length > 1 ? replies.shift() : replies?.[0]);

  server.use(
    http.all(`${GRAPH}/drives/:drive/items/*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = decodeURIComponent(url.href.slice(driveRoot.length).split('?')[0]!);
      const key = `${request.method} ${path}`;
      await record(request, key);
      const reply = next(routes.get(key));
      return reply
        ? reply(request)
        : HttpResponse.json(
            { error: { code: 'invalidRequest', message: `unexpected in this test: ${key}` } },
            { status: 400 },
          );
    }),
    http.put(UPLOAD_URL.split('?')[0]!, async ({ request }) => {
      await record(request, `PUT upload ${request.headers.get('content-range')}`);
      const reply = next(uploads);
      return reply ? reply(request) : HttpResponse.json({ error: { code: 'invalidRequest' } }, { status: 400 });
    }),
    http.get(UPLOAD_URL.split('?')[0]!, async ({ request }) => {
      await record(request, 'GET upload');
      const reply = next(routes.get('GET upload'));
      return reply ? reply(request) : HttpResponse.json({ error: { code: 'invalidRequest' } }, { status: 400 });
    }),
  );

  const drive: Drive = {
    log,
    seen,
    on(key, ...replies) {
      routes.set(key, replies);
      return drive;
    },
    onUpload(...replies) {
      uploads.push(...replies);
      return drive;
    },
  };
  return drive;
}

/** A payload of tests/fixtures/graph/sharepoint/. */
export const sharePointFixture = (name: string) => fixture<Record<string, JsonBodyType>>(`sharepoint/${name}`);

export const json =
  (body: JsonBodyType, status = 200, headers: Record<string, string> = {}): Reply =>
  () =>
    HttpResponse.json(body, { status, headers });

export const sharePointError = (status: number, name: string, headers: Record<string, string> = {}): Reply =>
  json(sharePointFixture(`${name}`), status, headers);

export const folderItem = (id: string, name: string): Reply =>
  json({ ...sharePointFixture('folder-created'), id, name }, 201);

export const bearer = `Bearer ${TOKEN}`;

let committeeCounter = 0;

export async function committeeWithFolder(store: Store, folder: Committee['documentFolder']): Promise<Committee> {
  const n = ++committeeCounter;
  return store.committees.upsert({
    slug: `comite-sharepoint-${n}`,
    kind: 'steering',
    name: { fr: 'Comité porteur', en: 'Steering committee' },
    description: { fr: 'Comité avec un dossier SharePoint', en: 'Committee with a SharePoint folder' },
    teamsConversationId: null,
    teamsChannelId: null,
    calendarSource: null,
    documentFolder: folder,
  });
}
