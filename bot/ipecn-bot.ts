import { TeamsActivityHandler, TurnContext } from 'botbuilder';
import {
  localeTagOf,
  looseLocaleTag,
  mentionsAreWellFormed,
  MembersAddedActivityFields,
  MessageActivityFields,
  toBotConversation,
  toBotUser,
} from './activity/teams-activity.js';
import { handleMembersAdded } from './conversation/handle-members-added.js';
import { handleMessage, unreadableActivityReply } from './conversation/handle-message.js';
import { toReplyActivity } from './reply-activity.js';

/**
 * The Teams adapter of the bot: parse the activity, call the plain conversation functions, send the reply.
 * No decision is taken here, so that another SDK can replace this file alone.
 */
export class IpecnBot extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const parsed = MessageActivityFields.safeParse(context.activity);
    if (!parsed.success) {
      await context.sendActivity(toReplyActivity(unreadableActivityReply(looseLocaleTag(context.activity))));
      return;
    }
    const fields = parsed.data;
    // In channels and group chats the text starts with the bot's own <at>mention</at>.
    const text =
      fields.recipient && mentionsAreWellFormed(fields.entities)
        ? TurnContext.removeRecipientMention(context.activity)
        : fields.text;
    const reply = handleMessage({
      user: toBotUser(fields.from),
      conversation: toBotConversation(fields),
      text: text ?? '',
      locale: localeTagOf(fields) ?? '',
    });
    await context.sendActivity(toReplyActivity(reply));
  }

  private async welcome(context: TurnContext): Promise<void> {
    const parsed = MembersAddedActivityFields.safeParse(context.activity);
    // A membership change nobody asked about gets no error message: there is nobody to read it.
    if (!parsed.success) return;
    const reply = handleMembersAdded({
      conversation: toBotConversation(parsed.data),
      membersAdded: parsed.data.membersAdded.length,
      locale: localeTagOf(parsed.data) ?? '',
    });
    if (reply) await context.sendActivity(toReplyActivity(reply));
  }
}

export function createBot(): IpecnBot {
  return new IpecnBot();
}
