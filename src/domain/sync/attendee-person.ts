import type { Person } from '../people/person.js';
import type { PersonRepository } from '../people/ports.js';
import type { Attendee } from './attendance-report.js';

/**
 * The person behind a report's attendee: by Entra object id, then by email (linking the Entra identity
 * when the person had none), else a new person of category `other` for the coordinator to classify.
 */
export async function personForAttendee(
  people: PersonRepository,
  attendee: Attendee,
): Promise<{ person: Person; created: boolean }> {
  if (attendee.objectId && attendee.tenantId) {
    const known = await people.findByEntraId(attendee.tenantId, attendee.objectId);
    if (known) return { person: known, created: false };
  }
  if (attendee.email) {
    const byEmail = await people.findByEmail(attendee.email);
    if (byEmail) {
      if (!byEmail.aadObjectId && attendee.objectId && attendee.tenantId) {
        await people.linkEntraIdentity(byEmail.id, attendee.tenantId, attendee.objectId);
        return { person: { ...byEmail, aadObjectId: attendee.objectId, tenantId: attendee.tenantId }, created: false };
      }
      return { person: byEmail, created: false };
    }
  }
  const person = await people.create({
    displayName: attendee.displayName || attendee.email || 'Participant·e Teams',
    email: attendee.email,
    aadObjectId: attendee.tenantId ? attendee.objectId : null,
    tenantId: attendee.objectId ? attendee.tenantId : null,
    category: 'other',
  });
  return { person, created: true };
}
