import type { Committee } from '../../src/domain/committees/committee.js';
import type { ConversationLink } from '../../src/domain/committees/conversation-link.js';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import type { OpenActionItem } from '../../src/domain/minutes/ports.js';
import type { Store } from '../../src/store/store.js';
import { MAX_REFRESH_USERS } from '../cards/adaptive-card.js';

/** What every check-in of a meeting reads the same: the meeting, the conversation's link, the committee. */
export interface MeetingContext {
  meeting: Meeting | undefined;
  link: ConversationLink | undefined;
  committee: Committee | undefined;
  openActionItems: OpenActionItem[];
  /** Teams user ids whose clients refresh the card (members first, then attendees, 60 at most). */
  audience: string[];
}

export interface MeetingContexts {
  get(conversationId: string, meetingId: string): Promise<MeetingContext>;
  /** Called by the bot's own writes (closing attendance, linking, minutes) so the next read is fresh. */
  forget(): void;
}

/**
 * When 300 people check in at once, the meeting, the link, the committee and the open action items are read
 * once, not 300 times. Entries live a few seconds and are dropped by the bot's own writes; a change made
 * elsewhere (the API, another server) is seen within that lifetime.
 */
export function meetingContexts(store: Store, options: { ttlMs?: number; now?: () => number } = {}): MeetingContexts {
  const ttlMs = options.ttlMs ?? 3000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; context: Promise<MeetingContext> }>();

  async function load(conversationId: string, meetingId: string): Promise<MeetingContext> {
    const [meeting, link] = await Promise.all([
      store.meetings.get(meetingId),
      store.conversationLinks.get(conversationId),
    ]);
    const [committee, openActionItems] = meeting?.committeeId
      ? await Promise.all([
          store.committees.get(meeting.committeeId),
          store.minutes.openActionItems(meeting.committeeId, new Date(meeting.startsAt)),
        ])
      : [undefined, []];
    const audience = meeting ? await store.attendance.audience(meeting.id, meeting.committeeId, MAX_REFRESH_USERS) : [];
    return { meeting, link, committee, openActionItems, audience };
  }

  return {
    get(conversationId, meetingId) {
      const key = `${conversationId}|${meetingId}`;
      const entry = entries.get(key);
      if (entry && now() - entry.at < ttlMs) return entry.context;
      if (entries.size > 1000) entries.clear();
      const context = load(conversationId, meetingId);
      entries.set(key, { at: now(), context });
      // A failed read is not kept.
      context.catch(() => entries.delete(key));
      return context;
    },
    forget() {
      entries.clear();
    },
  };
}
