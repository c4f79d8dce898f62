import { Router } from 'express';
import type { FiscalYearStart } from '../../domain/fiscal-year/fiscal-year.js';
import { indicatorReport } from '../../domain/indicators/report.js';
import type { ReferenceData } from '../../domain/reference/reference-data.js';
import type { Store } from '../../store/store.js';
import { protectIndicatorResult } from '../../domain/indicators/protect-result.js';
import { isCoordination } from '../../domain/people/access.js';
import { actorOf } from '../authenticate.js';
import { handle } from '../validate.js';
import { IndicatorsQuery } from './schema.js';

export function indicatorsRouter(
  store: Store,
  options: { reference: ReferenceData; now: () => Date; fiscalYearStart: FiscalYearStart },
): Router {
  const router = Router();
  router.get(
    '/',
    handle({ query: IndicatorsQuery }, async ({ query }, req, res) => {
      const report = await indicatorReport({
        plans: options.reference.plans,
        definitions: options.reference.indicators,
        fiscalYear: query.fiscalYear,
        planId: query.plan,
        facts: store.indicatorFacts,
        now: options.now(),
        fiscalYearStart: options.fiscalYearStart,
      });
      // The coordination team sees the exact figures; everyone else gets small family counts protected.
      res.json(
        isCoordination(actorOf(req))
          ? report
          : { ...report, indicators: report.indicators.map(protectIndicatorResult) },
      );
    }),
  );
  return router;
}
