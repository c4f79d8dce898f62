import { z } from 'zod';
import { FiscalYearLabel } from '../shared-schema.js';

export const IndicatorsQuery = z
  .object({
    fiscalYear: FiscalYearLabel,
    plan: z
      .string()
      .regex(/^\d{4}-\d{4}$/, 'expected a plan like 2021-2024')
      .optional(),
  })
  .strict();
