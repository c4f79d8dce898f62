import { z } from 'zod';
import { BilingualText, CommitteeKind, MeetingKind, ParticipantCategory } from '../shared/vocabulary.js';

/**
 * Which held events a measure looks at. Empty filters mean "any". Only held events ever count:
 * planned and cancelled meetings are excluded by the engine, not by the definition.
 */
export const EventFilter = z
  .object({
    kinds: z.array(MeetingKind).min(1).optional(),
    committees: z.array(CommitteeKind).min(1).optional(),
  })
  .strict();
export type EventFilter = z.infer<typeof EventFilter>;

const categories = z.array(ParticipantCategory).min(1).optional();

/** How an indicator is computed from stored data, or `manual` when no stored data can compute it. */
export const Measure = z.discriminatedUnion('type', [
  /** Number of held events. */
  z.object({ type: z.literal('eventCount'), events: EventFilter }).strict(),
  /** Number of held events whose present participants (of the given categories) reach a threshold. */
  z
    .object({
      type: z.literal('eventsReachingParticipants'),
      events: EventFilter,
      minParticipants: z.number().int().positive(),
      categories,
    })
    .strict(),
  /** Mean number of present participants (of the given categories) per held event. */
  z.object({ type: z.literal('meanParticipantsPerEvent'), events: EventFilter, categories }).strict(),
  /** Distinct people present at least once (category as recorded on the attendance row, that day). */
  z.object({ type: z.literal('distinctParticipants'), events: EventFilter, categories }).strict(),
  /** Distinct people active in the year: present at a held event or author of a practice. */
  z.object({ type: z.literal('distinctActivePeople') }).strict(),
  /** Partner organizations that joined during the fiscal year. */
  z.object({ type: z.literal('newPartners') }).strict(),
  /** Practices shared (published) during the fiscal year. */
  z.object({ type: z.literal('practicesShared') }).strict(),
  /** Distinct users of the practice platform: people who shared a practice during the year. */
  z.object({ type: z.literal('practicePlatformUsers') }).strict(),
  /** Distinct actors of the exchange space: co-development attendees and practice authors. */
  z.object({ type: z.literal('exchangeSpaceActors') }).strict(),
  /** Entered by the coordinator, with a note (leaflets distributed…). */
  z.object({ type: z.literal('manual'), unit: BilingualText }).strict(),
]);
export type Measure = z.infer<typeof Measure>;

/** The yearly target: a fixed number, a number growing by a rate each year, or not set yet. */
export const Target = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fixed'), value: z.number().nonnegative() }).strict(),
  z
    .object({
      type: z.literal('growth'),
      base: z.number().positive(),
      ratePercent: z.number().positive(),
      /** The fiscal year whose target is `base`; each later year multiplies it by (1 + rate). */
      baseFiscalYear: z.string().regex(/^\d{4}-\d{4}$/),
    })
    .strict(),
  z.object({ type: z.literal('toBeConfirmed') }).strict(),
]);
export type Target = z.infer<typeof Target>;

export const IndicatorDefinition = z
  .object({
    /** Stable identifier, e.g. `2021-2024/1.1-steering-meetings`. */
    id: z.string().regex(/^\d{4}-\d{4}\/[0-9a-z.-]+$/),
    /** The action plan it belongs to, e.g. `2021-2024`. */
    plan: z.string().regex(/^\d{4}-\d{4}$/),
    /** The plan's objective number, e.g. `1.1`. */
    objective: z.string().regex(/^\d+\.\d+$/),
    label: BilingualText,
    /** How the plan words the measure, e.g. "Nombre de rencontres tenues". */
    measureLabel: BilingualText,
    measure: Measure,
    target: Target,
  })
  .strict();
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;
