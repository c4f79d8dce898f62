import type {
  AttendanceSource,
  AttendanceStatus,
  CommitteeKind,
  Locale,
  MeetingKind,
  MeetingMode,
  MeetingStatus,
  OrganizationSector,
  ParticipantCategory,
  Territory,
} from '../domain/shared/vocabulary.js';
import { en } from './en.js';
import { frCA } from './fr-ca.js';

export { en, frCA };
export type { Locale };

export type MessageKey = keyof typeof frCA;
export type Messages = { readonly [K in MessageKey]: string };

export const DEFAULT_LOCALE = 'fr-CA' satisfies Locale;

/** French first: the order in which bilingual texts are shown when no locale is known. */
export const LOCALES = ['fr-CA', 'en'] as const satisfies readonly Locale[];

export const catalogs: { readonly [L in Locale]: Messages } = { 'fr-CA': frCA, en };

/** The `{placeholder}` names of a message, read from its French text. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type MessageParams<K extends MessageKey> = { readonly [P in Placeholders<(typeof frCA)[K]>]: string | number };

export type Translate = <K extends MessageKey>(key: K, params?: MessageParams<K>) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

export function t<K extends MessageKey>(locale: Locale, key: K, params?: MessageParams<K>): string {
  const template = catalogs[locale][key];
  if (!params) return template;
  const values: Readonly<Record<string, string | number>> = params;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/**
 * Teams sends BCP-47 tags (`fr-CA`, `en-US`, `fr-FR`…). Any English tag gets English; everything else,
 * including a missing or unknown tag, gets French (Québec), the app's first language.
 */
export function resolveLocale(tag: string | undefined): Locale {
  if (tag && /^en(?![a-z])/i.test(tag.trim())) return 'en';
  return DEFAULT_LOCALE;
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'fr-CA' : 'en';
}

/** The message in the reader's language, then in the other one, as separate paragraphs. */
export function bilingual<K extends MessageKey>(locale: Locale, key: K, params?: MessageParams<K>): string {
  return `${t(locale, key, params)}\n\n${t(otherLocale(locale), key, params)}`;
}

/** The shared enums that have display labels, by catalog prefix. */
export interface LabelledEnums {
  committeeKind: CommitteeKind;
  meetingKind: MeetingKind;
  participantCategory: ParticipantCategory;
  territory: Territory;
  meetingMode: MeetingMode;
  meetingStatus: MeetingStatus;
  attendanceStatus: AttendanceStatus;
  attendanceSource: AttendanceSource;
  organizationSector: OrganizationSector;
}
type LabelKey = { [G in keyof LabelledEnums]: `${G}.${LabelledEnums[G]}` }[keyof LabelledEnums];

// Fails the typecheck when a value is added to a shared enum without a label in the catalog.
type AssertTrue<T extends true> = T;
type _EveryEnumValueHasALabel = AssertTrue<LabelKey extends MessageKey ? true : false>;

export function label<G extends keyof LabelledEnums>(locale: Locale, group: G, value: LabelledEnums[G]): string {
  return t(locale, `${group}.${value}` as LabelKey);
}
