import { HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Committee } from '../../../src/domain/committees/committee.js';
import type { Meeting } from '../../../src/domain/meetings/meeting.js';
import { emptyMinutes } from '../../../src/domain/minutes/minutes.js';
import { DOCX_CONTENT_TYPE } from '../../../src/domain/minutes/ports.js';
import type { MinutesUploadDeps } from '../../../src/graph/sharepoint/index.js';
import { uploadAdoptedMinutes } from '../../../src/graph/sharepoint/index.js';
import type { Store } from '../../../src/store/store.js';
import { addMeeting } from '../../support/factories.js';
import { backends, openTestStore, type TestStore } from '../../support/stores.js';
import { fixture, mswServer, testGraph } from './graph-kit.js';
import type { Drive } from './sharepoint-kit.js';
import {
  bearer,
  committeeWithFolder,
  DRIVE,
  folderItem,
  json,
  ROOT,
  sharePoint,
  sharePointError,
  sharePointFixture,
} from './sharepoint-kit.js';

const FILE_NAME = 'Compte rendu - Comité porteur - 2025-10-07.docx';
const KIB = 1024;
const uploaded = fixture<{ webUrl: string }>('sharepoint/file-uploaded');
const completed = fixture<{ id: string }>('sharepoint/upload-completed');
const completedUrl = fixture<{ webUrl: string }>('sharepoint/item-web-url').webUrl;
const session = sharePointFixture('upload-session');
const YEAR_FOLDER = '01BYE5RZ6FY20252026000000000000001';
const MINUTES_FOLDER = '01BYE5RZ2KXUCIBDJRDNEJ5RYWXGGXXKSQ';
const EXISTING_MINUTES_FOLDER = fixture<{ id: string }>('sharepoint/folder-existing').id;

const bytesOf = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) % 251);
/** Compared as buffers: a byte-by-byte diff of a large array is slow to build. */
const sameBytes = (actual: Uint8Array, expected: Uint8Array) => Buffer.from(actual).equals(Buffer.from(expected));
const progress = (...ranges: string[]) =>
  json({ expirationDateTime: '2026-02-16T15:00:00Z', nextExpectedRanges: ranges }, 202);

describe.each(backends)('adopted minutes uploaded to SharePoint on %s', (backend) => {
  const server = mswServer();
  let testStore: TestStore;
  let store: Store;
  let committee: Committee;
  let drive: Drive;
  let tested: ReturnType<typeof testGraph>;
  const deps = (more: Partial<MinutesUploadDeps> = {}): MinutesUploadDeps => ({
    store,
    graph: tested.graph,
    ...more,
  });
  /** A large upload with a small file: ranges of 320 KiB above 512 KiB. */
  const large = { simpleUploadMaxBytes: 512 * KIB, uploadRangeBytes: 320 * KIB };

  beforeAll(async () => {
    testStore = await openTestStore(backend);
    store = testStore.store;
    committee = await committeeWithFolder(store, { driveId: DRIVE, itemId: ROOT });
  });
  afterAll(async () => {
    await testStore.dispose();
  });
  beforeEach(() => {
    drive = sharePoint(server);
    tested = testGraph();
  });

  async function adoptedMinutes(bytes: Uint8Array, more: Partial<Meeting> = {}): Promise<Meeting> {
    const meeting = await addMeeting(store, {
      kind: 'steering',
      committeeId: committee.id,
      title: 'Rencontre d’automne',
      startsAt: '2025-10-07T17:30:00Z',
      ...more,
    });
    await store.minutes.save(
      {
        ...emptyMinutes(meeting.id, new Date('2025-10-07T20:00:00Z')),
        status: 'adopted',
        decisions: [{ text: 'Le plan d’action 2025-2026 est adopté.' }],
        circulatedAt: '2025-10-10T14:00:00.000Z',
        adoptedAt: '2025-12-02T19:00:00.000Z',
      },
      null,
    );
    await store.minutes.saveDocument(meeting.id, { fileName: FILE_NAME, contentType: DOCX_CONTENT_TYPE, bytes });
    return meeting;
  }

  const stored = async (meetingId: string) => ({
    documentUrl: (await store.minutes.get(meetingId))!.documentUrl,
    uploadedUrl: (await store.minutes.document(meetingId))!.uploadedUrl,
  });

  it('puts a small document in one request, creating Comptes rendus/<fiscal year>, then sends nothing again', async () => {
    const bytes = bytesOf(9243);
    const meeting = await adoptedMinutes(bytes);
    drive
      .on(`GET ${ROOT}:/Comptes rendus/2025-2026`, sharePointError(404, 'error-item-not-found'))
      .on(`POST ${ROOT}/children`, folderItem(MINUTES_FOLDER, 'Comptes rendus'))
      .on(`POST ${MINUTES_FOLDER}/children`, folderItem(YEAR_FOLDER, '2025-2026'))
      .on(`PUT ${YEAR_FOLDER}:/${FILE_NAME}:/content`, json(uploaded, 201));

    const result = await uploadAdoptedMinutes(deps(), meeting.id);

    expect(result).toEqual({ uploaded: true, webUrl: uploaded.webUrl });
    expect(drive.log).toEqual([
      `GET ${ROOT}:/Comptes rendus/2025-2026`,
      `POST ${ROOT}/children`,
      `POST ${MINUTES_FOLDER}/children`,
      `PUT ${YEAR_FOLDER}:/${FILE_NAME}:/content`,
    ]);
    const [lookup, first, second, put] = drive.seen;
    expect(lookup!.url.searchParams.get('$select')).toBe('id,name,webUrl,folder,file');
    expect(JSON.parse(new TextDecoder().decode(first!.body))).toEqual({
      name: 'Comptes rendus',
      folder: {},
      '@microsoft.graph.conflictBehavior': 'fail',
    });
    expect(JSON.parse(new TextDecoder().decode(second!.body))).toMatchObject({ name: '2025-2026' });
    expect(put!.url.searchParams.get('@microsoft.graph.conflictBehavior')).toBe('replace');
    expect([put!.authorization, put!.contentType]).toEqual([bearer, DOCX_CONTENT_TYPE]);
    expect(sameBytes(put!.body, bytes)).toBe(true);
    expect(await stored(meeting.id)).toEqual({ documentUrl: uploaded.webUrl, uploadedUrl: uploaded.webUrl });

    const again = await uploadAdoptedMinutes(deps(), meeting.id);

    expect(again).toEqual({ uploaded: false, skipped: 'alreadyUploaded', webUrl: uploaded.webUrl });
    expect(drive.log).toHaveLength(4);
    expect(tested.graph.requests).toBe(4);
  });

  it('goes on when Comptes rendus exists already (409), and uses a year folder that exists in one request', async () => {
    const first = await adoptedMinutes(bytesOf(2048));
    drive
      .on(`GET ${ROOT}:/Comptes rendus/2025-2026`, sharePointError(404, 'error-item-not-found'))
      .on(`POST ${ROOT}/children`, sharePointError(409, 'error-name-already-exists'))
      .on(`GET ${ROOT}:/Comptes rendus`, json(sharePointFixture('folder-existing')))
      .on(`POST ${EXISTING_MINUTES_FOLDER}/children`, folderItem(YEAR_FOLDER, '2025-2026'))
      .on(`PUT ${YEAR_FOLDER}:/${FILE_NAME}:/content`, json(uploaded, 201));

    expect(await uploadAdoptedMinutes(deps(), first.id)).toEqual({ uploaded: true, webUrl: uploaded.webUrl });
    expect(drive.log).toEqual([
      `GET ${ROOT}:/Comptes rendus/2025-2026`,
      `POST ${ROOT}/children`,
      `GET ${ROOT}:/Comptes rendus`,
      `POST ${EXISTING_MINUTES_FOLDER}/children`,
      `PUT ${YEAR_FOLDER}:/${FILE_NAME}:/content`,
    ]);

    // The next minutes of the same fiscal year (March 2026 still belongs to 2025-2026).
    const later = await adoptedMinutes(bytesOf(1024), { startsAt: '2026-03-31T23:30:00Z' });
    drive.log.length = 0;
    drive.on(
      `GET ${ROOT}:/Comptes rendus/2025-2026`,
      json({ ...sharePointFixture('folder-existing'), id: YEAR_FOLDER }),
    );

    expect(await uploadAdoptedMinutes(deps(), later.id)).toMatchObject({ uploaded: true });
    expect(drive.log).toEqual([`GET ${ROOT}:/Comptes rendus/2025-2026`, `PUT ${YEAR_FOLDER}:/${FILE_NAME}:/content`]);
  });

  it('sends a large document through an upload session, 320 KiB at a time, without the token', async () => {
    const bytes = bytesOf(800 * KIB);
    const meeting = await adoptedMinutes(bytes);
    drive
      .on(`GET ${ROOT}:/Comptes rendus/2025-2026`, json({ ...sharePointFixture('folder-existing'), id: YEAR_FOLDER }))
      .on(`POST ${YEAR_FOLDER}:/${FILE_NAME}:/createUploadSession`, json(session))
      .onUpload(progress('327680-'), progress('655360-'), json(completed, 201))
      .on(`GET ${completed.id}`, json(sharePointFixture('item-web-url')));

    const result = await uploadAdoptedMinutes(deps(large), meeting.id);

    expect(result).toEqual({ uploaded: true, webUrl: completedUrl });
    expect(drive.log).toEqual([
      `GET ${ROOT}:/Comptes rendus/2025-2026`,
      `POST ${YEAR_FOLDER}:/${FILE_NAME}:/createUploadSession`,
      'PUT upload bytes 0-327679/819200',
      'PUT upload bytes 327680-655359/819200',
      'PUT upload bytes 655360-819199/819200',
      `GET ${completed.id}`,
    ]);
    const created = drive.seen[1]!;
    expect(created.authorization).toBe(bearer);
    expect(JSON.parse(new TextDecoder().decode(created.body))).toEqual({
      item: { '@microsoft.graph.conflictBehavior': 'replace', name: FILE_NAME, fileSize: 819200 },
    });
    const ranges = drive.seen.filter((request) => request.key.startsWith('PUT upload'));
    expect(ranges.map((range) => range.authorization)).toEqual([null, null, null]);
    expect(ranges[0]!.url.href).toBe(new URL(String(session.uploadUrl)).href);
    expect(ranges.map((range) => range.body.byteLength)).toEqual([327680, 327680, 163840]);
    expect(sameBytes(Buffer.concat(ranges.map((range) => range.body)), bytes)).toBe(true);
    expect(drive.seen[5]!.url.searchParams.get('$select')).toBe('id,webUrl');
    expect(await stored(meeting.id)).toEqual({ documentUrl: completedUrl, uploadedUrl: completedUrl });
  });

  it('waits as long as Retry-After says when a range is throttled, then sends it again', async () => {
    const bytes = bytesOf(700 * KIB);
    const meeting = await adoptedMinutes(bytes);
    drive
      .on(`GET ${ROOT}:/Comptes rendus/2025-2026`, json({ ...sharePointFixture('folder-existing'), id: YEAR_FOLDER }))
      .on(`POST ${YEAR_FOLDER}:/${FILE_NAME}:/createUploadSession`, json(session))
      .onUpload(
        progress('327680-'),
        () => HttpResponse.json(fixture('error-too-many-requests'), { status: 429, headers: { 'Retry-After': '7' } }),
        progress('655360-'),
        json({ ...uploaded, size: bytes.byteLength }, 201),
      );

    const result = await uploadAdoptedMinutes(deps(large), meeting.id);

    expect(result).toEqual({ uploaded: true, webUrl: uploaded.webUrl });
    expect(tested.sleeps).toEqual([7000]);
    expect(drive.log.filter((key) => key.startsWith('PUT upload'))).toEqual([
      'PUT upload bytes 0-327679/716800',
      'PUT upload bytes 327680-655359/716800',
      'PUT upload bytes 327680-655359/716800',
      'PUT upload bytes 655360-716799/716800',
    ]);
    expect(sameBytes(drive.seen[3]!.body, drive.seen[4]!.body)).toBe(true);
    expect(sameBytes(drive.seen[3]!.body, bytes.subarray(327680, 655360))).toBe(true);
  });

  it('starts each range where Graph expects the next bytes, and asks where the session stands after a 416', async () => {
    const bytes = bytesOf(800 * KIB);
    const meeting = await adoptedMinutes(bytes);
    drive
      .on(`GET ${ROOT}:/Comptes rendus/2025-2026`, json({ ...sharePointFixture('folder-existing'), id: YEAR_FOLDER }))
      .on(`POST ${YEAR_FOLDER}:/${FILE_NAME}:/createUploadSession`, json(session))
      .on('GET upload', json({ expirationDateTime: '2026-02-16T15:00:00Z', nextExpectedRanges: ['491520-'] }))
      .onUpload(
        // Graph kept only half of the first range.
        progress('163840-'),
        json(
          {
            error: {
              code: 'invalidRange',
              message: 'Fragment overlaps with existing data.',
            },
          },
          416,
        ),
        json(uploaded, 201),
      );

    expect(await uploadAdoptedMinutes(deps(large), meeting.id)).toMatchObject({ uploaded: true });
    expect(drive.log.slice(2)).toEqual([
      'PUT upload bytes 0-327679/819200',
      'PUT upload bytes 163840-491519/819200',
      'GET upload',
      'PUT upload bytes 491520-819199/819200',
    ]);
    expect(sameBytes(drive.seen.at(-1)!.body, bytes.subarray(491520))).toBe(true);
  });

  it('sends nothing for minutes not adopted, without a document, or of a committee without a folder', async () => {
    const draft = await addMeeting(store, {
      kind: 'steering',
      committeeId: committee.id,
      startsAt: '2025-11-04T17:30:00Z',
    });
    await store.minutes.save(emptyMinutes(draft.id, new Date('2025-11-04T20:00:00Z')), null);
    const withoutDocument = await addMeeting(store, {
      kind: 'steering',
      committeeId: committee.id,
      startsAt: '2025-11-05T17:30:00Z',
    });
    await store.minutes.save(
      { ...emptyMinutes(withoutDocument.id, new Date('2025-11-05T20:00:00Z')), status: 'adopted' },
      null,
    );
    const noFolder = await committeeWithFolder(store, null);
    const elsewhere = await adoptedMinutes(bytesOf(100), { committeeId: noFolder.id });

    expect(await uploadAdoptedMinutes(deps(), draft.id)).toEqual({ uploaded: false, skipped: 'notAdopted' });
    expect(await uploadAdoptedMinutes(deps(), withoutDocument.id)).toEqual({ uploaded: false, skipped: 'noDocument' });
    expect(await uploadAdoptedMinutes(deps(), elsewhere.id)).toEqual({ uploaded: false, skipped: 'noFolder' });
    expect(drive.log).toEqual([]);
  });
});
