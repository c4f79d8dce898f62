import { Router } from 'express';
import { resolveCommittee } from '../../domain/meetings/meeting-service.js';
import type { Store } from '../../store/store.js';
import { handle } from '../validate.js';
import { CommitteeParams } from './schema.js';

export function committeesRouter(store: Store): Router {
  const router = Router();
  router.get(
    '/',
    handle({}, async (_input, _req, res) => {
      res.json({ committees: await store.committees.list() });
    }),
  );
  router.get(
    '/:ref',
    handle({ params: CommitteeParams }, async ({ params }, _req, res) => {
      res.json(await resolveCommittee(store.committees, params.ref));
    }),
  );
  return router;
}
