import type { FiscalYearStart } from '../fiscal-year/fiscal-year.js';
import { fiscalYearOf } from '../fiscal-year/fiscal-year.js';
import { localDateOf } from '../fiscal-year/time-zone.js';
import type { Meeting } from '../meetings/meeting.js';

/**
 * Where the app reads and writes in a committee's SharePoint folder (the committee's `documentFolder`):
 *
 *   <committee folder>/
 *     Comptes rendus/<fiscal year>/<file>      adopted minutes, e.g. `Comptes rendus/2025-2026/Compte rendu - … .docx`
 *     Rencontres/<YYYY-MM-DD> <title>/<files>  one folder per meeting: the meeting's date in its own time zone,
 *                                              a space, its title
 *
 * People create the meeting folders by hand, and titles change after the fact, so a meeting also claims a
 * folder that only starts with its date, when that pairing is unambiguous (see `assignMeetingFolders`).
 */
export const MINUTES_FOLDER = 'Comptes rendus';
export const MEETINGS_FOLDER = 'Rencontres';

/** Characters SharePoint refuses in a file or folder name, or that break its URLs. */
const UNSAFE_IN_NAMES = /["*:<>?/\\|#%]/g;
const NAME_MAX = 120;

/** A text made fit for a SharePoint file or folder name. */
export function driveItemName(text: string): string {
  const name = text
    .replace(UNSAFE_IN_NAMES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, NAME_MAX)
    // SharePoint refuses a name ending with a dot or starting with `~$`.
    .replace(/[.\s]+$/, '')
    .replace(/^~\$/, '-$');
  return name || '-';
}

/** The folder of the fiscal year in which the meeting took place: `['Comptes rendus', '2025-2026']`. */
export function minutesFolderPath(meeting: Pick<Meeting, 'startsAt'>, start?: FiscalYearStart): string[] {
  return [MINUTES_FOLDER, fiscalYearOf(new Date(meeting.startsAt), start)];
}

const meetingDate = (meeting: Pick<Meeting, 'startsAt' | 'timeZone'>) =>
  localDateOf(new Date(meeting.startsAt), meeting.timeZone);

/** `2025-10-07 Rencontre du comité porteur`: the name of the meeting's folder under `Rencontres/`. */
export function meetingFolderName(meeting: Pick<Meeting, 'startsAt' | 'timeZone' | 'title'>): string {
  return `${meetingDate(meeting)} ${driveItemName(meeting.title)}`;
}

/** SharePoint compares names without regard to case. */
const nameKey = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr-CA');

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?!\d)/;

/**
 * Pairs meetings with the folders of `Rencontres/`. A folder named exactly as `meetingFolderName` goes to its
 * meeting. Then, for each date, when exactly one meeting is still without a folder and exactly one unclaimed
 * folder starts with that date, they go together. Anything else is left alone rather than guessed.
 */
export function assignMeetingFolders<F extends { name: string }>(
  folders: readonly F[],
  meetings: readonly Pick<Meeting, 'id' | 'startsAt' | 'timeZone' | 'title'>[],
): Map<string, F> {
  const assigned = new Map<string, F>();
  const claimed = new Set<F>();
  const byName = new Map<string, F[]>();
  for (const folder of folders) {
    const key = nameKey(folder.name);
    byName.set(key, [...(byName.get(key) ?? []), folder]);
  }
  for (const meeting of meetings) {
    const exact = byName.get(nameKey(meetingFolderName(meeting)));
    if (exact?.length === 1 && !claimed.has(exact[0]!)) {
      assigned.set(meeting.id, exact[0]!);
      claimed.add(exact[0]!);
    }
  }

  const waiting = new Map<string, string[]>();
  for (const meeting of meetings) {
    if (assigned.has(meeting.id)) continue;
    const date = meetingDate(meeting);
    waiting.set(date, [...(waiting.get(date) ?? []), meeting.id]);
  }
  for (const [date, meetingIds] of waiting) {
    if (meetingIds.length !== 1) continue;
    const candidates = folders.filter((folder) => !claimed.has(folder) && DATE_PREFIX.exec(folder.name)?.[1] === date);
    if (candidates.length !== 1) continue;
    assigned.set(meetingIds[0]!, candidates[0]!);
    claimed.add(candidates[0]!);
  }
  return assigned;
}
