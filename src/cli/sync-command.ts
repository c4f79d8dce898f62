import type { Config } from '../config.js';
import type { CommitteeSyncRun } from '../domain/sync/sync-run.js';
import { appSync } from '../graph/app-sync.js';
import type { SyncProgress } from '../graph/sync-runner.js';
import type { Store } from '../store/store.js';
import { formatTable } from './format-table.js';

const STEP_LABELS: Record<SyncProgress['step'], string> = {
  calendar: 'calendrier',
  attendance: 'rapports de présence',
  documents: 'documents SharePoint',
  done: 'terminé',
};

/** `[#####-----] 3/6 comite-porteur — calendrier`, redrawn in place on a terminal, one line per step otherwise. */
export function progressLine(progress: SyncProgress, width = 20): string {
  const done = progress.index + (progress.step === 'done' ? 1 : 0);
  const filled = Math.round((done / Math.max(1, progress.total)) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${progress.total} ${progress.committee.slug} — ${STEP_LABELS[progress.step]}`;
}

export function summaryTable(runs: readonly CommitteeSyncRun[], slugOf: (committeeId: string) => string): string {
  return formatTable(
    ['comité', 'créées', 'modifiées', 'annulées', 'tenues', 'présences importées', 'documents', 'requêtes', 'erreur'],
    runs.map((run) => [
      slugOf(run.committeeId),
      run.summary.created,
      run.summary.updated,
      run.summary.cancelled,
      run.summary.held,
      run.summary.attendanceImported,
      run.summary.minutesUploaded + run.summary.documents,
      run.summary.requests,
      run.error ? `${run.error.code}: ${run.error.message}` : null,
    ]),
  );
}

/** `ipecn sync`: one sync now, with progress and a summary per committee; exit 1 when a committee failed. */
export async function syncCommand(
  config: Config,
  store: Store,
  output: { write(text: string): void; isTTY?: boolean },
): Promise<number> {
  const sync = appSync(config, store);
  const committees = new Map((await store.committees.list()).map((c) => [c.id, c.slug]));
  const runs = await sync((progress) => {
    output.write(output.isTTY ? `\r\x1b[2K${progressLine(progress)}` : `${progressLine(progress)}\n`);
  });
  if (output.isTTY) output.write('\n');
  if (runs.length === 0) {
    output.write(
      "Aucun comité n'a de calendrier ni de dossier : `ipecn committees set-calendar <comité> user:<id>|group:<id>`.\n",
    );
    return 0;
  }
  output.write(`${summaryTable(runs, (id) => committees.get(id) ?? id)}\n`);
  return runs.every((run) => run.ok) ? 0 : 1;
}
