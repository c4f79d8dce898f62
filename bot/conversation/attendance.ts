import { z } from 'zod';
import {
  AttendanceRefused,
  canCloseAttendance,
  checkIn,
  closeAttendance,
} from '../../src/domain/attendance/check-in.js';
import type { CheckInChoice } from '../../src/domain/attendance/check-in.js';
import { summarizeCounts } from '../../src/domain/attendance/summary.js';
import type { Attendance } from '../../src/domain/attendance/attendance.js';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import { currentOrNextMeeting, meetingForTeams } from '../../src/domain/meetings/teams-meeting.js';
import type { TeamsMeetingDetails } from '../../src/domain/meetings/teams-meeting.js';
import type { Actor } from '../../src/domain/people/access.js';
import { personForUser } from '../../src/domain/people/identify.js';
import { ParticipantCategory, Territory } from '../../src/domain/shared/vocabulary.js';
import { t, type Locale } from '../../src/i18n/catalog.js';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { attendanceCard } from '../cards/attendance-card.js';
import { noticeCard, withNotice } from '../cards/notice.js';
import { NO_ORGANIZATION, profileCard, SELF_CATEGORIES } from '../cards/profile-card.js';
import { summaryCard } from '../cards/summary-card.js';
import { actorOf, BotRefusal } from './bot-context.js';
import type { BotConversation, TurnInput } from './bot-context.js';
import type { BotDeps } from './bot-deps.js';
import { committeeName, committeeStanding, perMeetingTarget } from './committee-standing.js';

export const CheckInData = z.object({ meetingId: z.uuid(), choice: z.enum(['inPerson', 'online', 'excused']) });
export const MeetingData = z.object({ meetingId: z.uuid() });
export const ProfileData = CheckInData.extend({
  category: z.enum(SELF_CATEGORIES),
  territory: Territory,
  organizationId: z.union([z.uuid(), z.literal(NO_ORGANIZATION)]).optional(),
});

/** The meeting a card names, if it belongs to the committee this conversation is linked to. */
export async function meetingOfConversation(
  deps: BotDeps,
  conversation: BotConversation,
  meetingId: string,
): Promise<Meeting> {
  const { meeting, link } = await deps.contexts.get(conversation.id, meetingId);
  if (!meeting) throw new BotRefusal('refusal.notFound', 404);
  if (!link) throw new BotRefusal('link.notLinked');
  if (link.tenantId !== conversation.tenantId) throw new BotRefusal('refusal.otherTenant');
  if (meeting.committeeId !== link.committeeId) throw new BotRefusal('refusal.notLinkedCommittee');
  return meeting;
}

/**
 * The attendance card as one person sees it. Counts come from one aggregate query, not from every row;
 * `own` is the viewer's row when the caller already has it (a check-in returns it).
 */
export async function attendanceCardFor(
  deps: BotDeps,
  meeting: Meeting,
  actor: Actor | undefined,
  locale: Locale,
  own?: Attendance,
): Promise<AdaptiveCard> {
  const [counts, { committee, openActionItems: openItems, audience }, ownRow] = await Promise.all([
    deps.store.attendance.counts(meeting.id),
    deps.contexts.get(meeting.conversationId ?? '', meeting.id),
    own ?? (actor ? deps.store.attendance.get(meeting.id, actor.person.id) : undefined),
  ]);
  return attendanceCard({
    meeting,
    committeeName: committeeName(committee, locale),
    summary: summarizeCounts(counts),
    own: ownRow,
    canClose: actor ? canCloseAttendance(actor, meeting) : false,
    refreshUserIds: audience,
    openActionItems: openItems.map((open) => ({ text: open.item.text, dueOn: open.item.dueOn })),
    locale,
  });
}

/** The summary card of a meeting: present by category and mode, per-meeting target, the year so far. */
export async function summaryCardFor(deps: BotDeps, meeting: Meeting, locale: Locale): Promise<AdaptiveCard> {
  const committee = meeting.committeeId ? await deps.store.committees.get(meeting.committeeId) : undefined;
  return summaryCard({
    meeting,
    committeeName: committeeName(committee, locale),
    summary: summarizeCounts(await deps.store.attendance.counts(meeting.id)),
    perMeetingTarget: perMeetingTarget(deps, meeting),
    standing: await committeeStanding(deps, meeting),
    locale,
  });
}

function refusalText(error: unknown, locale: Locale): string | undefined {
  if (error instanceof BotRefusal) return t(locale, error.key);
  if (error instanceof AttendanceRefused) return t(locale, `refusal.${error.code as 'attendanceClosed'}`);
  return undefined;
}

async function checkInAndShow(deps: BotDeps, input: TurnInput, meeting: Meeting, actor: Actor, choice: CheckInChoice) {
  try {
    const own = await checkIn(
      { attendance: deps.store.attendance, now: deps.now },
      { meeting, person: actor.person, choice, source: 'card' },
    );
    return attendanceCardFor(deps, meeting, actor, input.locale, own);
  } catch (error) {
    const text = refusalText(error, input.locale);
    if (!text) throw error;
    return withNotice(await attendanceCardFor(deps, meeting, actor, input.locale), text);
  }
}

/** "Présent·e sur place / en ligne / Absence motivée": asks the person's profile the first time. */
export async function onCheckIn(deps: BotDeps, input: TurnInput, data: unknown): Promise<AdaptiveCard> {
  const { meetingId, choice } = CheckInData.parse(data);
  const actor = await actorOf(deps, input);
  const meeting = await meetingOfConversation(deps, input.conversation, meetingId);
  const needsProfile = actor.person.profileConfirmedAt === null && actor.person.role === 'member';
  if (needsProfile) {
    return profileCard({
      meetingId,
      choice,
      person: actor.person,
      organizations: await deps.store.organizations.list(),
      locale: input.locale,
    });
  }
  return checkInAndShow(deps, input, meeting, actor, choice);
}

export async function onSaveProfile(deps: BotDeps, input: TurnInput, data: unknown): Promise<AdaptiveCard> {
  const profile = ProfileData.parse(data);
  const actor = await actorOf(deps, input);
  const meeting = await meetingOfConversation(deps, input.conversation, profile.meetingId);
  const organizationId =
    profile.organizationId &&
    profile.organizationId !== NO_ORGANIZATION &&
    (await deps.store.organizations.get(profile.organizationId))
      ? profile.organizationId
      : null;
  const person = await deps.store.people.update(actor.person.id, {
    category: ParticipantCategory.parse(profile.category),
    territory: profile.territory,
    organizationId,
    profileConfirmedAt: deps.now().toISOString(),
  });
  return checkInAndShow(deps, input, meeting, { ...actor, person: person! }, profile.choice);
}

export async function onRefresh(deps: BotDeps, input: TurnInput, data: unknown): Promise<AdaptiveCard> {
  const { meetingId } = MeetingData.parse(data);
  const actor = await actorOf(deps, input);
  const meeting = await meetingOfConversation(deps, input.conversation, meetingId);
  return attendanceCardFor(deps, meeting, actor, input.locale);
}

/** "Clore les présences": the organizer or coordination only; the summary is posted after the answer. */
export async function onClose(deps: BotDeps, input: TurnInput, data: unknown): Promise<AdaptiveCard> {
  const { meetingId } = MeetingData.parse(data);
  const actor = await actorOf(deps, input);
  const meeting = await meetingOfConversation(deps, input.conversation, meetingId);
  if (!canCloseAttendance(actor, meeting))
    return withNotice(
      await attendanceCardFor(deps, meeting, actor, input.locale),
      t(input.locale, 'refusal.forbidden'),
    );
  const closed = await closeAttendance({ meetings: deps.store.meetings, now: deps.now }, actor, meeting);
  deps.contexts.forget();
  if (!meeting.attendanceClosedAt) postSummaryLater(deps, input, closed);
  return attendanceCardFor(deps, closed, actor, input.locale);
}

function postSummaryLater(deps: BotDeps, input: TurnInput, meeting: Meeting) {
  deps.background(async () =>
    deps.notifier.post(input.conversation.reference, await summaryCardFor(deps, meeting, input.locale)),
  );
}

/** `présences` / `attendance`: the card of the meeting under way or the next one of the linked committee. */
export async function attendanceCommand(deps: BotDeps, input: TurnInput): Promise<AdaptiveCard> {
  const actor = await actorOf(deps, input);
  const link = await deps.store.conversationLinks.get(input.conversation.id);
  if (!link) return noticeCard(t(input.locale, 'link.notLinked'), 'warning');
  const meetings = await deps.store.meetings.list({
    committeeId: link.committeeId,
    from: new Date(deps.now().getTime() - 7 * 86_400_000),
  });
  const meeting = currentOrNextMeeting(meetings, deps.now());
  if (!meeting) return noticeCard(t(input.locale, 'attendance.noMeeting'), 'warning');
  return attendanceCardFor(deps, meeting, actor, input.locale);
}

/** A Teams meeting started in a linked conversation: find or create its record and post the card. */
export async function onMeetingStart(
  deps: BotDeps,
  input: TurnInput,
  details: TeamsMeetingDetails,
): Promise<AdaptiveCard | undefined> {
  const link = await deps.store.conversationLinks.get(input.conversation.id);
  if (!link) return noticeCard(t(input.locale, 'link.notLinked'), 'warning');
  const committee = await deps.store.committees.get(link.committeeId);
  if (!committee) return undefined;
  const organizer =
    input.user.aadObjectId && input.conversation.tenantId
      ? await deps.store.people.findByEntraId(input.conversation.tenantId, input.user.aadObjectId)
      : undefined;
  const meeting = await meetingForTeams(
    { meetings: deps.store.meetings, now: deps.now },
    details,
    committee,
    organizer?.id ?? null,
  );
  return attendanceCardFor(deps, meeting, undefined, input.locale);
}

/** The Teams meeting ended: attendance closes and the summary is posted. */
export async function onMeetingEnd(
  deps: BotDeps,
  input: TurnInput,
  teamsMeetingId: string,
): Promise<AdaptiveCard | undefined> {
  const [meeting] = await deps.store.meetings.list({ teamsMeetingId });
  if (!meeting || meeting.status === 'cancelled') return undefined;
  const closed = meeting.attendanceClosedAt
    ? meeting
    : (await deps.store.meetings.update(meeting.id, { attendanceClosedAt: deps.now().toISOString(), status: 'held' }))!;
  deps.contexts.forget();
  return summaryCardFor(deps, closed, input.locale);
}

export interface JoinedParticipant {
  aadObjectId: string;
  teamsUserId: string | undefined;
  name: string | undefined;
  tenantId: string;
}

/** Participants seen in the Teams meeting are present online (source `teams`), merged with card check-ins. */
export async function onParticipantsJoin(
  deps: BotDeps,
  teamsMeetingId: string,
  participants: JoinedParticipant[],
): Promise<number> {
  const [meeting] = await deps.store.meetings.list({ teamsMeetingId });
  if (!meeting || meeting.status === 'cancelled' || meeting.attendanceClosedAt) return 0;
  let recorded = 0;
  for (const participant of participants) {
    if (deps.tenantId && participant.tenantId !== deps.tenantId) continue;
    const person = await personForUser(deps.store.people, {
      tenantId: participant.tenantId,
      objectId: participant.aadObjectId,
      name: participant.name,
      email: undefined,
    });
    if (participant.teamsUserId && person.teamsUserId !== participant.teamsUserId)
      await deps.store.people.rememberTeamsUserId(person.id, participant.teamsUserId);
    await checkIn(
      { attendance: deps.store.attendance, now: deps.now },
      { meeting, person, choice: 'online', source: 'teams' },
    );
    recorded++;
  }
  return recorded;
}

export { refusalText };
