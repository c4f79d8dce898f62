import type { Config } from '../config.js';
import { missingGraphCredentials } from '../config.js';
import type { Store } from '../store/store.js';
import type { GraphApi } from './graph-client.js';
import { createAppGraph } from './index.js';
import { refreshMeetingDocuments, uploadAdoptedMinutes } from './sharepoint/index.js';
import type { DocumentsStep, SyncProgress } from './sync-runner.js';
import { runSync } from './sync-runner.js';

export class GraphNotConfiguredError extends Error {
  constructor(missing: string[]) {
    super(`Microsoft Graph sync needs ${missing.join(', ')} (the Entra app's client credentials).`);
    this.name = 'GraphNotConfiguredError';
  }
}

/**
 * SharePoint for one committee: the adopted minutes of its meetings not uploaded yet go to
 * `Comptes rendus/<fiscal year>/`, then each meeting's folder is listed.
 */
export function sharePointStep(store: Store, graph: GraphApi, config: Pick<Config, 'fiscalYearStart'>): DocumentsStep {
  return async (committee) => {
    const meetings = await store.meetings.list({ committeeId: committee.id });
    let minutesUploaded = 0;
    for (const meeting of meetings) {
      const result = await uploadAdoptedMinutes({ store, graph, fiscalYearStart: config.fiscalYearStart }, meeting.id);
      if (result.uploaded) minutesUploaded++;
    }
    const listed = await refreshMeetingDocuments({ store, graph, now: () => new Date() }, committee, meetings);
    return { minutesUploaded, documents: listed.documents };
  };
}

/** The sync as the server's schedule and `ipecn sync` run it: the app's Graph client over the store. */
export function appSync(config: Config, store: Store) {
  const missing = missingGraphCredentials(config);
  if (missing.length > 0) throw new GraphNotConfiguredError(missing);
  const { graph } = createAppGraph(config);
  return (onProgress?: (progress: SyncProgress) => void) =>
    runSync(
      {
        store,
        graph,
        now: () => new Date(),
        fiscalYearStart: config.fiscalYearStart,
        tenantId: config.entra.tenantId ?? null,
        documents: sharePointStep(store, graph, config),
      },
      onProgress,
    );
}

/**
 * Runs the sync every `intervalMinutes`, never two at once; the first run comes a minute after start-up so
 * the server answers before Graph work begins. Returns the function that stops it.
 */
export function scheduleSync(
  sync: () => Promise<unknown>,
  intervalMinutes: number,
  log: { info(message: string): void; error(message: string, error?: unknown): void },
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sync();
    } catch (error) {
      log.error('Graph sync failed', error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 60_000);
  const every = setInterval(() => void tick(), intervalMinutes * 60_000);
  first.unref();
  every.unref();
  log.info(`Graph sync every ${intervalMinutes} min.`);
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
