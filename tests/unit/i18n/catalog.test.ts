import { describe, expect, it } from 'vitest';
import {
  AttendanceStatus,
  CommitteeKind,
  MeetingKind,
  MeetingMode,
  ParticipantCategory,
  Territory,
} from '../../../src/domain/shared/vocabulary.js';
import {
  bilingual,
  catalogs,
  en,
  frCA,
  label,
  resolveLocale,
  t,
  translator,
  type MessageKey,
} from '../../../src/i18n/catalog.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('catalogs', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(frCA).sort());
  });

  it('have no empty message and the same placeholders in both languages', () => {
    for (const key of Object.keys(frCA) as MessageKey[]) {
      expect(frCA[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(frCA[key]));
    }
  });

  it('label every value of the glossary enums in both languages', () => {
    const groups = [
      ['committeeKind', CommitteeKind.options],
      ['meetingKind', MeetingKind.options],
      ['participantCategory', ParticipantCategory.options],
      ['territory', Territory.options],
      ['meetingMode', MeetingMode.options],
      ['attendanceStatus', AttendanceStatus.options],
    ] as const;
    for (const [group, values] of groups) {
      for (const value of values) {
        for (const catalog of Object.values(catalogs)) {
          expect(Object.keys(catalog), `${group}.${value}`).toContain(`${group}.${value}`);
        }
      }
    }
    expect(label('fr-CA', 'committeeKind', 'steering')).toBe('Comité porteur');
    expect(label('en', 'committeeKind', 'parentPractitioner')).toBe('Parent-practitioner committee');
    expect(label('fr-CA', 'participantCategory', 'practitioner')).toBe('Intervenant·e');
    expect(label('en', 'territory', 'ileDOrleans')).toBe("L'Île-d'Orléans");
    expect(label('fr-CA', 'attendanceStatus', 'present')).toBe('Présent·e');
  });
});

describe('t', () => {
  it('interpolates {name} placeholders', () => {
    expect(t('fr-CA', 'bot.help.welcome', { name: 'Amina' })).toBe('Bienvenue, Amina!');
    expect(translator('en')('bot.help.welcome', { name: 'Amina' })).toBe('Welcome, Amina!');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(t('fr-CA', 'bot.help.welcome')).toBe('Bienvenue, {name}!');
  });

  it('replaces values literally, even those that look like patterns', () => {
    expect(t('en', 'bot.help.welcome', { name: '$& {name}' })).toBe('Welcome, $& {name}!');
  });

  it('shows the reader’s language first in bilingual texts', () => {
    expect(bilingual('fr-CA', 'bot.unknownCommand')).toBe(
      `${frCA['bot.unknownCommand']}\n\n${en['bot.unknownCommand']}`,
    );
    expect(bilingual('en', 'bot.unknownCommand')).toBe(`${en['bot.unknownCommand']}\n\n${frCA['bot.unknownCommand']}`);
  });
});

describe('resolveLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-CA', 'en'],
    ['EN-gb', 'en'],
    ['en_GB', 'en'],
    ['fr-CA', 'fr-CA'],
    ['fr-FR', 'fr-CA'],
    ['fr', 'fr-CA'],
    ['es-MX', 'fr-CA'],
    ['ar', 'fr-CA'],
    ['', 'fr-CA'],
    [undefined, 'fr-CA'],
  ] as const)('%j → %s', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });
});
