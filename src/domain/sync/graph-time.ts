import { instantOf } from '../fiscal-year/time-zone.js';
import type { DateTimeTimeZone } from './calendar-event.js';

/**
 * Graph writes times as a wall clock (`2026-03-31T20:30:00.0000000`) plus a zone name, which is UTC when
 * asked with `Prefer: outlook.timezone="UTC"`, but may be an IANA or a Windows name.
 */

const UTC_NAMES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'coordinated universal time', 'z']);

/** Windows zone names Outlook uses, for the zones members are likely to schedule in. */
const WINDOWS_ZONES: Record<string, string> = {
  'eastern standard time': 'America/Toronto',
  'us eastern standard time': 'America/Indiana/Indianapolis',
  'central standard time': 'America/Chicago',
  'canada central standard time': 'America/Regina',
  'mountain standard time': 'America/Edmonton',
  'us mountain standard time': 'America/Phoenix',
  'pacific standard time': 'America/Vancouver',
  'atlantic standard time': 'America/Halifax',
  'newfoundland standard time': 'America/St_Johns',
  'gmt standard time': 'Europe/London',
  'romance standard time': 'Europe/Paris',
  'w. europe standard time': 'Europe/Berlin',
  'morocco standard time': 'Africa/Casablanca',
  'w. central africa standard time': 'Africa/Lagos',
  'sa pacific standard time': 'America/Bogota',
  'haiti standard time': 'America/Port-au-Prince',
};

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;

function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/');
  } catch {
    return false;
  }
}

/** The IANA zone for a Graph zone name, `undefined` when it is not one this app knows. */
export function ianaZoneOf(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  const key = name.trim().toLowerCase();
  if (UTC_NAMES.has(key)) return 'UTC';
  return WINDOWS_ZONES[key] ?? (isIanaZone(name.trim()) ? name.trim() : undefined);
}

/** The `YYYY-MM-DD` written in a Graph wall clock, whatever its zone (all-day events are dates). */
export function datePartOf(value: DateTimeTimeZone): string | undefined {
  return WALL_CLOCK.test(value.dateTime) ? value.dateTime.slice(0, 10) : undefined;
}

/** The instant a Graph wall clock designates, `undefined` when the text or the zone cannot be read. */
export function instantOfGraph(value: DateTimeTimeZone): Date | undefined {
  const match = WALL_CLOCK.exec(value.dateTime);
  const zone = ianaZoneOf(value.timeZone);
  if (!match || !zone) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Number(((match[7] ?? '') + '000').slice(0, 3));
  if (zone === 'UTC') return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  const instant = instantOf({ year, month, day, hour, minute, second }, zone);
  return new Date(instant.getTime() + millis);
}
