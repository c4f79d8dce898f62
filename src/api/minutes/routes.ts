import { Router } from 'express';
import { MinutesActionData } from '../../domain/minutes/action-data.js';
import { keepAdoptedDocument, openMinutes, runMinutesAction } from '../../domain/minutes/minutes-service.js';
import type { MinutesDeps } from '../../domain/minutes/minutes-service.js';
import { ValidationError } from '../../domain/shared/errors.js';
import { renderMinutesDocument } from '../../export/minutes-document.js';
import type { Store } from '../../store/store.js';
import { actorOf } from '../authenticate.js';
import { IdParams } from '../shared-schema.js';
import { handle } from '../validate.js';

/**
 * The minutes of a meeting for the tabs (side panel, meeting page): the same service and the same action
 * data as the bot's minutes card, so both edit the same draft with the same rules.
 */
export function minutesRouter(
  store: Store,
  options: { now: () => Date; background: (task: () => Promise<void>) => void },
): Router {
  const router = Router({ mergeParams: true });
  const deps = (): MinutesDeps => ({ ...store, now: options.now, renderDocument: renderMinutesDocument });

  router.get(
    '/',
    handle({ params: IdParams }, async ({ params }, req, res) => {
      res.json(await openMinutes(deps(), actorOf(req), params.id));
    }),
  );

  router.post(
    '/actions',
    handle({ params: IdParams, body: MinutesActionData }, async ({ params, body }, req, res) => {
      if (body.meetingId !== params.id) throw new ValidationError('meetingId: must be the meeting of the URL');
      const view = await runMinutesAction(deps(), actorOf(req), body);
      if (view.minutes.status === 'adopted')
        options.background(async () => {
          await keepAdoptedDocument(deps(), params.id);
        });
      res.json(view);
    }),
  );
  return router;
}
