import type { Meeting } from '../meetings/meeting.js';

/**
 * Calendar meetings whose end has passed and that nobody cancelled took place: they count as held even
 * when no one used the attendance card (an in-person meeting, for instance).
 */
export function pastPlannedMeetings(meetings: readonly Meeting[], now: Date): Meeting[] {
  return meetings.filter(
    (meeting) =>
      meeting.status === 'planned' && meeting.graphEventId !== null && Date.parse(meeting.endsAt) <= now.getTime(),
  );
}

/** Online meetings whose Teams attendance report may be ready: held, ended within the last `days`. */
export function meetingsWithReports(meetings: readonly Meeting[], now: Date, days = 14): Meeting[] {
  const since = now.getTime() - days * 86_400_000;
  return meetings.filter(
    (meeting) =>
      meeting.status === 'held' &&
      meeting.onlineJoinUrl !== null &&
      Date.parse(meeting.endsAt) <= now.getTime() &&
      Date.parse(meeting.endsAt) >= since,
  );
}
