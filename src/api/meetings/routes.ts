import { Router } from 'express';
import { fiscalYear } from '../../domain/fiscal-year/fiscal-year.js';
import type { FiscalYearStart } from '../../domain/fiscal-year/fiscal-year.js';
import { createMeeting, resolveCommittee, updateMeeting } from '../../domain/meetings/meeting-service.js';
import { NotFoundError } from '../../domain/shared/errors.js';
import type { Store } from '../../store/store.js';
import { actorOf } from '../authenticate.js';
import { IdParams } from '../shared-schema.js';
import { handle } from '../validate.js';
import { CreateMeetingBody, ListMeetingsQuery, UpdateMeetingBody } from './schema.js';

export function meetingsRouter(store: Store, options: { now: () => Date; fiscalYearStart: FiscalYearStart }): Router {
  const router = Router();
  const deps = { meetings: store.meetings, committees: store.committees, now: options.now };

  router.get(
    '/',
    handle({ query: ListMeetingsQuery }, async ({ query }, _req, res) => {
      const committee = query.committee ? await resolveCommittee(store.committees, query.committee) : undefined;
      const year = query.fiscalYear ? fiscalYear(query.fiscalYear, options.fiscalYearStart) : undefined;
      const meetings = await store.meetings.list({
        committeeId: committee?.id,
        kinds: query.kind,
        status: query.status,
        teamsMeetingId: query.teamsMeeting,
        from: year?.startsAt,
        to: year?.endsAt,
      });
      res.json({ meetings });
    }),
  );

  router.get(
    '/:id',
    handle({ params: IdParams }, async ({ params }, _req, res) => {
      const meeting = await store.meetings.get(params.id);
      if (!meeting) throw new NotFoundError('meeting', params.id);
      // The documents of the meeting's SharePoint folder, as the last sync listed them.
      res.json({ ...meeting, documents: await store.meetingDocuments.documentsOf(meeting.id) });
    }),
  );

  router.post(
    '/',
    handle({ body: CreateMeetingBody }, async ({ body }, req, res) => {
      res.status(201).json(await createMeeting(deps, actorOf(req), body));
    }),
  );

  router.patch(
    '/:id',
    handle({ params: IdParams, body: UpdateMeetingBody }, async ({ params, body }, req, res) => {
      res.json(await updateMeeting(deps, actorOf(req), params.id, body));
    }),
  );

  return router;
}
