import type { ConversationReference } from 'botbuilder';
import type { Actor } from '../../src/domain/people/access.js';
import { personForUser } from '../../src/domain/people/identify.js';
import { AppError } from '../../src/domain/shared/errors.js';
import type { Locale } from '../../src/i18n/catalog.js';
import type { BotDeps } from './bot-deps.js';

export type ConversationType = 'personal' | 'channel' | 'groupChat';

/** Who acts, taken from the authenticated activity only (never from card data). */
export interface BotUser {
  /** The Teams user id (29:…). */
  id: string;
  aadObjectId: string | undefined;
  name: string | undefined;
}

export interface BotConversation {
  id: string;
  type: ConversationType;
  tenantId: string | undefined;
  /** The Bot Connector's address for this conversation, from the activity. */
  serviceUrl: string;
  /** Where to post later (summary cards): the reference of the activity. */
  reference: Partial<ConversationReference>;
}

export interface TurnInput {
  user: BotUser;
  conversation: BotConversation;
  locale: Locale;
}

/** A refusal shown to the user in their language; `key` names the i18n message. */
export class BotRefusal extends AppError {
  constructor(
    readonly key:
      | 'refusal.otherTenant'
      | 'refusal.noIdentity'
      | 'refusal.notLinkedCommittee'
      | 'refusal.forbidden'
      | 'refusal.notFound'
      | 'refusal.unknownAction'
      | 'link.notLinked'
      | 'link.personalRefused',
    status = 403,
  ) {
    super(status, key, key);
  }
}

/** The acting person: their Entra identity in an allowed tenant, found or created in the store. */
export async function actorOf(deps: BotDeps, input: TurnInput): Promise<Actor> {
  const { user, conversation } = input;
  if (!user.aadObjectId || !conversation.tenantId) throw new BotRefusal('refusal.noIdentity', 401);
  if (deps.tenantId && conversation.tenantId !== deps.tenantId) throw new BotRefusal('refusal.otherTenant');
  const person = await personForUser(deps.store.people, {
    tenantId: conversation.tenantId,
    objectId: user.aadObjectId,
    name: user.name,
    email: undefined,
  });
  // The Teams user id (for card refresh) is remembered after the answer, grouped with the others.
  if (person.teamsUserId !== user.id) {
    const personId = person.id;
    deps.background(() => deps.store.people.rememberTeamsUserId(personId, user.id));
  }
  return {
    person: { ...person, teamsUserId: user.id },
    committeeIds: await deps.store.committees.committeesOf(person.id),
  };
}
