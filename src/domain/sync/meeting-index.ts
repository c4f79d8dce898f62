import { localDateOf } from '../fiscal-year/time-zone.js';
import type { Meeting } from '../meetings/meeting.js';
import { IPECN_TIME_ZONE } from '../shared/vocabulary.js';

export interface EventKeys {
  graphEventId: string;
  iCalUId?: string | null;
  onlineJoinUrl?: string | null;
  startsAt?: string;
}

export interface MeetingIndex {
  /**
   * The stored meeting an event stands for: by iCalUId (stable across calendars and moves), then by event
   * id, then, for a Teams meeting the bot recorded before any sync, by join link on the same local day
   * (the occurrences of a recurring Teams meeting share one link).
   */
  find(keys: EventKeys): Meeting | undefined;
  byEventId(graphEventId: string): Meeting | undefined;
  put(meeting: Meeting): void;
  all(): Meeting[];
}

const sameLocalDay = (a: string, b: string) =>
  localDateOf(new Date(a), IPECN_TIME_ZONE) === localDateOf(new Date(b), IPECN_TIME_ZONE);

export function meetingIndex(meetings: readonly Meeting[]): MeetingIndex {
  const byId = new Map<string, Meeting>();
  const byICalUId = new Map<string, string>();
  const byEventId = new Map<string, string>();

  const put = (meeting: Meeting) => {
    const previous = byId.get(meeting.id);
    if (previous?.iCalUId && byICalUId.get(previous.iCalUId) === meeting.id) byICalUId.delete(previous.iCalUId);
    if (previous?.graphEventId && byEventId.get(previous.graphEventId) === meeting.id)
      byEventId.delete(previous.graphEventId);
    byId.set(meeting.id, meeting);
    if (meeting.iCalUId) byICalUId.set(meeting.iCalUId, meeting.id);
    if (meeting.graphEventId) byEventId.set(meeting.graphEventId, meeting.id);
  };
  meetings.forEach(put);

  const get = (id: string | undefined) => (id ? byId.get(id) : undefined);

  return {
    find(keys) {
      const found =
        (keys.iCalUId ? get(byICalUId.get(keys.iCalUId)) : undefined) ?? get(byEventId.get(keys.graphEventId));
      if (found || !keys.onlineJoinUrl || !keys.startsAt) return found;
      return [...byId.values()].find(
        (meeting) =>
          meeting.graphEventId === null &&
          meeting.onlineJoinUrl === keys.onlineJoinUrl &&
          sameLocalDay(meeting.startsAt, keys.startsAt!),
      );
    },
    byEventId: (graphEventId) => get(byEventId.get(graphEventId)),
    put,
    all: () => [...byId.values()],
  };
}
