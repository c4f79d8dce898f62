import type { Person } from './person.js';

/**
 * Who may do what. The actor is always the authenticated person (token or Teams activity), never a
 * value taken from a request body or card data.
 */
export interface Actor {
  person: Person;
  /** Ids of the committees the person sits on. */
  committeeIds: readonly string[];
}

export const isCoordination = (actor: Actor): boolean =>
  actor.person.role === 'coordinator' || actor.person.role === 'liaison';

/** The coordination team manages every committee; members manage their own committee's meetings. */
export function canManageCommittee(actor: Actor, committeeId: string | null): boolean {
  if (isCoordination(actor)) return true;
  return committeeId !== null && actor.committeeIds.includes(committeeId);
}

/** Names of participants are shown to the coordination team and to members of the meeting's committee. */
export function canSeeNames(actor: Actor, committeeId: string | null): boolean {
  return canManageCommittee(actor, committeeId);
}

/**
 * Law 25: a family member's identity is shown only to the coordination team, to the family member
 * themself, and to members of a committee the family member sits on.
 */
export function canSeeFamilyMember(actor: Actor, familyMember: Person, familyCommitteeIds: readonly string[]): boolean {
  if (isCoordination(actor) || actor.person.id === familyMember.id) return true;
  return familyCommitteeIds.some((id) => actor.committeeIds.includes(id));
}
