import { Router } from 'express';
import type { Actor } from '../../domain/people/access.js';
import { canSeeFamilyMember, isCoordination } from '../../domain/people/access.js';
import type { Person } from '../../domain/people/person.js';
import { resolveCommittee } from '../../domain/meetings/meeting-service.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/shared/errors.js';
import type { Store } from '../../store/store.js';
import { actorOf } from '../authenticate.js';
import { IdParams } from '../shared-schema.js';
import { handle } from '../validate.js';
import { CreatePersonBody } from './schema.js';

export function peopleRouter(store: Store): Router {
  const router = Router();

  /** Law 25: family members are visible to the coordination team, themselves and their committees. */
  async function visibleTo(actor: Actor, person: Person): Promise<boolean> {
    if (person.category !== 'family') return true;
    return canSeeFamilyMember(actor, person, await store.committees.committeesOf(person.id));
  }

  async function logFamilyRead(actor: Actor, person: Person) {
    if (person.category === 'family' && person.id !== actor.person.id)
      await store.audit.record({
        actorId: actor.person.id,
        action: 'person.read',
        subjectType: 'person',
        subjectId: person.id,
      });
  }

  router.get(
    '/me',
    handle({}, async (_input, req, res) => {
      const actor = actorOf(req);
      res.json({ ...actor.person, committeeIds: actor.committeeIds });
    }),
  );

  router.get(
    '/',
    handle({}, async (_input, req, res) => {
      const actor = actorOf(req);
      const visible: Person[] = [];
      for (const person of await store.people.list()) if (await visibleTo(actor, person)) visible.push(person);
      await Promise.all(visible.map((person) => logFamilyRead(actor, person)));
      res.json({ people: visible });
    }),
  );

  router.get(
    '/:id',
    handle({ params: IdParams }, async ({ params }, req, res) => {
      const actor = actorOf(req);
      const person = await store.people.get(params.id);
      // A hidden family member answers like an unknown id: existence itself is personal information.
      if (!person || !(await visibleTo(actor, person))) throw new NotFoundError('person', params.id);
      await logFamilyRead(actor, person);
      res.json(person);
    }),
  );

  router.post(
    '/',
    handle({ body: CreatePersonBody }, async ({ body }, req, res) => {
      const actor = actorOf(req);
      if (!isCoordination(actor)) throw new ForbiddenError('Only the coordination team can add people');
      const { committees: committeeRefs = [], ...input } = body;
      if (input.email && (await store.people.findByEmail(input.email)))
        throw new ConflictError(`email: ${input.email} is already used by another person`);
      if (input.organizationId && !(await store.organizations.get(input.organizationId)))
        throw new NotFoundError('organization', input.organizationId);
      const committees = await Promise.all(committeeRefs.map((ref) => resolveCommittee(store.committees, ref)));
      const person = await store.transaction(async (trx) => {
        const created = await trx.people.create(input);
        for (const committee of committees) await trx.committees.addMember(committee.id, created.id, 'member');
        return created;
      });
      res.status(201).json(person);
    }),
  );

  return router;
}
