import { bilingual, resolveLocale, type Locale } from '../../src/i18n/catalog.js';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { helpCard } from '../cards/help-card.js';
import { normalizeText, parseCommand, type Verb } from './commands.js';

export type ConversationType = 'personal' | 'channel' | 'groupChat';

export interface BotUser {
  aadObjectId?: string;
  name?: string;
}

export interface BotConversation {
  id: string;
  type: ConversationType;
  tenantId?: string;
}

export interface MessageInput {
  user: BotUser;
  conversation: BotConversation;
  text: string;
  /** The activity's BCP-47 tag as Teams sent it; resolved to a supported locale here. */
  locale: string;
}

export type BotReply = { type: 'card'; card: AdaptiveCard } | { type: 'text'; text: string };

/** What every command handler receives: who asks, where, in which language, and the text after the keyword. */
export interface CommandContext {
  user: BotUser;
  conversation: BotConversation;
  locale: Locale;
  args: string;
}

type CommandHandler = (context: CommandContext) => BotReply;

const handlers: { readonly [V in Verb]: CommandHandler } = {
  help: ({ locale }) => ({ type: 'card', card: helpCard(locale) }),
};

/** Answers a message that the adapter has already parsed; identity comes from the activity only. */
export function handleMessage(input: MessageInput): BotReply {
  const locale = resolveLocale(input.locale);
  const text = normalizeText(input.text);
  // A bare mention, with nothing after it, is a request for help.
  const command = text === '' ? { verb: 'help' as const, args: '' } : parseCommand(text);
  if (!command) return { type: 'text', text: bilingual(locale, 'bot.unknownCommand') };
  return handlers[command.verb]({ user: input.user, conversation: input.conversation, locale, args: command.args });
}

/** The bilingual answer to an activity the adapter could not read. */
export function unreadableActivityReply(localeTag: string | undefined): BotReply {
  return { type: 'text', text: bilingual(resolveLocale(localeTag), 'bot.unreadableActivity') };
}
