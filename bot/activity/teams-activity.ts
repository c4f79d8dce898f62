import { z } from 'zod';

/**
 * The fields of Teams activities the bot reads, as documented for message and conversationUpdate
 * activities. Everything else is ignored; anything the bot needs and cannot find fails the parse.
 */

const Account = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  aadObjectId: z.string().min(1).nullish(),
});

const Conversation = z.object({
  id: z.string().min(1),
  conversationType: z.enum(['personal', 'channel', 'groupChat']).nullish(),
  isGroup: z.boolean().nullish(),
  tenantId: z.string().min(1).nullish(),
});

const ChannelData = z
  .object({ tenant: z.object({ id: z.string().min(1) }).nullish() })
  .nullish()
  .catch(undefined);

/**
 * Mention entities name who is mentioned and the exact text of the mention; Teams repeats the client's
 * locale in a clientInfo entity, the fallback when `locale` is absent.
 */
const Entity = z.object({
  type: z.string(),
  locale: z.unknown().optional(),
  mentioned: z.object({ id: z.string() }).nullish().catch(undefined),
  text: z.string().nullish().catch(undefined),
});
type Entity = z.infer<typeof Entity>;

export const MessageActivityFields = z.object({
  text: z.string(),
  locale: z.string().nullish(),
  from: Account,
  recipient: Account.nullish(),
  conversation: Conversation,
  channelData: ChannelData,
  entities: z.array(Entity).nullish(),
});
export type MessageActivityFields = z.infer<typeof MessageActivityFields>;

export const MembersAddedActivityFields = z.object({
  locale: z.string().nullish(),
  recipient: Account.nullish(),
  conversation: Conversation,
  channelData: ChannelData,
  membersAdded: z.array(Account),
  entities: z.array(Entity).nullish(),
});
export type MembersAddedActivityFields = z.infer<typeof MembersAddedActivityFields>;

export function localeTagOf(fields: {
  locale?: string | null;
  entities?: readonly Entity[] | null;
}): string | undefined {
  if (fields.locale) return fields.locale;
  const clientLocale = fields.entities?.find((entity) => entity.type === 'clientInfo')?.locale;
  return typeof clientLocale === 'string' ? clientLocale : undefined;
}

/** The locale tag of any activity, even one that failed to parse, so that the error text is in the right language. */
export function looseLocaleTag(activity: unknown): string | undefined {
  const parsed = z
    .object({ locale: z.string().nullish().catch(undefined), entities: z.array(Entity).nullish().catch(undefined) })
    .safeParse(activity);
  return parsed.success ? localeTagOf(parsed.data) : undefined;
}

/** botbuilder's mention helpers dereference `mentioned.id` and `text` of every mention entity. */
export function mentionsAreWellFormed(entities: readonly Entity[] | null | undefined): boolean {
  return (entities ?? []).every(
    (entity) => entity.type.toLowerCase() !== 'mention' || (entity.mentioned != null && entity.text != null),
  );
}
