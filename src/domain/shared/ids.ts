import { z } from 'zod';

export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** An instant with its offset, as Graph and the API exchange them: `2025-10-07T18:30:00-04:00`. */
export const Instant = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`. */
export const LocalDate = z.iso.date();
