import { z } from 'zod';
import { Id } from '../shared/ids.js';
import { Locale, Territory } from '../shared/vocabulary.js';

/** A practice shared by a practitioner in the co-development space. */
export const Practice = z.object({
  id: Id,
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(2000),
  context: z.string().max(5000),
  whatWasDone: z.string().max(10000),
  whatWorked: z.string().max(5000),
  themes: z.array(z.string().min(1).max(60)).max(20),
  authorId: Id,
  organizationId: Id.nullable(),
  territory: Territory.nullable(),
  language: Locale,
  status: z.enum(['published', 'hidden']),
  publishedAt: z.string(),
  updatedAt: z.string(),
});
export type Practice = z.infer<typeof Practice>;
