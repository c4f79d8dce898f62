import { TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import { resolveLocale } from '../../src/i18n/catalog.js';
import type { TurnInput } from '../conversation/bot-context.js';
import { localeTagOf } from './teams-activity.js';

/**
 * The envelope every Teams activity carries, as Microsoft documents it: who sent it (`from.id`,
 * `from.aadObjectId`), where (`conversation`, `channelData.tenant.id`), the connector's address.
 */
const Envelope = z.object({
  serviceUrl: z.string().min(1),
  from: z.object({ id: z.string().min(1), name: z.string().nullish(), aadObjectId: z.string().nullish() }),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.enum(['personal', 'channel', 'groupChat']).nullish(),
    isGroup: z.boolean().nullish(),
    tenantId: z.string().nullish(),
  }),
  channelData: z
    .object({ tenant: z.object({ id: z.string() }).nullish() })
    .nullish()
    .catch(undefined),
  locale: z.string().nullish(),
  entities: z
    .array(z.object({ type: z.string(), locale: z.unknown().optional() }).passthrough())
    .nullish()
    .catch(undefined),
});

export function turnInputOf(activity: Activity): TurnInput | undefined {
  const parsed = Envelope.safeParse(activity);
  if (!parsed.success) return undefined;
  const { from, conversation, channelData, serviceUrl } = parsed.data;
  return {
    user: { id: from.id, aadObjectId: from.aadObjectId ?? undefined, name: from.name ?? undefined },
    conversation: {
      id: conversation.id,
      type: conversation.conversationType ?? (conversation.isGroup ? 'groupChat' : 'personal'),
      tenantId: conversation.tenantId ?? channelData?.tenant?.id ?? undefined,
      serviceUrl,
      reference: TurnContext.getConversationReference(activity),
    },
    locale: resolveLocale(localeTagOf(parsed.data as Parameters<typeof localeTagOf>[0])),
  };
}

/** An Action.Execute invoke (`adaptiveCard/action`), as Universal Actions send it. */
export const AdaptiveCardActionValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1).max(100),
    data: z.unknown().optional(),
  }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});

/** The value of an Action.Submit fallback: the card's data, whose `verb` names the action. */
export const SubmitValue = z.object({ verb: z.string().min(1).max(100) }).passthrough();

/** Meeting start and end events: Microsoft's pages show both PascalCase and camelCase fields. */
export const MeetingEventValue = z
  .object({
    Id: z.string().optional(),
    id: z.string().optional(),
    Title: z.string().optional(),
    title: z.string().optional(),
    JoinUrl: z.string().optional(),
    joinUrl: z.string().optional(),
    StartTime: z.string().optional(),
    startTime: z.string().optional(),
    EndTime: z.string().optional(),
    endTime: z.string().optional(),
  })
  .transform((value) => ({
    id: value.Id ?? value.id,
    title: value.Title ?? value.title,
    joinUrl: value.JoinUrl ?? value.joinUrl,
    startTime: value.StartTime ?? value.startTime,
    endTime: value.EndTime ?? value.endTime,
  }));

export const MeetingChannelData = z.object({ meeting: z.object({ id: z.string().min(1) }).nullish() }).passthrough();

/** Participant join/leave events: `value.members[].user` with the Entra object id and tenant. */
export const ParticipantsEventValue = z.object({
  members: z.array(
    z.object({
      user: z.object({
        id: z.string().optional(),
        name: z.string().nullish(),
        aadObjectId: z.string().nullish(),
        objectId: z.string().nullish(),
        tenantId: z.string().nullish(),
      }),
      meeting: z.object({ inMeeting: z.boolean().optional(), role: z.string().optional() }).passthrough().optional(),
    }),
  ),
});
