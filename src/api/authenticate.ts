import type { RequestHandler } from 'express';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { Actor } from '../domain/people/access.js';
import { personForUser } from '../domain/people/identify.js';
import { UnauthenticatedError } from '../domain/shared/errors.js';
import type { Store } from '../store/store.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The authenticated person, set by `authenticate`. */
    actor?: Actor;
  }
}

/** Every /api/v1 request carries a bearer token: a Teams SSO token, or a development token outside production. */
export function authenticate(verify: TokenVerifier, store: Pick<Store, 'people' | 'committees'>): RequestHandler {
  return async (req, _res, next) => {
    try {
      const header = req.get('authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new UnauthenticatedError('A bearer token is required (Authorization: Bearer …)');
      const identity = await verify(match[1]!);
      const person = await personForUser(store.people, identity);
      req.actor = { person, committeeIds: await store.committees.committeesOf(person.id) };
      next();
    } catch (error) {
      next(error);
    }
  };
}

export function actorOf(req: { actor?: Actor }): Actor {
  if (!req.actor) throw new UnauthenticatedError();
  return req.actor;
}
