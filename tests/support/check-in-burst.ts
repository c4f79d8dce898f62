import { randomUUID } from 'node:crypto';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import { ensureReferenceCommittees } from '../../src/domain/committees/reference-committees.js';
import { referenceData } from '../../src/domain/reference/reference-data.js';
import type { Store } from '../../src/store/store.js';
import { recordedActivity } from './bot.js';
import { addMeeting } from './factories.js';

export const BURST_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BURST_CONVERSATION = '19:meeting_NjU5ZWQ1YjEtMDk0Ny00Y2I3LWE5MjctZDNjMjNmZDYzMGEy@thread.v2';

export interface BurstSetup {
  meeting: Meeting;
  people: { aadObjectId: string; teamsUserId: string; personId: string }[];
}

/**
 * A linked meeting under way and `count` people who have already told their category, so that each of
 * their check-ins is a single Action.Execute.
 */
export async function prepareCheckInBurst(store: Store, count: number, startsAt = new Date()): Promise<BurstSetup> {
  await ensureReferenceCommittees(store.committees, referenceData.committees);
  const committee = (await store.committees.getBySlug('comite-parents-intervenants'))!;
  const people = [];
  for (let i = 0; i < count; i++) {
    const aadObjectId = randomUUID();
    const person = await store.people.create({
      displayName: `Participant·e ${i + 1}`,
      category: i % 3 === 0 ? 'family' : 'practitioner',
      territory: 'agglomerationQuebec',
      tenantId: BURST_TENANT,
      aadObjectId,
      profileConfirmedAt: new Date(0).toISOString(),
    });
    people.push({ aadObjectId, teamsUserId: `29:burst-${i}`, personId: person.id });
  }
  await store.conversationLinks.link({
    conversationId: BURST_CONVERSATION,
    committeeId: committee.id,
    tenantId: BURST_TENANT,
    conversationType: 'groupChat',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    linkedBy: people[0]!.personId,
  });
  const meeting = await addMeeting(store, {
    committeeId: committee.id,
    kind: 'parentPractitioner',
    title: 'Rencontre du comité parents-intervenants',
    startsAt: startsAt.toISOString(),
    mode: 'hybrid',
    territory: null,
    conversationId: BURST_CONVERSATION,
  });
  return { meeting, people };
}

/** The recorded check-in invoke, sent by one person (identity in `from`, as Teams sets it). */
export function checkInActivity(
  meetingId: string,
  person: { aadObjectId: string; teamsUserId: string },
  serviceUrl: string,
) {
  const activity = recordedActivity('invoke-attendance-checkin');
  return {
    ...activity,
    id: `f:${randomUUID()}`,
    serviceUrl,
    from: { id: person.teamsUserId, name: 'Participant·e', aadObjectId: person.aadObjectId },
    value: {
      action: {
        type: 'Action.Execute',
        verb: 'attendance.checkIn',
        data: { meetingId, choice: 'inPerson', verb: 'attendance.checkIn' },
      },
      trigger: 'manual',
    },
  };
}
