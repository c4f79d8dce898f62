import { z } from 'zod';

/** The glossary of DESIGN.md §1: the names every part of the app shares. */

export const CommitteeKind = z.enum(['steering', 'management', 'parentPractitioner', 'work']);
export type CommitteeKind = z.infer<typeof CommitteeKind>;

/**
 * Every kind of event the plan's indicators count. Committee meetings carry their committee's kind;
 * the others are activities that may or may not belong to a committee.
 */
export const MeetingKind = z.enum([
  'steering',
  'management',
  'parentPractitioner',
  'work',
  'researchPractice',
  'coDevelopment',
  'training',
  'infoSession',
  'awareness',
  'partnerProspect',
]);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const ParticipantCategory = z.enum(['family', 'practitioner', 'manager', 'researcher', 'coordination', 'other']);
export type ParticipantCategory = z.infer<typeof ParticipantCategory>;

/** MRC-level territories of the Capitale-Nationale region (plus Wendake). */
export const Territory = z.enum([
  'agglomerationQuebec',
  'charlevoix',
  'charlevoixEst',
  'coteDeBeaupre',
  'jacquesCartier',
  'ileDOrleans',
  'portneuf',
  'wendake',
]);
export type Territory = z.infer<typeof Territory>;

export const MeetingMode = z.enum(['inPerson', 'online', 'hybrid']);
export type MeetingMode = z.infer<typeof MeetingMode>;

export const MeetingStatus = z.enum(['planned', 'held', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const AttendanceStatus = z.enum(['present', 'excused', 'absent']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const AttendanceSource = z.enum(['card', 'teams', 'graphReport', 'manual']);
export type AttendanceSource = z.infer<typeof AttendanceSource>;

export const OrganizationSector = z.enum([
  'community',
  'health',
  'education',
  'childcare',
  'municipal',
  'university',
  'government',
  'other',
]);
export type OrganizationSector = z.infer<typeof OrganizationSector>;

export const Locale = z.enum(['fr-CA', 'en']);
export type Locale = z.infer<typeof Locale>;

/** A French and an English text; French is shown first everywhere. */
export const BilingualText = z.object({ fr: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof BilingualText>;

export const Slug = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes');

/** The time zone every meeting is read in: Québec City runs on Eastern time. */
export const IPECN_TIME_ZONE = 'America/Toronto';
