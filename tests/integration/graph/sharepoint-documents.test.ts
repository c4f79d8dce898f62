import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Committee } from '../../../src/domain/committees/committee.js';
import type { Meeting } from '../../../src/domain/meetings/meeting.js';
import type { MeetingDocumentsDeps } from '../../../src/graph/sharepoint/index.js';
import { refreshAllMeetingDocuments, refreshMeetingDocuments } from '../../../src/graph/sharepoint/index.js';
import type { Store } from '../../../src/store/store.js';
import { addMeeting } from '../../support/factories.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';
import { fixture, mswServer, testGraph } from './graph-kit.js';
import type { Drive } from './sharepoint-kit.js';
import { bearer, committeeWithFolder, DRIVE, json, ROOT, sharePoint, sharePointError } from './sharepoint-kit.js';

type Page = {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  value: { id: string; name: string; webUrl: string }[];
};
const meetingsFolder = fixture<Page>('sharepoint/meetings-folder-children');
const firstPage = fixture<Page>('sharepoint/meeting-folder-children-page-1');
const secondPage = fixture<Page>('sharepoint/meeting-folder-children-page-2');
const folderNamed = (prefix: string) => meetingsFolder.value.find((item) => item.name.startsWith(prefix))!.id;
const OCTOBER = folderNamed('2025-10-07');
const DECEMBER = folderNamed('2025-12-02');
const NOW = new Date('2026-02-15T15:00:00Z');

describe.each(backends)('meeting documents from SharePoint on %s', (backend) => {
  const server = mswServer();
  let testStore: TestStore;
  let store: Store;
  let drive: Drive;
  let tested: ReturnType<typeof testGraph>;
  let committee: Committee;
  let autumn: Meeting;
  let review: Meeting;
  let winter: Meeting;
  const deps = (): MeetingDocumentsDeps => ({ store, graph: tested.graph, now: () => NOW });
  const meetings = () => [autumn, review, winter];

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
  });
  afterAll(async () => {
    await testStore.dispose();
  });
  beforeEach(async () => {
    drive = sharePoint(server);
    tested = testGraph();
    committee = await committeeWithFolder(store, { driveId: DRIVE, itemId: ROOT });
    const meeting = (title: string, startsAt: string) =>
      addMeeting(store, { kind: 'steering', committeeId: committee.id, title, startsAt });
    // 13 h 30 in Québec City: the folder is named for the local date.
    autumn = await meeting("Rencontre d'automne", '2025-10-07T17:30:00Z');
    // 18 h on 2 December; its folder carries another title.
    review = await meeting('Bilan de l’automne', '2025-12-02T23:00:00Z');
    winter = await meeting("Rencontre d'hiver", '2026-01-20T17:30:00Z');
    await store.meetingDocuments.replace(
      winter.id,
      [
        {
          itemId: '01BYE5RZ5OLDDOCUMENT000000000000099',
          name: 'Ancien document.pdf',
          webUrl: 'https://ipecn.sharepoint.com/sites/concertation/Documents%20partages/Ancien%20document.pdf',
          lastModifiedDateTime: '2025-01-01T00:00:00.000Z',
        },
      ],
      '2026-01-01T00:00:00.000Z',
    );
  });

  it('lists the files of each meeting’s folder, page after page, and replaces what was stored', async () => {
    drive
      .on(`GET ${ROOT}:/Rencontres:/children`, json(meetingsFolder))
      .on(`GET ${OCTOBER}/children`, json(firstPage), json(secondPage))
      .on(`GET ${DECEMBER}/children`, json({ '@odata.context': firstPage['@odata.context'], value: [] }));

    const summary = await refreshMeetingDocuments(deps(), committee, meetings());

    expect(summary).toEqual({ folders: 2, documents: 2, requests: 4 });
    expect(drive.log).toEqual([
      `GET ${ROOT}:/Rencontres:/children`,
      `GET ${OCTOBER}/children`,
      `GET ${OCTOBER}/children`,
      `GET ${DECEMBER}/children`,
    ]);
    expect(drive.seen.map((request) => request.url.searchParams.get('$select'))).toEqual(
      Array(4).fill('id,name,webUrl,lastModifiedDateTime,file,folder'),
    );
    expect(drive.seen[2]!.url.searchParams.get('$skiptoken')).toBe(
      new URL(firstPage['@odata.nextLink']!).searchParams.get('$skiptoken'),
    );
    expect(drive.seen.every((request) => request.authorization === bearer)).toBe(true);

    expect(await store.meetingDocuments.documentsOf(autumn.id)).toEqual([
      {
        meetingId: autumn.id,
        itemId: '01BYE5RZ5ORDREDUJOUR00000000000011',
        name: 'Ordre du jour.docx',
        webUrl: firstPage.value[0]!.webUrl,
        lastModifiedDateTime: '2025-10-06T20:31:17.000Z',
        refreshedAt: NOW.toISOString(),
      },
      {
        meetingId: autumn.id,
        itemId: '01BYE5RZ5PRESENTATION0000000000013',
        name: 'Présentation - Portrait des familles 2025.pptx',
        webUrl: secondPage.value[0]!.webUrl,
        lastModifiedDateTime: '2025-10-07T16:05:48.000Z',
        refreshedAt: NOW.toISOString(),
      },
    ]);
    expect(await store.meetingDocuments.documentsOf(review.id)).toEqual([]);
    expect(await store.meetingDocuments.documentsOf(winter.id)).toEqual([]);
  });

  it('takes a missing Rencontres folder (404) for no documents', async () => {
    drive.on(`GET ${ROOT}:/Rencontres:/children`, sharePointError(404, 'error-item-not-found'));

    const summary = await refreshMeetingDocuments(deps(), committee, meetings());

    expect(summary).toEqual({ folders: 0, documents: 0, requests: 1 });
    expect(await store.meetingDocuments.documentsOf(winter.id)).toEqual([]);
  });

  it('takes a meeting folder gone since it was listed (404) for no documents', async () => {
    await store.meetingDocuments.replace(
      autumn.id,
      [
        {
          itemId: firstPage.value[0]!.id,
          name: firstPage.value[0]!.name,
          webUrl: firstPage.value[0]!.webUrl,
          lastModifiedDateTime: '2025-10-06T20:31:17.000Z',
        },
      ],
      '2026-01-01T00:00:00.000Z',
    );
    drive
      .on(`GET ${ROOT}:/Rencontres:/children`, json(meetingsFolder))
      .on(`GET ${OCTOBER}/children`, sharePointError(404, 'error-item-not-found'))
      .on(`GET ${DECEMBER}/children`, json({ value: [] }));

    expect(await refreshMeetingDocuments(deps(), committee, meetings())).toEqual({
      folders: 1,
      documents: 0,
      requests: 3,
    });
    expect(await store.meetingDocuments.documentsOf(autumn.id)).toEqual([]);
  });

  it('refreshes every committee with a folder and reports a failure without stopping', async () => {
    const withoutFolder = await committeeWithFolder(store, null);
    const denied = await committeeWithFolder(store, { driveId: DRIVE, itemId: '01BYE5RZDENIED00000000000000000000' });
    drive
      .on(`GET ${ROOT}:/Rencontres:/children`, json({ value: [] }))
      .on(`GET 01BYE5RZDENIED00000000000000000000:/Rencontres:/children`, json(fixture('error-access-denied'), 403));

    const outcomes = await refreshAllMeetingDocuments(deps(), [withoutFolder, denied, committee]);

    expect(outcomes).toEqual([
      {
        committeeId: denied.id,
        slug: denied.slug,
        ok: false,
        error: { code: 'ErrorAccessDenied', message: expect.stringContaining('403') as string },
      },
      { committeeId: committee.id, slug: committee.slug, ok: true, summary: { folders: 0, documents: 0, requests: 1 } },
    ]);
    expect(await store.meetingDocuments.documentsOf(winter.id)).toEqual([]);
  });
});
