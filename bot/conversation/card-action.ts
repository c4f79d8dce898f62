import { ZodError } from 'zod';
import { zodMessage } from '../../src/api/errors.js';
import { AppError } from '../../src/domain/shared/errors.js';
import { t } from '../../src/i18n/catalog.js';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { ATTENDANCE_VERBS } from '../cards/attendance-card.js';
import { LINK_VERB } from '../cards/link-card.js';
import { noticeCard } from '../cards/notice.js';
import { onCheckIn, onClose, onRefresh, onSaveProfile, refusalText } from './attendance.js';
import type { TurnInput } from './bot-context.js';
import type { BotDeps } from './bot-deps.js';
import { onLink } from './link.js';
import { minutesActions } from './minutes.js';

type ActionHandler = (deps: BotDeps, input: TurnInput, data: unknown) => Promise<AdaptiveCard>;

const actions: Record<string, ActionHandler> = {
  [ATTENDANCE_VERBS.checkIn]: onCheckIn,
  [ATTENDANCE_VERBS.saveProfile]: onSaveProfile,
  [ATTENDANCE_VERBS.refresh]: onRefresh,
  [ATTENDANCE_VERBS.close]: onClose,
  [LINK_VERB]: onLink,
  ...minutesActions,
};

export type CardActionResult =
  | { type: 'card'; card: AdaptiveCard }
  | { type: 'error'; status: 400 | 401 | 403 | 404 | 409; code: string; message: string };

/**
 * An Action.Execute (or its Action.Submit fallback): the verb picks the handler, the data is parsed by it.
 * Refusals the person can act on come back as a card with the reason; malformed data as a 400.
 */
export async function handleCardAction(
  deps: BotDeps,
  input: TurnInput,
  verb: string,
  data: unknown,
): Promise<CardActionResult> {
  const handler = actions[verb];
  if (!handler)
    return { type: 'error', status: 400, code: 'unknownAction', message: t(input.locale, 'refusal.unknownAction') };
  try {
    return { type: 'card', card: await handler(deps, input, data) };
  } catch (error) {
    if (error instanceof ZodError)
      return {
        type: 'error',
        status: 400,
        code: 'validation',
        message: t(input.locale, 'refusal.invalid', { details: zodMessage(error) }),
      };
    const text = refusalText(error, input.locale);
    if (text) return { type: 'card', card: noticeCard(text) };
    if (error instanceof AppError && error.status < 500)
      return {
        type: 'card',
        card: noticeCard(
          t(input.locale, error.status === 403 ? 'refusal.forbidden' : 'refusal.conflict', { details: error.message }),
        ),
      };
    throw error;
  }
}
