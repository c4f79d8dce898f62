import { Router } from 'express';
import { resolveCommittee } from '../../domain/meetings/meeting-service.js';
import type { Store } from '../../store/store.js';
import { handle } from '../validate.js';
import { isCoordination } from '../../domain/people/access.js';
import { ForbiddenError } from '../../domain/shared/errors.js';
import { actorOf } from '../authenticate.js';
import { CalendarSourceBody, CommitteeParams, DocumentFolderBody } from './schema.js';

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
  /** The coordinator sets where a committee's meetings are scheduled and where its documents live. */
  router.put(
    '/:ref/calendar',
    handle({ params: CommitteeParams, body: CalendarSourceBody }, async ({ params, body }, req, res) => {
      if (!isCoordination(actorOf(req))) throw new ForbiddenError('Only the coordination team sets calendars');
      const committee = await resolveCommittee(store.committees, params.ref);
      res.json(await store.committees.setCalendarSource(committee.id, body));
    }),
  );
  router.put(
    '/:ref/folder',
    handle({ params: CommitteeParams, body: DocumentFolderBody }, async ({ params, body }, req, res) => {
      if (!isCoordination(actorOf(req))) throw new ForbiddenError('Only the coordination team sets folders');
      const committee = await resolveCommittee(store.committees, params.ref);
      res.json(await store.committees.setDocumentFolder(committee.id, body));
    }),
  );
  router.delete(
    '/:ref/calendar',
    handle({ params: CommitteeParams }, async ({ params }, req, res) => {
      if (!isCoordination(actorOf(req))) throw new ForbiddenError('Only the coordination team sets calendars');
      const committee = await resolveCommittee(store.committees, params.ref);
      res.json(await store.committees.setCalendarSource(committee.id, null));
    }),
  );
  router.delete(
    '/:ref/folder',
    handle({ params: CommitteeParams }, async ({ params }, req, res) => {
      if (!isCoordination(actorOf(req))) throw new ForbiddenError('Only the coordination team sets folders');
      const committee = await resolveCommittee(store.committees, params.ref);
      res.json(await store.committees.setDocumentFolder(committee.id, null));
    }),
  );
  return router;
}
