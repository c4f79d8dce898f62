import { z } from 'zod';
import { Id } from '../shared/ids.js';
import { Locale, ParticipantCategory, Territory } from '../shared/vocabulary.js';

/** What the app lets a person do, beyond being a committee member. */
export const AppRole = z.enum(['coordinator', 'liaison', 'member']);
export type AppRole = z.infer<typeof AppRole>;

export const Person = z.object({
  id: Id,
  displayName: z.string().trim().min(1).max(200),
  email: z.email().max(320).nullable(),
  /** Entra ID object id and tenant, when the person uses Teams. */
  aadObjectId: z.uuid().nullable(),
  tenantId: z.uuid().nullable(),
  category: ParticipantCategory,
  organizationId: Id.nullable(),
  territory: Territory.nullable(),
  role: AppRole,
  preferredLocale: Locale,
  createdAt: z.string(),
  /** When the person confirmed their category and territory (asked at their first check-in). */
  profileConfirmedAt: z.string().nullable(),
  /** The Teams user id (29:…) the bot last saw for this person. */
  teamsUserId: z.string().nullable(),
});
export type Person = z.infer<typeof Person>;

export const NewPerson = Person.omit({ id: true, createdAt: true }).extend({
  profileConfirmedAt: z.string().nullable().default(null),
  teamsUserId: z.string().nullable().default(null),
  email: z.email().max(320).nullable().default(null),
  aadObjectId: z.uuid().nullable().default(null),
  tenantId: z.uuid().nullable().default(null),
  organizationId: Id.nullable().default(null),
  territory: Territory.nullable().default(null),
  role: AppRole.default('member'),
  preferredLocale: Locale.default('fr-CA'),
});
export type NewPerson = z.input<typeof NewPerson>;

/** Law 25: why a person's information is kept, when and how they agreed. */
export const ConsentRecord = z.object({
  personId: Id,
  purpose: z.enum(['participation', 'statistics', 'photos', 'contact']),
  givenAt: z.string(),
  /** Version of the consent text the person saw, e.g. `2025-04-fr`. */
  textVersion: z.string().min(1).max(40),
  /** Who recorded it: the person themself or a practitioner on their behalf. */
  givenBy: Id,
  withdrawnAt: z.string().nullable(),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;
