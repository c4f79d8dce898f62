import { Router } from 'express';
import type { FiscalYearStart } from '../../domain/fiscal-year/fiscal-year.js';
import { fiscalYearOf } from '../../domain/fiscal-year/fiscal-year.js';
import { handle } from '../validate.js';

/** What the tabs need to know of the server's configuration: the fiscal year's start and the current year. */
export function settingsRouter(options: { now: () => Date; fiscalYearStart: FiscalYearStart }): Router {
  const router = Router();
  router.get(
    '/',
    handle({}, async (_input, _req, res) => {
      res.json({
        fiscalYearStart: options.fiscalYearStart,
        currentFiscalYear: fiscalYearOf(options.now(), options.fiscalYearStart),
      });
    }),
  );
  return router;
}
