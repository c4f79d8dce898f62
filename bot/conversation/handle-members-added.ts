import { resolveLocale } from '../../src/i18n/catalog.js';
import { helpCard } from '../cards/help-card.js';
import type { BotReply } from './handle-message.js';
import type { ConversationType } from './bot-context.js';

export interface MembersAddedInput {
  conversation: { type: ConversationType };
  /** How many members the activity lists; in a personal chat, the bot and/or the user who installed it. */
  membersAdded: number;
  locale: string;
}

/**
 * Welcomes once per installation in a personal chat: one card per activity, however many members it lists. In channels and group chats the bot stays quiet:
 * people there have not asked for it, and a message to every new member would be noise.
 */
export function handleMembersAdded(input: MembersAddedInput): BotReply | undefined {
  if (input.conversation.type !== 'personal' || input.membersAdded === 0) return undefined;
  return { type: 'card', card: helpCard(resolveLocale(input.locale), { welcome: true }) };
}
