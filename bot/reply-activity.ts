import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { BotReply } from './conversation/handle-message.js';

/** The outgoing activity for a reply: an Adaptive Card attachment, or plain text. */
export function toReplyActivity(reply: BotReply): Partial<Activity> {
  return reply.type === 'card'
    ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card))
    : MessageFactory.text(reply.text);
}
