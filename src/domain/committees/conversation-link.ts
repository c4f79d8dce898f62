import type { Actor } from '../people/access.js';
import { canManageCommittee } from '../people/access.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import type { Committee } from './committee.js';
import type { CommitteeRepository } from './ports.js';

/** A Teams conversation (channel, group or meeting chat) whose meetings belong to a committee. */
export interface ConversationLink {
  conversationId: string;
  committeeId: string;
  tenantId: string;
  conversationType: string;
  /** Where the Bot Connector reaches this conversation for proactive messages. */
  serviceUrl: string;
  linkedBy: string;
  linkedAt: string;
}

export interface ConversationLinkRepository {
  link(link: Omit<ConversationLink, 'linkedAt'>): Promise<ConversationLink>;
  get(conversationId: string): Promise<ConversationLink | undefined>;
  ofCommittee(committeeId: string): Promise<ConversationLink[]>;
}

/** Only the coordination team or a member of the committee may link a conversation to it. */
export async function linkConversation(
  deps: { committees: CommitteeRepository; links: ConversationLinkRepository },
  actor: Actor,
  input: {
    conversationId: string;
    tenantId: string;
    conversationType: string;
    serviceUrl: string;
    committeeId: string;
  },
): Promise<{ committee: Committee; link: ConversationLink }> {
  const committee = await deps.committees.get(input.committeeId);
  if (!committee) throw new NotFoundError('committee', input.committeeId);
  if (!canManageCommittee(actor, committee.id))
    throw new ForbiddenError('Only the coordination team or a member of this committee can link a conversation to it');
  const link = await deps.links.link({ ...input, linkedBy: actor.person.id });
  return { committee, link };
}
