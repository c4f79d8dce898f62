import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../src/domain/meetings/meeting.js';
import type { AttendanceReport } from '../../../../src/domain/sync/attendance-report.js';
import { attendeesOf, organizerOfJoinUrl, reportsOfMeeting } from '../../../../src/domain/sync/attendance-report.js';
import { meetingIndex } from '../../../../src/domain/sync/meeting-index.js';

const TENANT = '909c6581-5130-43e9-88f3-fcb3582cde37';
const OID = 'dc17674c-81d9-4adb-bfb2-8f6a442e4622';
const JOIN = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGQ4%40thread.v2/0?context=%7b%22Tid%22%3a%22${TENANT}%22%2c%22Oid%22%3a%22${OID}%22%7d`;

const meeting = (overrides: Partial<Meeting> = {}) =>
  ({
    id: 'm1',
    startsAt: '2026-02-10T18:00:00.000Z',
    endsAt: '2026-02-10T20:00:00.000Z',
    graphEventId: null,
    iCalUId: null,
    onlineJoinUrl: JOIN,
    ...overrides,
  }) as Meeting;

describe('attendance reports', () => {
  it('read the organizer from the join link', () => {
    expect(organizerOfJoinUrl(JOIN)).toEqual({ objectId: OID, tenantId: TENANT });
    expect(organizerOfJoinUrl('https://teams.microsoft.com/meet/1234567890?p=abc')).toBeUndefined();
  });

  it('keep the sessions held around the meeting’s own time', () => {
    const reports: AttendanceReport[] = [
      { id: 'this', meetingStartDateTime: '2026-02-10T17:58:23Z', meetingEndDateTime: '2026-02-10T19:43:49Z' },
      { id: 'late', meetingStartDateTime: '2026-02-10T21:30:00Z', meetingEndDateTime: '2026-02-10T22:00:00Z' },
      { id: 'last-week', meetingStartDateTime: '2026-02-03T17:59:31Z', meetingEndDateTime: '2026-02-03T19:58:57Z' },
    ];
    expect(reportsOfMeeting(reports, meeting()).map((report) => report.id)).toEqual(['this', 'late']);
  });

  it('count each present person once and skip those who cannot be identified', () => {
    const record = (id: string | null, email: string | null, seconds = 60) => ({
      emailAddress: email,
      totalAttendanceInSeconds: seconds,
      identity: { id, displayName: 'Quelqu’un', tenantId: null },
    });
    const { attendees, skipped } = attendeesOf(
      [
        { id: 'a', attendanceRecords: [record(OID, 'Alice@IPECN.example'), record(null, 'bob@ipecn.example')] },
        {
          id: 'b',
          attendanceRecords: [
            record(OID, 'alice@ipecn.example'),
            record('8:teamsvisitor:xyz', null),
            record(null, 'zero@ipecn.example', 0),
          ],
        },
      ],
      TENANT,
    );
    expect(attendees).toEqual([
      { objectId: OID, tenantId: TENANT, email: 'alice@ipecn.example', displayName: 'Quelqu’un' },
      { objectId: null, tenantId: null, email: 'bob@ipecn.example', displayName: 'Quelqu’un' },
    ]);
    expect(skipped).toBe(1);
  });
});

describe('matching events with stored meetings', () => {
  it('goes by iCalUId, then event id, then a bot-recorded Teams meeting on the same local day', () => {
    const byIcal = meeting({ id: 'a', iCalUId: 'ical-a', graphEventId: 'old-id', onlineJoinUrl: null });
    const byEvent = meeting({ id: 'b', graphEventId: 'event-b', onlineJoinUrl: null });
    const fromBot = meeting({ id: 'c', startsAt: '2026-02-17T18:05:00.000Z' });
    const index = meetingIndex([byIcal, byEvent, fromBot]);
    expect(index.find({ graphEventId: 'new-id', iCalUId: 'ical-a' })?.id).toBe('a');
    expect(index.find({ graphEventId: 'event-b', iCalUId: 'unknown' })?.id).toBe('b');
    expect(index.find({ graphEventId: 'e', onlineJoinUrl: JOIN, startsAt: '2026-02-17T18:00:00.000Z' })?.id).toBe('c');
    expect(
      index.find({ graphEventId: 'e', onlineJoinUrl: JOIN, startsAt: '2026-02-24T18:00:00.000Z' }),
    ).toBeUndefined();
    index.put({ ...byIcal, graphEventId: 'new-id' });
    expect(index.byEventId('new-id')?.id).toBe('a');
    expect(index.byEventId('old-id')).toBeUndefined();
  });
});
