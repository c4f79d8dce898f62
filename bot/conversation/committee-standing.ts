import type { Committee } from '../../src/domain/committees/committee.js';
import { fiscalYear, fiscalYearOf } from '../../src/domain/fiscal-year/fiscal-year.js';
import type { EventFilter, IndicatorDefinition } from '../../src/domain/indicators/definition.js';
import { targetFor } from '../../src/domain/indicators/engine.js';
import { definitionsOfPlan, planInForce } from '../../src/domain/indicators/plan-for-year.js';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import type { Locale } from '../../src/i18n/catalog.js';
import type { YearStanding } from '../cards/summary-card.js';
import type { BotDeps } from './bot-deps.js';

export function committeeName(committee: Committee | undefined, locale: Locale): string {
  if (!committee) return locale === 'en' ? 'IPECN' : "L'IPECN";
  return locale === 'en' ? committee.name.en : committee.name.fr;
}

/** Whether a definition's events include this meeting (by kind, or by its committee's kind). */
function covers(filter: EventFilter, meeting: Meeting): boolean {
  if (filter.kinds && !filter.kinds.includes(meeting.kind)) return false;
  if (filter.committees && !(filter.committees as string[]).includes(meeting.kind)) return false;
  return Boolean(filter.kinds || filter.committees);
}

function definitionsFor(deps: BotDeps, meeting: Meeting): { year: string; definitions: IndicatorDefinition[] } {
  const year = fiscalYearOf(new Date(meeting.startsAt), deps.fiscalYearStart);
  const plan = planInForce(deps.reference.plans, year);
  return { year, definitions: plan ? definitionsOfPlan(deps.reference.indicators, plan.id) : [] };
}

/** The plan's participants-per-meeting target for this kind of meeting (12 for the parent-practitioner committee). */
export function perMeetingTarget(deps: BotDeps, meeting: Meeting): number | null {
  const { definitions } = definitionsFor(deps, meeting);
  const definition = definitions.find(
    (d) => d.measure.type === 'eventsReachingParticipants' && covers(d.measure.events, meeting),
  );
  return definition?.measure.type === 'eventsReachingParticipants' ? definition.measure.minParticipants : null;
}

/** "2 rencontres sur 3": held meetings of the committee in the meeting's fiscal year against the plan's target. */
export async function committeeStanding(deps: BotDeps, meeting: Meeting): Promise<YearStanding> {
  const { year, definitions } = definitionsFor(deps, meeting);
  const range = fiscalYear(year, deps.fiscalYearStart);
  const held = await deps.store.meetings.list({
    ...(meeting.committeeId ? { committeeId: meeting.committeeId } : { kinds: [meeting.kind] }),
    status: 'held',
    from: range.startsAt,
    to: range.endsAt,
  });
  const definition = definitions.find((d) => d.measure.type === 'eventCount' && covers(d.measure.events, meeting));
  return { fiscalYear: year, held: held.length, target: definition ? targetFor(definition.target, year) : null };
}
