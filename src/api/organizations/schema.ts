import { z } from 'zod';
import { LocalDate } from '../../domain/shared/ids.js';
import { OrganizationSector, Territory } from '../../domain/shared/vocabulary.js';

export const CreateOrganizationBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    sector: OrganizationSector,
    territory: Territory,
    joinedOn: LocalDate,
    contactPersonId: z.uuid().nullable().optional(),
  })
  .strict();
