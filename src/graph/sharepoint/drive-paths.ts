import type { DocumentFolder } from '../../domain/committees/committee.js';

/**
 * Graph URLs of driveItems. Names travel percent-encoded inside Graph's path addressing
 * (`/drives/{drive}/items/{item}:/{path}:/…`), the slashes between them left as they are.
 */

const encodePath = (segments: readonly string[]) => segments.map(encodeURIComponent).join('/');

export const itemUrl = (driveId: string, itemId: string) =>
  `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(itemId)}`;

/** The item at `segments` below the folder. */
export const itemAtPathUrl = (folder: DocumentFolder, segments: readonly string[]) =>
  `${itemUrl(folder.driveId, folder.itemId)}:/${encodePath(segments)}`;

/** An action or relationship of the item at `segments` below the folder (`content`, `children`…). */
export const pathActionUrl = (folder: DocumentFolder, segments: readonly string[], action: string) =>
  `${itemAtPathUrl(folder, segments)}:/${action}`;

export const childrenUrl = (driveId: string, itemId: string) => `${itemUrl(driveId, itemId)}/children`;
