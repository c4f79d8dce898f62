import { LOCALES, t, type MessageKey } from '../../src/i18n/catalog.js';

/**
 * The commands the bot answers today. Add a command here (and its handler in handle-message.ts)
 * only once it works: the help card lists exactly this registry.
 */
export const COMMANDS = [
  {
    verb: 'help',
    keyword: 'bot.command.help.keyword',
    description: 'bot.command.help.description',
  },
  {
    verb: 'attendance',
    keyword: 'bot.command.attendance.keyword',
    description: 'bot.command.attendance.description',
  },
  {
    verb: 'minutes',
    keyword: 'bot.command.minutes.keyword',
    description: 'bot.command.minutes.description',
  },
  {
    verb: 'link',
    keyword: 'bot.command.link.keyword',
    description: 'bot.command.link.description',
  },
] as const satisfies readonly BotCommand[];

export interface BotCommand {
  verb: string;
  /** What the user types, per locale; every locale's keyword is accepted whatever the user's locale. */
  keyword: MessageKey;
  description: MessageKey;
}

export type Verb = (typeof COMMANDS)[number]['verb'];

export interface ParsedCommand {
  verb: Verb;
  /** The rest of the normalised text after the keyword. */
  args: string;
}

/**
 * Lower-cases, removes accents, at-mentions, HTML tags and a leading slash, and collapses spaces,
 * so that "AIDE", "Aide", "/aide" and "<at>IPECN</at> aide" all read "aide".
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/<at>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\/+\s*/, '')
    .replace(/[\s.!?…]+$/u, '');
}

const byKeyword: ReadonlyMap<string, Verb> = new Map(
  COMMANDS.flatMap((command) =>
    LOCALES.map((locale) => [normalizeText(t(locale, command.keyword)), command.verb] as const),
  ),
);

/** The command named by the first word of already normalised text, or undefined. */
export function parseCommand(normalized: string): ParsedCommand | undefined {
  const [word = '', ...rest] = normalized.split(' ');
  const verb = byKeyword.get(word);
  return verb ? { verb, args: rest.join(' ') } : undefined;
}
