import { bilingual, resolveLocale, type Locale } from '../../src/i18n/catalog.js';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { helpCard } from '../cards/help-card.js';
import { noticeCard } from '../cards/notice.js';
import { attendanceCommand, refusalText } from './attendance.js';
import type { TurnInput } from './bot-context.js';
import type { BotDeps } from './bot-deps.js';
import { normalizeText, parseCommand, type Verb } from './commands.js';
import { linkCommand } from './link.js';
import { minutesCommand } from './minutes.js';

export type BotReply = { type: 'card'; card: AdaptiveCard } | { type: 'text'; text: string };

type CommandHandler = (deps: BotDeps, input: TurnInput, args: string) => Promise<AdaptiveCard>;

const handlers: { readonly [V in Verb]: CommandHandler } = {
  help: async (_deps, { locale }) => helpCard(locale),
  attendance: attendanceCommand,
  minutes: minutesCommand,
  link: linkCommand,
};

/** Answers a typed command; identity and conversation come from the activity only. */
export async function handleMessage(deps: BotDeps, input: TurnInput, rawText: string): Promise<BotReply> {
  const text = normalizeText(rawText);
  // A bare mention, with nothing after it, is a request for help.
  const command = text === '' ? { verb: 'help' as const, args: '' } : parseCommand(text);
  if (!command) return { type: 'text', text: bilingual(input.locale, 'bot.unknownCommand') };
  try {
    return { type: 'card', card: await handlers[command.verb](deps, input, command.args) };
  } catch (error) {
    const refusal = refusalText(error, input.locale);
    if (refusal) return { type: 'card', card: noticeCard(refusal) };
    throw error;
  }
}

/** The bilingual answer to an activity the adapter could not read. */
export function unreadableActivityReply(localeTag: string | undefined): BotReply {
  return { type: 'text', text: bilingual(resolveLocale(localeTag), 'bot.unreadableActivity') };
}

export type { Locale };
