import type { Committee } from '../committees/committee.js';
import { IPECN_TIME_ZONE } from '../shared/vocabulary.js';
import type { Meeting } from './meeting.js';
import type { MeetingRepository } from './ports.js';

export interface TeamsMeetingDetails {
  teamsMeetingId: string;
  title: string | undefined;
  startsAt: Date;
  joinUrl: string | undefined;
  conversationId: string;
}

const DEFAULT_DURATION_MS = 2 * 3600_000;

/**
 * The meeting record behind a Teams meeting: found by its Teams id, or else (the meeting was not synced
 * from a calendar) created for the committee linked to the conversation. A meeting that starts took place.
 */
export async function meetingForTeams(
  deps: { meetings: MeetingRepository; now: () => Date },
  details: TeamsMeetingDetails,
  committee: Committee,
  organizerId: string | null,
): Promise<Meeting> {
  const [known] = await deps.meetings.list({ teamsMeetingId: details.teamsMeetingId });
  if (known) {
    if (known.status === 'planned' && details.startsAt.getTime() <= deps.now().getTime())
      return (await deps.meetings.update(known.id, { status: 'held' }))!;
    return known;
  }
  return deps.meetings.create({
    committeeId: committee.id,
    kind: committee.kind,
    title: details.title?.trim().slice(0, 200) || committee.name.fr,
    startsAt: details.startsAt.toISOString(),
    endsAt: new Date(details.startsAt.getTime() + DEFAULT_DURATION_MS).toISOString(),
    timeZone: IPECN_TIME_ZONE,
    mode: 'online',
    territory: null,
    location: null,
    status: 'held',
    graphEventId: null,
    iCalUId: null,
    teamsMeetingId: details.teamsMeetingId,
    onlineJoinUrl: details.joinUrl ?? null,
    conversationId: details.conversationId,
    organizerId,
    attendanceClosedAt: null,
  });
}

/**
 * The meeting that `présences` means in a conversation: the one under way, or else the next one of the
 * committee (today or later), or else the most recent one whose attendance is still open.
 */
export function currentOrNextMeeting(meetings: readonly Meeting[], now: Date): Meeting | undefined {
  const live = meetings.filter((m) => m.status !== 'cancelled');
  const t = now.getTime();
  const underWay = live.find(
    (m) => new Date(m.startsAt).getTime() - 3600_000 <= t && t <= new Date(m.endsAt).getTime(),
  );
  if (underWay) return underWay;
  const upcoming = live
    .filter((m) => new Date(m.startsAt).getTime() > t)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (upcoming) return upcoming;
  return live
    .filter((m) => !m.attendanceClosedAt && new Date(m.startsAt).getTime() <= t)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
}
