import { z } from 'zod';
import { collectionPage, DriveItem } from '../schemas.js';

/** The driveItems the SharePoint jobs read: a facet tells a folder from a file. */

const Facet = z.object({}).loose().nullish();

export const FolderItem = DriveItem.extend({ folder: Facet, file: Facet });
export type FolderItem = z.infer<typeof FolderItem>;

/** A child as `$select=id,name,webUrl,lastModifiedDateTime,file,folder` returns it. */
export const ChildItem = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    webUrl: z.url(),
    lastModifiedDateTime: z.iso.datetime({ offset: true }),
    file: Facet,
    folder: Facet,
  })
  .loose();
export type ChildItem = z.infer<typeof ChildItem>;

export const ChildPage = collectionPage(ChildItem);
export type ChildPage = z.infer<typeof ChildPage>;

export const CHILD_FIELDS = 'id,name,webUrl,lastModifiedDateTime,file,folder';

/** What an upload session says when asked where it stands (`GET uploadUrl`). */
export const UploadStatus = z.object({
  expirationDateTime: z.string().nullish(),
  nextExpectedRanges: z.array(z.string()),
});
