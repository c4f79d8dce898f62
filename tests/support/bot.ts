import { readFileSync } from 'node:fs';
import { TestAdapter, type Activity, type ConversationReference } from 'botbuilder';
import type { AdaptiveCard } from '../../bot/cards/adaptive-card.js';
import type { BotDeps } from '../../bot/conversation/bot-deps.js';
import { meetingContexts } from '../../bot/conversation/meeting-context.js';
import { createBot } from '../../bot/ipecn-bot.js';
import { referenceData } from '../../src/domain/reference/reference-data.js';
import type { Store } from '../../src/store/store.js';

/** A recorded Teams activity from tests/fixtures/activities, with overrides; a fresh copy each time. */
export function recordedActivity(name: string, overrides: Record<string, unknown> = {}): Partial<Activity> {
  const url = new URL(`../fixtures/activities/${name}.json`, import.meta.url);
  return { ...(JSON.parse(readFileSync(url, 'utf8')) as object), ...overrides } as Partial<Activity>;
}

export interface TestBot {
  deps: BotDeps;
  /** Cards posted outside a turn (summaries), with the conversation they were posted to. */
  posted: { conversation: Partial<ConversationReference>; card: AdaptiveCard }[];
  /** Sends an activity through botbuilder's TestAdapter; returns the replies and the invoke response. */
  send(activity: Partial<Activity>): Promise<{ replies: Partial<Activity>[]; invokeResponse: unknown }>;
  /** Waits for background work (work done after an invoke has been answered); throws its first failure. */
  settle(): Promise<void>;
}

export function createTestBot(store: Store, options: { now?: () => Date; tenantId?: string } = {}): TestBot {
  const posted: TestBot['posted'] = [];
  const pending: Promise<void>[] = [];
  const failures: unknown[] = [];
  const deps: BotDeps = {
    store,
    reference: referenceData,
    now: options.now ?? (() => new Date()),
    fiscalYearStart: { month: 4, day: 1 },
    tenantId: options.tenantId,
    // Tests change the store directly between activities, as the API would: no reuse of earlier reads.
    contexts: meetingContexts(store, { ttlMs: 0 }),
    notifier: {
      post: async (conversation, card) => {
        posted.push({ conversation, card });
      },
    },
    background: (task) => {
      // The failure is kept for settle(), so that it fails the test that waits for the work.
      pending.push(task().catch((error: unknown) => void failures.push(error)));
    },
  };
  const bot = createBot(deps);
  return {
    deps,
    posted,
    async send(activity) {
      const adapter = new TestAdapter(async (context) => bot.run(context));
      await adapter.processActivity(activity);
      const sent = adapter.activeQueue.splice(0);
      // The handler answers an invoke with an `invokeResponse` activity; TestAdapter queues it with the replies.
      const invoke = sent.find((reply) => reply.type === 'invokeResponse');
      return {
        replies: sent.filter((reply) => reply.type !== 'invokeResponse'),
        invokeResponse: (invoke?.value as { body?: unknown } | undefined)?.body,
      };
    },
    async settle() {
      while (pending.length) await pending.shift();
      if (failures.length) throw failures.splice(0)[0];
    },
  };
}
