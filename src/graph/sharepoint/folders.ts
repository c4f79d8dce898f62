import type { DocumentFolder } from '../../domain/committees/committee.js';
import { GraphResponseError, GraphSyncError } from '../errors.js';
import type { GraphApi } from '../graph-client.js';
import { childrenUrl, itemAtPathUrl } from './drive-paths.js';
import type { ChildItem } from './schemas.js';
import { CHILD_FIELDS, ChildPage, FolderItem } from './schemas.js';

export const isGraphStatus = (error: unknown, status: number): boolean =>
  error instanceof GraphResponseError && error.status === status;

/** The item at `segments` below the folder, or `undefined` when there is none (404). */
async function itemAt(graph: GraphApi, folder: DocumentFolder, segments: readonly string[]) {
  try {
    return await graph.get(`${itemAtPathUrl(folder, segments)}?$select=id,name,webUrl,folder,file`, FolderItem);
  } catch (error) {
    if (isGraphStatus(error, 404)) return undefined;
    throw error;
  }
}

function folderIdOf(item: FolderItem, segments: readonly string[]): string {
  if (!item.folder)
    throw new GraphSyncError(
      'documentFolderConflict',
      `“${segments.join('/')}” in the committee's SharePoint folder is a file, not a folder`,
    );
  return item.id;
}

/**
 * Creates a folder, or finds it when it exists already (409). `fail` rather than `replace`: replacing an
 * existing folder would throw away what people keep in it.
 */
async function ensureChildFolder(graph: GraphApi, parent: DocumentFolder, name: string): Promise<string> {
  try {
    const body = { name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
    return (await graph.post(childrenUrl(parent.driveId, parent.itemId), body, FolderItem)).id;
  } catch (error) {
    if (!isGraphStatus(error, 409)) throw error;
    const existing = await itemAt(graph, parent, [name]);
    if (!existing) throw error;
    return folderIdOf(existing, [name]);
  }
}

/**
 * The folder at `segments` below `root`, created as needed. One request when it exists; otherwise one per
 * level (two when a level exists already).
 */
export async function ensureFolder(
  graph: GraphApi,
  root: DocumentFolder,
  segments: readonly string[],
): Promise<DocumentFolder> {
  const existing = await itemAt(graph, root, segments);
  if (existing) return { driveId: root.driveId, itemId: folderIdOf(existing, segments) };
  let parent: DocumentFolder = root;
  for (const name of segments) parent = { driveId: root.driveId, itemId: await ensureChildFolder(graph, parent, name) };
  return parent;
}

/** Every child of a folder, page after page; `undefined` when the folder does not exist (404). */
async function allChildren(graph: GraphApi, firstUrl: string): Promise<ChildItem[] | undefined> {
  const children: ChildItem[] = [];
  let url: string | null | undefined = firstUrl;
  try {
    while (url) {
      const page: ChildPage = await graph.getPage(url, ChildPage);
      children.push(...page.value);
      url = page['@odata.nextLink'];
    }
  } catch (error) {
    if (isGraphStatus(error, 404)) return undefined;
    throw error;
  }
  return children;
}

export const listChildren = (graph: GraphApi, folder: DocumentFolder) =>
  allChildren(graph, `${childrenUrl(folder.driveId, folder.itemId)}?$select=${CHILD_FIELDS}`);

/** The children of the folder at `segments` below `root`, without looking its id up first. */
export const listChildrenAt = (graph: GraphApi, root: DocumentFolder, segments: readonly string[]) =>
  allChildren(graph, `${itemAtPathUrl(root, segments)}:/children?$select=${CHILD_FIELDS}`);
