import type { ConversationReference } from 'botbuilder';
import type { FiscalYearStart } from '../../src/domain/fiscal-year/fiscal-year.js';
import type { ReferenceData } from '../../src/domain/reference/reference-data.js';
import type { Store } from '../../src/store/store.js';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import type { MeetingContexts } from './meeting-context.js';

/** Posts a card to a conversation outside of a turn (after an invoke has been answered). */
export interface Notifier {
  post(conversation: Partial<ConversationReference>, card: AdaptiveCard): Promise<void>;
}

/** Everything the bot's plain functions need; the adapter builds it once in the composition root. */
export interface BotDeps {
  store: Store;
  reference: ReferenceData;
  now: () => Date;
  fiscalYearStart: FiscalYearStart;
  /** When set, activities from any other Microsoft 365 tenant are refused. */
  tenantId: string | undefined;
  notifier: Notifier;
  /** Short-lived per-meeting reads shared by concurrent check-ins. */
  contexts: MeetingContexts;
  /** Runs slow work after the turn has been answered; errors are logged, never lost silently. */
  background(task: () => Promise<void>): void;
}
