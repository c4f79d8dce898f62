import { z } from 'zod';
import { MinutesActionData, MINUTES_VERBS } from '../../src/domain/minutes/action-data.js';
import { MinutesChangedError } from '../../src/domain/minutes/minutes.js';
import { keepAdoptedDocument, openMinutes, runMinutesAction } from '../../src/domain/minutes/minutes-service.js';
import type { MinutesDeps, MinutesView } from '../../src/domain/minutes/minutes-service.js';
import { currentOrNextMeeting } from '../../src/domain/meetings/teams-meeting.js';
import { renderMinutesDocument } from '../../src/export/minutes-document.js';
import { t } from '../../src/i18n/catalog.js';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { minutesCard } from '../cards/minutes-card.js';
import { noticeCard, withNotice } from '../cards/notice.js';
import { OPEN_MINUTES_VERB } from '../cards/summary-card.js';
import { meetingOfConversation } from './attendance.js';
import { actorOf } from './bot-context.js';
import type { TurnInput } from './bot-context.js';
import type { BotDeps } from './bot-deps.js';

type MinutesHandler = (deps: BotDeps, input: TurnInput, data: unknown) => Promise<AdaptiveCard>;

function minutesDeps(deps: BotDeps): MinutesDeps {
  return { ...deps.store, now: deps.now, renderDocument: renderMinutesDocument };
}

const cardOf = (view: MinutesView, input: TurnInput): AdaptiveCard => minutesCard({ ...view, locale: input.locale });

/** The adopted minutes' document is rendered after the answer (and again later if that failed). */
function keepDocumentLater(deps: BotDeps, meetingId: string) {
  deps.background(async () => {
    await keepAdoptedDocument(minutesDeps(deps), meetingId);
  });
}

/** The summary card's "Ouvrir le compte rendu" button, and `compte-rendu` in a linked conversation. */
const onOpen: MinutesHandler = async (deps, input, data) => {
  const { meetingId } = z.object({ meetingId: z.uuid() }).parse(data);
  const actor = await actorOf(deps, input);
  await meetingOfConversation(deps, input.conversation, meetingId);
  const view = await openMinutes(minutesDeps(deps), actor, meetingId);
  if (view.minutes.status === 'adopted') keepDocumentLater(deps, meetingId);
  return cardOf(view, input);
};

/** Every edit verb: parse, run the service (adoption renders the document in the same transaction), show. */
const onEdit: MinutesHandler = async (deps, input, data) => {
  const action = MinutesActionData.parse(data);
  const actor = await actorOf(deps, input);
  await meetingOfConversation(deps, input.conversation, action.meetingId);
  try {
    const view = await runMinutesAction(minutesDeps(deps), actor, action);
    deps.contexts.forget();
    if (action.verb === MINUTES_VERBS.adopt) keepDocumentLater(deps, action.meetingId);
    return cardOf(view, input);
  } catch (error) {
    // Someone else saved first: show the minutes as they are now, with the reason.
    if (!(error instanceof MinutesChangedError)) throw error;
    const fresh = cardOf(await openMinutes(minutesDeps(deps), actor, action.meetingId), input);
    return withNotice(fresh, t(input.locale, 'refusal.conflict', { details: error.message }), 'warning');
  }
};

export const minutesActions: Record<string, MinutesHandler> = {
  [OPEN_MINUTES_VERB]: onOpen,
  ...Object.fromEntries(Object.values(MINUTES_VERBS).map((verb) => [verb, onEdit])),
};

/** `compte-rendu` / `minutes`: the minutes of the meeting under way, or of the last one. */
export async function minutesCommand(deps: BotDeps, input: TurnInput): Promise<AdaptiveCard> {
  const actor = await actorOf(deps, input);
  const link = await deps.store.conversationLinks.get(input.conversation.id);
  if (!link) return noticeCard(t(input.locale, 'link.notLinked'), 'warning');
  const meetings = await deps.store.meetings.list({
    committeeId: link.committeeId,
    to: new Date(deps.now().getTime() + 3600_000),
  });
  const meeting = currentOrNextMeeting(meetings, deps.now()) ?? meetings.at(-1);
  if (!meeting) return noticeCard(t(input.locale, 'attendance.noMeeting'), 'warning');
  return cardOf(await openMinutes(minutesDeps(deps), actor, meeting.id), input);
}
