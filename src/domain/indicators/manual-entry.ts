import { z } from 'zod';
import { Id } from '../shared/ids.js';
import { FiscalYearLabel } from '../fiscal-year/fiscal-year.js';

/** A value the coordinator enters for an indicator no stored data computes. Edits add rows: history is kept. */
export const ManualIndicatorEntry = z.object({
  id: Id,
  indicatorId: z.string().min(1),
  fiscalYear: FiscalYearLabel,
  value: z.number().nonnegative(),
  note: z.string().trim().max(2000),
  enteredBy: Id,
  enteredAt: z.string(),
});
export type ManualIndicatorEntry = z.infer<typeof ManualIndicatorEntry>;
