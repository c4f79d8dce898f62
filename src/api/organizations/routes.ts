import { Router } from 'express';
import { isCoordination } from '../../domain/people/access.js';
import { ForbiddenError, NotFoundError } from '../../domain/shared/errors.js';
import type { Store } from '../../store/store.js';
import { actorOf } from '../authenticate.js';
import { IdParams } from '../shared-schema.js';
import { handle } from '../validate.js';
import { CreateOrganizationBody } from './schema.js';

export function organizationsRouter(store: Store): Router {
  const router = Router();
  router.get(
    '/',
    handle({}, async (_input, _req, res) => {
      res.json({ organizations: await store.organizations.list() });
    }),
  );
  router.get(
    '/:id',
    handle({ params: IdParams }, async ({ params }, _req, res) => {
      const organization = await store.organizations.get(params.id);
      if (!organization) throw new NotFoundError('organization', params.id);
      res.json(organization);
    }),
  );
  router.post(
    '/',
    handle({ body: CreateOrganizationBody }, async ({ body }, req, res) => {
      if (!isCoordination(actorOf(req))) throw new ForbiddenError('Only the coordination team can add partners');
      if (body.contactPersonId && !(await store.people.get(body.contactPersonId)))
        throw new NotFoundError('person', body.contactPersonId);
      res
        .status(201)
        .json(await store.organizations.create({ ...body, contactPersonId: body.contactPersonId ?? null }));
    }),
  );
  return router;
}
