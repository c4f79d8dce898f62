import type { Person } from './person.js';
import type { PersonRepository } from './ports.js';

export interface SignedInUser {
  tenantId: string;
  objectId: string;
  name: string | undefined;
  email: string | undefined;
}

/**
 * The person behind a signed-in Teams user: by Entra object id, else by email (then linked), else a new
 * person of category `other` for the coordinator to classify. Identity always comes from the token or the
 * Teams activity, never from data the user typed.
 */
export async function personForUser(people: PersonRepository, user: SignedInUser): Promise<Person> {
  const known = await people.findByEntraId(user.tenantId, user.objectId);
  if (known) return known;
  if (user.email) {
    const byEmail = await people.findByEmail(user.email);
    if (byEmail && !byEmail.aadObjectId) {
      await people.linkEntraIdentity(byEmail.id, user.tenantId, user.objectId);
      return { ...byEmail, tenantId: user.tenantId, aadObjectId: user.objectId };
    }
  }
  return people.create({
    displayName: user.name?.trim() || user.email || 'Nouvelle personne',
    email: user.email ?? null,
    aadObjectId: user.objectId,
    tenantId: user.tenantId,
    category: 'other',
  });
}
