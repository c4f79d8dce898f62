import type { Kysely } from 'kysely';
import type { ConversationLink, ConversationLinkRepository } from '../../domain/committees/conversation-link.js';
import type { Database } from '../schema.js';
import { nowIso } from './clock.js';

export function conversationLinkRepository(db: Kysely<Database>): ConversationLinkRepository {
  return {
    async link(input) {
      const link: ConversationLink = { ...input, linkedAt: nowIso() };
      // Linking again moves the conversation to the newly chosen committee.
      await db
        .insertInto('conversationLinks')
        .values(link)
        .onConflict((conflict) =>
          conflict.column('conversationId').doUpdateSet({
            committeeId: link.committeeId,
            serviceUrl: link.serviceUrl,
            linkedBy: link.linkedBy,
            linkedAt: link.linkedAt,
          }),
        )
        .execute();
      return link;
    },
    async get(conversationId) {
      return db
        .selectFrom('conversationLinks')
        .selectAll()
        .where('conversationId', '=', conversationId)
        .executeTakeFirst();
    },
    async ofCommittee(committeeId) {
      return db.selectFrom('conversationLinks').selectAll().where('committeeId', '=', committeeId).execute();
    },
  };
}
