import type { Actor } from '../people/access.js';
import { canManageCommittee } from '../people/access.js';
import type { CommitteeRepository } from '../committees/ports.js';
import { CommitteeKind } from '../shared/vocabulary.js';
import type { MeetingKind, MeetingMode, MeetingStatus, Territory } from '../shared/vocabulary.js';
import { IPECN_TIME_ZONE } from '../shared/vocabulary.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.js';
import type { Meeting } from './meeting.js';
import type { MeetingRepository } from './ports.js';

export interface MeetingDeps {
  meetings: MeetingRepository;
  committees: CommitteeRepository;
  now: () => Date;
}

export interface MeetingInput {
  committee?: string | null | undefined;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  mode: MeetingMode;
  territory?: Territory | null | undefined;
  location?: string | null | undefined;
  status?: MeetingStatus | undefined;
}

/** A committee is named by its slug or its id. */
async function resolveCommittee(committees: CommitteeRepository, ref: string) {
  const committee = (await committees.getBySlug(ref)) ?? (await committees.get(ref));
  if (!committee) throw new NotFoundError('committee', ref);
  return committee;
}

function checkTimes(startsAt: Date, endsAt: Date) {
  if (endsAt.getTime() <= startsAt.getTime()) throw new ValidationError('endsAt: must be after startsAt');
  if (endsAt.getTime() - startsAt.getTime() > 14 * 24 * 3600_000)
    throw new ValidationError('endsAt: an event lasts at most 14 days');
}

function checkStatus(status: MeetingStatus, startsAt: Date, now: Date) {
  if (status === 'held' && startsAt.getTime() > now.getTime())
    throw new ConflictError('status: a meeting that has not started yet cannot be marked held');
}

/** Committee meetings carry their committee's kind; other events may belong to a committee or not. */
async function committeeFor(deps: MeetingDeps, kind: MeetingKind, ref: string | null | undefined) {
  const committee = ref ? await resolveCommittee(deps.committees, ref) : null;
  const isCommitteeKind = CommitteeKind.safeParse(kind).success;
  if (isCommitteeKind && !committee) throw new ValidationError(`committee: required for a ${kind} meeting`);
  if (isCommitteeKind && committee && committee.kind !== kind)
    throw new ValidationError(`kind: ${committee.slug} holds ${committee.kind} meetings, not ${kind}`);
  return committee;
}

export async function createMeeting(deps: MeetingDeps, actor: Actor, input: MeetingInput): Promise<Meeting> {
  const committee = await committeeFor(deps, input.kind, input.committee);
  if (!canManageCommittee(actor, committee?.id ?? null))
    throw new ForbiddenError('Only the coordination team or members of the committee can add its meetings');
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  checkTimes(startsAt, endsAt);
  const status = input.status ?? 'planned';
  checkStatus(status, startsAt, deps.now());
  return deps.meetings.create({
    committeeId: committee?.id ?? null,
    kind: input.kind,
    title: input.title,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone: IPECN_TIME_ZONE,
    mode: input.mode,
    territory: input.territory ?? null,
    location: input.location ?? null,
    status,
    graphEventId: null,
    iCalUId: null,
    teamsMeetingId: null,
    onlineJoinUrl: null,
  });
}

export async function updateMeeting(
  deps: MeetingDeps,
  actor: Actor,
  id: string,
  changes: Partial<MeetingInput>,
): Promise<Meeting> {
  const meeting = await deps.meetings.get(id);
  if (!meeting) throw new NotFoundError('meeting', id);
  if (!canManageCommittee(actor, meeting.committeeId))
    throw new ForbiddenError('Only the coordination team or members of the committee can change its meetings');
  const kind = changes.kind ?? meeting.kind;
  const committee =
    changes.committee !== undefined || changes.kind !== undefined
      ? await committeeFor(deps, kind, changes.committee !== undefined ? changes.committee : meeting.committeeId)
      : undefined;
  if (committee && !canManageCommittee(actor, committee.id))
    throw new ForbiddenError('Only the coordination team or members of the committee can add its meetings');
  const startsAt = new Date(changes.startsAt ?? meeting.startsAt);
  const endsAt = new Date(changes.endsAt ?? meeting.endsAt);
  checkTimes(startsAt, endsAt);
  checkStatus(changes.status ?? meeting.status, startsAt, deps.now());
  const updated = await deps.meetings.update(id, {
    ...(committee !== undefined ? { committeeId: committee?.id ?? null } : {}),
    ...(changes.kind ? { kind: changes.kind } : {}),
    ...(changes.title ? { title: changes.title } : {}),
    ...(changes.startsAt ? { startsAt: startsAt.toISOString() } : {}),
    ...(changes.endsAt ? { endsAt: endsAt.toISOString() } : {}),
    ...(changes.mode ? { mode: changes.mode } : {}),
    ...(changes.territory !== undefined ? { territory: changes.territory } : {}),
    ...(changes.location !== undefined ? { location: changes.location } : {}),
    ...(changes.status ? { status: changes.status } : {}),
  });
  return updated!;
}

export { resolveCommittee };
