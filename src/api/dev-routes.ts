import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import type { DevIssuer } from '../auth/dev-issuer.js';
import { DEV_TENANT_ID } from '../auth/dev-issuer.js';
import { NotFoundError } from '../domain/shared/errors.js';
import type { Store } from '../store/store.js';
import { handle } from './validate.js';

const DevTokenBody = z.object({ user: z.string().trim().min(1).max(320) }).strict();

/**
 * Development sign-in: a token for any stored person, named by email or id. These routes are mounted only
 * when no Entra app is configured and never in production.
 */
export function devRouter(store: Store, issuer: DevIssuer): Router {
  const router = Router();
  router.get('/jwks.json', (_req, res) => {
    res.json(issuer.jwks);
  });
  router.post(
    '/token',
    handle({ body: DevTokenBody }, async ({ body }, _req, res) => {
      const person = body.user.includes('@')
        ? await store.people.findByEmail(body.user.toLowerCase())
        : z.uuid().safeParse(body.user).success
          ? await store.people.get(body.user)
          : undefined;
      if (!person) throw new NotFoundError('person', body.user);
      let { tenantId, aadObjectId } = person;
      if (!tenantId || !aadObjectId) {
        // People without a Teams account (often families) get a development identity on first sign-in.
        tenantId = DEV_TENANT_ID;
        aadObjectId = randomUUID();
        await store.people.linkEntraIdentity(person.id, tenantId, aadObjectId);
      }
      const token = await issuer.issue({
        tenantId,
        objectId: aadObjectId,
        name: person.displayName,
        email: person.email,
      });
      res.json({
        token,
        tokenType: 'Bearer',
        expiresIn: 8 * 3600,
        person: { id: person.id, displayName: person.displayName },
      });
    }),
  );
  return router;
}
