import { z } from 'zod';
import { FiscalYearLabel } from '../domain/fiscal-year/fiscal-year.js';

export const IdParams = z.object({ id: z.uuid() });

/** A query string value that may be repeated (`?kind=a&kind=b`) or comma-separated (`?kind=a,b`). */
export const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).min(1));

export { FiscalYearLabel };
