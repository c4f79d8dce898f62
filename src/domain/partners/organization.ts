import { z } from 'zod';
import { Id, LocalDate } from '../shared/ids.js';
import { OrganizationSector, Territory } from '../shared/vocabulary.js';

/** A partner organization of the concertation. */
export const Organization = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  sector: OrganizationSector,
  territory: Territory,
  /** The day the organization joined IPECN; `newPartners` counts these per fiscal year. */
  joinedOn: LocalDate,
  /** The person at the organization that IPECN talks to. */
  contactPersonId: Id.nullable(),
  createdAt: z.string(),
});
export type Organization = z.infer<typeof Organization>;

export const NewOrganization = Organization.omit({ id: true, createdAt: true }).extend({
  contactPersonId: Id.nullable().default(null),
});
export type NewOrganization = z.input<typeof NewOrganization>;
