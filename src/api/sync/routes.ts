import { Router } from 'express';
import { isCoordination } from '../../domain/people/access.js';
import { ForbiddenError } from '../../domain/shared/errors.js';
import type { Store } from '../../store/store.js';
import { actorOf } from '../authenticate.js';
import { handle } from '../validate.js';

/** `GET /sync/status`: for the coordinator, where each committee's Graph sync stands and its last error. */
export function syncRouter(store: Store, options: { enabled: boolean; intervalMinutes: number }): Router {
  const router = Router();
  router.get(
    '/status',
    handle({}, async (_input, req, res) => {
      if (!isCoordination(actorOf(req))) throw new ForbiddenError('Only the coordination team sees the sync status');
      const [committees, states, runs] = await Promise.all([
        store.committees.list(),
        store.calendarSync.list(),
        store.syncRuns.list(),
      ]);
      res.json({
        enabled: options.enabled,
        intervalMinutes: options.intervalMinutes,
        committees: committees
          .filter((committee) => committee.calendarSource || committee.documentFolder)
          .map((committee) => {
            const state = states.find((s) => s.committeeId === committee.id);
            const run = runs.find((r) => r.committeeId === committee.id);
            return {
              committee: committee.slug,
              calendarSource: committee.calendarSource,
              documentFolder: committee.documentFolder,
              lastRun: run ?? null,
              calendar: state
                ? {
                    lastRunAt: state.lastRunAt,
                    lastSuccessAt: state.lastSuccessAt,
                    lastError: state.lastErrorCode
                      ? { at: state.lastErrorAt, code: state.lastErrorCode, message: state.lastErrorMessage }
                      : null,
                  }
                : null,
            };
          }),
      });
    }),
  );
  return router;
}
