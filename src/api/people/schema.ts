import { z } from 'zod';
import { AppRole } from '../../domain/people/person.js';
import { Locale, ParticipantCategory, Territory } from '../../domain/shared/vocabulary.js';

export const CreatePersonBody = z
  .object({
    displayName: z.string().trim().min(1).max(200),
    email: z
      .email()
      .max(320)
      .transform((email) => email.toLowerCase())
      .nullable()
      .optional(),
    category: ParticipantCategory,
    organizationId: z.uuid().nullable().optional(),
    territory: Territory.nullable().optional(),
    role: AppRole.optional(),
    preferredLocale: Locale.optional(),
    committees: z.array(z.string().min(1).max(100)).max(20).optional(),
  })
  .strict();
