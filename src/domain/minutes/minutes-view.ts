import type { Committee } from '../committees/committee.js';
import type { CommitteeRepository } from '../committees/ports.js';
import type { Meeting } from '../meetings/meeting.js';
import type { MeetingRepository } from '../meetings/ports.js';
import type { Actor } from '../people/access.js';
import { canManageCommittee } from '../people/access.js';
import type { PersonRepository } from '../people/ports.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import type { Locale } from '../shared/vocabulary.js';
import type { Minutes } from './minutes.js';
import type { MinutesRepository, RenderMinutesDocument } from './ports.js';

export interface MinutesDeps {
  minutes: MinutesRepository;
  meetings: MeetingRepository;
  committees: CommitteeRepository;
  people: PersonRepository;
  now: () => Date;
  /** Renders adopted minutes as the document kept for SharePoint. */
  renderDocument: RenderMinutesDocument;
  /** Language of the adopted document; French (Québec) unless told otherwise. */
  documentLocale?: Locale;
}

export interface MinutesPerson {
  id: string;
  displayName: string;
  /** A member of the meeting's committee: offered as an owner, mover or seconder. */
  member: boolean;
}

/** What the minutes card shows, and what the actor may do with it. */
export interface MinutesView {
  meeting: Meeting;
  committee: Committee | null;
  minutes: Minutes;
  /** False once adopted: the minutes are locked. */
  canEdit: boolean;
  /** The committee's members and anyone else the minutes name, by display name. */
  people: MinutesPerson[];
  /**
   * Adopted minutes: the meeting at which they were adopted. Circulated minutes: where they can be adopted now,
   * the committee's latest later meeting that has begun. Otherwise none.
   */
  adoptionMeeting: Meeting | null;
}

/** Adoption happens at a meeting: from an hour before it starts (people arrive early), never before. */
const EARLY_START_MS = 60 * 60_000;

export const hasBegun = (meeting: Meeting, now: Date): boolean =>
  Date.parse(meeting.startsAt) - EARLY_START_MS <= now.getTime();

/** The meeting and its committee, once the actor is known to be allowed to see and edit its minutes. */
export async function meetingFor(deps: MinutesDeps, actor: Actor, meetingId: string) {
  const meeting = await deps.meetings.get(meetingId);
  if (!meeting) throw new NotFoundError('meeting', meetingId);
  if (!canManageCommittee(actor, meeting.committeeId))
    throw new ForbiddenError('Only the coordination team or members of the committee can see and edit its minutes');
  const committee = meeting.committeeId ? ((await deps.committees.get(meeting.committeeId)) ?? null) : null;
  return { meeting, committee };
}

async function adoptionMeetingFor(deps: MinutesDeps, meeting: Meeting, minutes: Minutes): Promise<Meeting | null> {
  if (minutes.adoptedAtMeetingId) return (await deps.meetings.get(minutes.adoptedAtMeetingId)) ?? null;
  if (minutes.status !== 'circulated' || !meeting.committeeId) return null;
  const now = deps.now();
  const later = await deps.meetings.list({ committeeId: meeting.committeeId, from: new Date(meeting.startsAt) });
  const begun = later.filter(
    (other) =>
      Date.parse(other.startsAt) > Date.parse(meeting.startsAt) && other.status !== 'cancelled' && hasBegun(other, now),
  );
  return begun.at(-1) ?? null;
}

function namedIn(minutes: Minutes): string[] {
  const ids = [...minutes.actionItems.map((item) => item.ownerId), minutes.proposedBy, minutes.secondedBy];
  return ids.filter((id): id is string => id !== null);
}

export async function peopleFor(
  deps: MinutesDeps,
  committee: Committee | null,
  minutes: Minutes,
): Promise<MinutesPerson[]> {
  const memberIds = committee ? (await deps.committees.members(committee.id)).map((member) => member.personId) : [];
  const people: MinutesPerson[] = [];
  for (const id of new Set([...memberIds, ...namedIn(minutes)])) {
    const person = await deps.people.get(id);
    if (person) people.push({ id, displayName: person.displayName, member: memberIds.includes(id) });
  }
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr-CA'));
}

export async function viewOf(
  deps: MinutesDeps,
  meeting: Meeting,
  committee: Committee | null,
  minutes: Minutes,
): Promise<MinutesView> {
  return {
    meeting,
    committee,
    minutes,
    canEdit: minutes.status !== 'adopted',
    people: await peopleFor(deps, committee, minutes),
    adoptionMeeting: await adoptionMeetingFor(deps, meeting, minutes),
  };
}
