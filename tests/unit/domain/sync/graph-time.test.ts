import { describe, expect, it } from 'vitest';
import { ianaZoneOf, instantOfGraph } from '../../../../src/domain/sync/graph-time.js';

describe('Graph date-times', () => {
  it('read UTC wall clocks with Graph’s seven fractional digits', () => {
    expect(instantOfGraph({ dateTime: '2016-12-09T20:30:00.0000000', timeZone: 'UTC' })!.toISOString()).toBe(
      '2016-12-09T20:30:00.000Z',
    );
    expect(instantOfGraph({ dateTime: '2021-03-16T18:59:52.2782182', timeZone: 'UTC' })!.toISOString()).toBe(
      '2021-03-16T18:59:52.278Z',
    );
  });

  it('read Windows and IANA zones, across daylight saving time', () => {
    expect(
      instantOfGraph({ dateTime: '2026-03-31T23:30:00.0000000', timeZone: 'Eastern Standard Time' })!.toISOString(),
    ).toBe('2026-04-01T03:30:00.000Z');
    expect(
      instantOfGraph({ dateTime: '2026-01-15T09:00:00.0000000', timeZone: 'America/Toronto' })!.toISOString(),
    ).toBe('2026-01-15T14:00:00.000Z');
    expect(
      instantOfGraph({ dateTime: '2026-03-31T20:30:00.0000000', timeZone: 'Pacific Standard Time' })!.toISOString(),
    ).toBe('2026-04-01T03:30:00.000Z');
  });

  it('refuse what they cannot read', () => {
    expect(instantOfGraph({ dateTime: '2026-03-31T20:30:00', timeZone: 'tzone://Microsoft/Custom' })).toBeUndefined();
    expect(instantOfGraph({ dateTime: '31/03/2026', timeZone: 'UTC' })).toBeUndefined();
    expect(ianaZoneOf('Romance Standard Time')).toBe('Europe/Paris');
    expect(ianaZoneOf('Not/A_Zone')).toBeUndefined();
  });
});
