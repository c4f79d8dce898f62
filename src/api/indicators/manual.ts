import { Router } from 'express';
import { z } from 'zod';
import type { IndicatorDefinition } from '../../domain/indicators/definition.js';
import { isCoordination } from '../../domain/people/access.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/shared/errors.js';
import type { Store } from '../../store/store.js';
import { actorOf } from '../authenticate.js';
import { FiscalYearLabel } from '../shared-schema.js';
import { handle } from '../validate.js';

export const ManualEntryBody = z
  .object({
    indicatorId: z.string().min(1).max(200),
    fiscalYear: FiscalYearLabel,
    value: z.number().finite().nonnegative().max(1_000_000_000),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();

export const ManualEntryQuery = z
  .object({ indicatorId: z.string().min(1).max(200), fiscalYear: FiscalYearLabel })
  .strict();

/**
 * Values the coordinator enters for indicators no stored data computes (leaflets distributed…). Every
 * entry is kept: the latest counts, the others are the history, with who entered them and why.
 */
export function manualIndicatorsRouter(store: Store, definitions: readonly IndicatorDefinition[]): Router {
  const router = Router();
  const manualDefinition = (id: string) => {
    const definition = definitions.find((candidate) => candidate.id === id);
    if (!definition) throw new NotFoundError('indicator', id);
    if (definition.measure.type !== 'manual')
      throw new ValidationError(`indicatorId: ${id} is computed from stored data, not entered`);
    return definition;
  };

  router.get(
    '/',
    handle({ query: ManualEntryQuery }, async ({ query }, _req, res) => {
      manualDefinition(query.indicatorId);
      res.json({ entries: await store.manualIndicators.history(query.indicatorId, query.fiscalYear) });
    }),
  );

  router.post(
    '/',
    handle({ body: ManualEntryBody }, async ({ body }, req, res) => {
      const actor = actorOf(req);
      if (!isCoordination(actor)) throw new ForbiddenError('Only the coordination team enters indicator values');
      manualDefinition(body.indicatorId);
      const entry = await store.manualIndicators.add({ ...body, enteredBy: actor.person.id });
      await store.audit.record({
        actorId: actor.person.id,
        action: 'indicator.manualEntry',
        subjectType: 'indicator',
        subjectId: body.indicatorId,
        details: { fiscalYear: body.fiscalYear, value: body.value },
      });
      res.status(201).json(entry);
    }),
  );
  return router;
}
