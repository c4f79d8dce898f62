import type { DocumentFolder } from '../../domain/committees/committee.js';
import { GraphSchemaError } from '../errors.js';
import type { GraphApi } from '../graph-client.js';
import type { DriveItem, UploadProgress } from '../schemas.js';
import { DriveItem as DriveItemSchema } from '../schemas.js';
import { itemUrl, pathActionUrl } from './drive-paths.js';
import { isGraphStatus } from './folders.js';
import { UploadStatus } from './schemas.js';

/**
 * Files up to 4 MiB go in one PUT of the content. Graph long documented simple upload up to 4 MB (its page now
 * says 250 MB); staying at 4 MiB keeps a PUT sent again after throttling cheap, and larger files get an upload
 * session, whose ranges survive a dropped connection.
 */
export const SIMPLE_UPLOAD_MAX_BYTES = 4 * 1024 * 1024;
/** Every range of an upload session but the last must be a multiple of 320 KiB. */
export const UPLOAD_RANGE_UNIT = 320 * 1024;
/** A range must stay under 60 MiB. */
const UPLOAD_RANGE_LIMIT = 60 * 1024 * 1024;
export const DEFAULT_UPLOAD_RANGE_BYTES = 10 * UPLOAD_RANGE_UNIT;
/** Answers that move the upload no further before it is given up. */
const MAX_STALLS = 3;

export interface UploadOptions {
  /** Files up to this size go in one PUT. */
  simpleUploadMaxBytes?: number;
  /** Bytes per range of an upload session: a multiple of 320 KiB, under 60 MiB. */
  rangeBytes?: number;
}

export interface UploadFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Byte range `start`..`end` inclusive; `end` is the file's last byte when Graph left it open (`"26-"`). */
interface ExpectedRange {
  start: number;
  end: number;
}

/** The first range Graph still expects, from `nextExpectedRanges` (`["26-"]`, `["12345-55232", "77829-99375"]`). */
export function firstExpectedRange(ranges: readonly string[], total: number): ExpectedRange | undefined {
  let first: ExpectedRange | undefined;
  for (const text of ranges) {
    const match = /^(\d+)-(\d*)$/.exec(text.trim());
    if (!match) continue;
    const start = Number(match[1]);
    const end = match[2] ? Math.min(Number(match[2]), total - 1) : total - 1;
    if (start <= end && (!first || start < first.start)) first = { start, end };
  }
  return first;
}

function checkRangeBytes(rangeBytes: number): number {
  if (!Number.isInteger(rangeBytes) || rangeBytes <= 0 || rangeBytes % UPLOAD_RANGE_UNIT !== 0)
    throw new RangeError(`rangeBytes: ${rangeBytes} is not a multiple of 320 KiB (${UPLOAD_RANGE_UNIT} bytes)`);
  if (rangeBytes >= UPLOAD_RANGE_LIMIT) throw new RangeError(`rangeBytes: ${rangeBytes} is not under 60 MiB`);
  return rangeBytes;
}

const isItem = (answer: UploadProgress): answer is DriveItem => typeof (answer as DriveItem).id === 'string';

/**
 * Sends the file's bytes to an upload session, range after range, each starting where Graph says it
 * expects the next bytes. A range Graph had already received (416) makes it ask where the session stands.
 */
async function uploadInRanges(
  graph: GraphApi,
  uploadUrl: string,
  bytes: Uint8Array,
  rangeBytes: number,
  first: readonly string[],
) {
  const total = bytes.byteLength;
  let expected = firstExpectedRange(first, total);
  let stalls = 0;
  for (;;) {
    if (!expected) throw new GraphSchemaError(uploadUrl, 'the upload session expects no more bytes but sent no item');
    const end = Math.min(expected.start + rangeBytes, expected.end + 1);
    let answer: UploadProgress;
    try {
      answer = await graph.uploadRange(uploadUrl, bytes.subarray(expected.start, end), {
        start: expected.start,
        total,
      });
    } catch (error) {
      if (!isGraphStatus(error, 416)) throw error;
      answer = await graph.get(uploadUrl, UploadStatus);
    }
    if (isItem(answer)) return answer;
    const next = firstExpectedRange(answer.nextExpectedRanges, total);
    stalls = next && next.start <= expected.start ? stalls + 1 : 0;
    if (stalls >= MAX_STALLS)
      throw new GraphSchemaError(uploadUrl, `the upload session keeps expecting byte ${expected.start}`);
    expected = next;
  }
}

/**
 * Uploads a file into the folder, replacing a file of the same name (a run that stopped after the upload but
 * before recording it sends the same file again). Returns the driveItem, with its `webUrl`.
 */
export async function uploadFile(
  graph: GraphApi,
  folder: DocumentFolder,
  file: UploadFile,
  options: UploadOptions = {},
): Promise<DriveItem & { webUrl: string }> {
  const simpleMax = options.simpleUploadMaxBytes ?? SIMPLE_UPLOAD_MAX_BYTES;
  const rangeBytes = checkRangeBytes(options.rangeBytes ?? DEFAULT_UPLOAD_RANGE_BYTES);
  let item: DriveItem;
  if (file.bytes.byteLength <= simpleMax) {
    const url = `${pathActionUrl(folder, [file.fileName], 'content')}?@microsoft.graph.conflictBehavior=replace`;
    item = await graph.putContent(url, file.bytes, file.contentType);
  } else {
    const session = await graph.createUploadSession(pathActionUrl(folder, [file.fileName], 'createUploadSession'), {
      item: { '@microsoft.graph.conflictBehavior': 'replace', name: file.fileName, fileSize: file.bytes.byteLength },
    });
    item = await uploadInRanges(graph, session.uploadUrl, file.bytes, rangeBytes, session.nextExpectedRanges ?? ['0-']);
  }
  // The documentation's answers show a short driveItem: ask for the link when it is missing.
  const webUrl =
    item.webUrl ?? (await graph.get(`${itemUrl(folder.driveId, item.id)}?$select=id,webUrl`, DriveItemSchema)).webUrl;
  if (!webUrl) throw new GraphSchemaError(itemUrl(folder.driveId, item.id), 'webUrl: the uploaded item has no link');
  return { ...item, webUrl };
}
