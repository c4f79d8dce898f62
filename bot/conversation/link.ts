import { z } from 'zod';
import { linkConversation } from '../../src/domain/committees/conversation-link.js';
import { t } from '../../src/i18n/catalog.js';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { linkCard } from '../cards/link-card.js';
import { noticeCard, withNotice } from '../cards/notice.js';
import { actorOf, BotRefusal } from './bot-context.js';
import type { TurnInput } from './bot-context.js';
import type { BotDeps } from './bot-deps.js';
import { committeeName } from './committee-standing.js';

export const LinkData = z.object({ committeeId: z.uuid() });

/** `lier` / `link`: the choice of committee for a channel or meeting chat. */
export async function linkCommand(deps: BotDeps, input: TurnInput): Promise<AdaptiveCard> {
  if (input.conversation.type === 'personal') return noticeCard(t(input.locale, 'link.personalRefused'), 'warning');
  await actorOf(deps, input);
  const current = await deps.store.conversationLinks.get(input.conversation.id);
  return linkCard({
    committees: await deps.store.committees.list(),
    currentCommitteeId: current?.committeeId,
    locale: input.locale,
  });
}

export async function onLink(deps: BotDeps, input: TurnInput, data: unknown): Promise<AdaptiveCard> {
  if (input.conversation.type === 'personal') throw new BotRefusal('link.personalRefused', 400);
  const { committeeId } = LinkData.parse(data);
  const actor = await actorOf(deps, input);
  const committees = await deps.store.committees.list();
  try {
    const { committee } = await linkConversation(
      { committees: deps.store.committees, links: deps.store.conversationLinks },
      actor,
      {
        conversationId: input.conversation.id,
        tenantId: input.conversation.tenantId!,
        conversationType: input.conversation.type,
        serviceUrl: input.conversation.serviceUrl,
        committeeId,
      },
    );
    deps.contexts.forget();
    return noticeCard(t(input.locale, 'link.done', { committee: committeeName(committee, input.locale) }), 'good');
  } catch (error) {
    if ((error as { code?: string }).code !== 'forbidden') throw error;
    return withNotice(
      linkCard({ committees, currentCommitteeId: undefined, locale: input.locale }),
      t(input.locale, 'refusal.forbidden'),
    );
  }
}
