import { ActivityTypes, TeamsActivityHandler, TurnContext, type InvokeResponse } from 'botbuilder';
import {
  AdaptiveCardActionValue,
  MeetingChannelData,
  MeetingEventValue,
  ParticipantsEventValue,
  SubmitValue,
  turnInputOf,
} from './activity/turn-input.js';
import { looseLocaleTag, mentionsAreWellFormed, MembersAddedActivityFields } from './activity/teams-activity.js';
import { onMeetingEnd, onMeetingStart, onParticipantsJoin } from './conversation/attendance.js';
import type { BotDeps } from './conversation/bot-deps.js';
import { handleCardAction } from './conversation/card-action.js';
import { handleMembersAdded } from './conversation/handle-members-added.js';
import { handleMessage, unreadableActivityReply } from './conversation/handle-message.js';
import { toReplyActivity } from './reply-activity.js';

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * The Teams adapter of the bot: parse the activity, call the plain conversation functions, send or return
 * the result. No decision is taken here, so that another SDK can replace this file alone.
 */
export class IpecnBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
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

  /**
   * Meeting events are read here rather than through botbuilder's typed handlers, which accept only the
   * PascalCase fields: Microsoft's pages show both PascalCase and camelCase `value`s.
   */
  protected override async dispatchEventActivity(context: TurnContext): Promise<void> {
    switch (context.activity.name) {
      case 'application/vnd.microsoft.meetingStart':
        return this.meetingStarted(context);
      case 'application/vnd.microsoft.meetingEnd':
        return this.meetingEnded(context);
      case 'application/vnd.microsoft.meetingParticipantJoin':
        return this.participantsJoined(context);
      case 'application/vnd.microsoft.meetingParticipantLeave':
        // Leaving is not a fact about attendance: having been there is what counts.
        return;
      default:
        return super.dispatchEventActivity(context);
    }
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const input = turnInputOf(context.activity);
    if (!input) {
      await context.sendActivity(toReplyActivity(unreadableActivityReply(looseLocaleTag(context.activity))));
      return;
    }
    // Action.Submit fallback of a card: the verb travels in the data.
    const submitted = SubmitValue.safeParse(context.activity.value);
    if (submitted.success) {
      const result = await handleCardAction(this.deps, input, submitted.data.verb, submitted.data);
      await context.sendActivity(
        toReplyActivity(
          result.type === 'card' ? { type: 'card', card: result.card } : { type: 'text', text: result.message },
        ),
      );
      return;
    }
    if (typeof context.activity.text !== 'string') {
      await context.sendActivity(toReplyActivity(unreadableActivityReply(looseLocaleTag(context.activity))));
      return;
    }
    // In channels and group chats the text starts with the bot's own <at>mention</at>.
    const text =
      context.activity.recipient && mentionsAreWellFormed(context.activity.entities as never)
        ? TurnContext.removeRecipientMention(context.activity)
        : context.activity.text;
    await context.sendActivity(toReplyActivity(await handleMessage(this.deps, input, text ?? '')));
  }

  /** Universal Actions: the response carries the card as this user should now see it. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const input = turnInputOf(context.activity);
    const value = AdaptiveCardActionValue.safeParse(context.activity.value);
    if (!input || !value.success) {
      return {
        status: 400,
        body: {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message: 'Not an Action.Execute invoke' },
        },
      };
    }
    const result = await handleCardAction(this.deps, input, value.data.action.verb, value.data.action.data ?? {});
    if (result.type === 'card')
      return { status: 200, body: { statusCode: 200, type: CARD_CONTENT_TYPE, value: result.card } };
    return {
      status: 200,
      body: {
        statusCode: result.status,
        type: 'application/vnd.microsoft.error',
        value: { code: result.code, message: result.message },
      },
    };
  }

  private async meetingStarted(context: TurnContext): Promise<void> {
    const input = turnInputOf(context.activity);
    const value = MeetingEventValue.safeParse(context.activity.value);
    const teamsMeetingId = teamsMeetingIdOf(context, value.success ? value.data.id : undefined);
    if (!input || !value.success || !teamsMeetingId) return;
    const startsAt = value.data.startTime ? new Date(value.data.startTime) : this.deps.now();
    const card = await onMeetingStart(this.deps, input, {
      teamsMeetingId,
      title: value.data.title,
      startsAt: Number.isNaN(startsAt.getTime()) ? this.deps.now() : startsAt,
      joinUrl: value.data.joinUrl,
      conversationId: input.conversation.id,
    });
    if (card) await context.sendActivity(toReplyActivity({ type: 'card', card }));
  }

  private async meetingEnded(context: TurnContext): Promise<void> {
    const input = turnInputOf(context.activity);
    const value = MeetingEventValue.safeParse(context.activity.value);
    const teamsMeetingId = teamsMeetingIdOf(context, value.success ? value.data.id : undefined);
    if (!input || !teamsMeetingId) return;
    const card = await onMeetingEnd(this.deps, input, teamsMeetingId);
    if (card) await context.sendActivity(toReplyActivity({ type: 'card', card }));
  }

  private async participantsJoined(context: TurnContext): Promise<void> {
    const input = turnInputOf(context.activity);
    const value = ParticipantsEventValue.safeParse(context.activity.value);
    const teamsMeetingId = teamsMeetingIdOf(context, undefined);
    if (!input || !value.success || !teamsMeetingId) return;
    const participants = value.data.members.flatMap(({ user }) => {
      const aadObjectId = user.aadObjectId ?? user.objectId;
      const tenantId = user.tenantId ?? input.conversation.tenantId;
      return aadObjectId && tenantId
        ? [{ aadObjectId, tenantId, teamsUserId: user.id, name: user.name ?? undefined }]
        : [];
    });
    await onParticipantsJoin(this.deps, teamsMeetingId, participants);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const parsed = MembersAddedActivityFields.safeParse(context.activity);
    // A membership change nobody asked about gets no error message: there is nobody to read it.
    if (!parsed.success || context.activity.type !== ActivityTypes.ConversationUpdate) return;
    const input = turnInputOf(context.activity);
    const reply = handleMembersAdded({
      conversation: { type: input?.conversation.type ?? 'personal' },
      membersAdded: parsed.data.membersAdded.length,
      locale: input?.locale ?? '',
    });
    if (reply) await context.sendActivity(toReplyActivity(reply));
  }
}

/** The Teams meeting an event is about: `channelData.meeting.id`, or the id in the event's value. */
function teamsMeetingIdOf(context: TurnContext, fromValue: string | undefined): string | undefined {
  const channelData = MeetingChannelData.safeParse(context.activity.channelData);
  return (channelData.success ? channelData.data.meeting?.id : undefined) ?? fromValue;
}

export function createBot(deps: BotDeps): IpecnBot {
  return new IpecnBot(deps);
}
