import { describe, expect, it } from 'vitest';
import {
  assignMeetingFolders,
  driveItemName,
  meetingFolderName,
  minutesFolderPath,
} from '../../../src/domain/documents/folders.js';
import { minutesUploadSkip } from '../../../src/domain/documents/minutes-upload.js';
import { emptyMinutes } from '../../../src/domain/minutes/minutes.js';
import { IPECN_TIME_ZONE } from '../../../src/domain/shared/vocabulary.js';

const ZONE = IPECN_TIME_ZONE;
let n = 0;
const meeting = (title: string, startsAt: string) => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  title,
  startsAt,
  timeZone: ZONE,
});
const folder = (name: string) => ({ id: `item-${name}`, name });

describe('SharePoint folder conventions', () => {
  it('file adopted minutes under Comptes rendus and the fiscal year of the meeting, read in Québec', () => {
    expect(minutesFolderPath({ startsAt: '2026-04-01T03:30:00Z' })).toEqual(['Comptes rendus', '2025-2026']);
    expect(minutesFolderPath({ startsAt: '2026-04-01T04:30:00Z' })).toEqual(['Comptes rendus', '2026-2027']);
    expect(minutesFolderPath({ startsAt: '2026-01-10T15:00:00Z' }, { month: 1, day: 1 })).toEqual([
      'Comptes rendus',
      '2026-2027',
    ]);
  });

  it('name a meeting’s folder by its local date and a title SharePoint accepts', () => {
    expect(meetingFolderName(meeting('Rencontre: bilan / suite?', '2025-10-08T01:30:00Z'))).toBe(
      '2025-10-07 Rencontre- bilan - suite-',
    );
    expect(driveItemName('  Ordre du jour final.  ')).toBe('Ordre du jour final');
    expect(driveItemName('~$brouillon.docx')).toBe('-$brouillon.docx');
    expect(driveItemName('???')).toBe('---');
  });

  it('pair meetings with folders by exact name first, then by date when only one of each is left', () => {
    const autumn = meeting("Rencontre d'automne", '2025-10-07T17:30:00Z');
    const morning = meeting('Atelier du matin', '2025-11-04T14:00:00Z');
    const evening = meeting('Atelier du soir', '2025-11-04T23:00:00Z');
    const review = meeting('Bilan', '2025-12-02T23:00:00Z');
    const folders = [
      folder("2025-10-07 RENCONTRE D'AUTOMNE"),
      folder('2025-11-04 Atelier du soir'),
      folder('2025-11-04 Documents'),
      folder('2025-12-02 Bilan (provisoire)'),
      folder('2025-12-02 Autre'),
      folder('2025-12-020 Pas une date'),
    ];

    const assigned = assignMeetingFolders(folders, [autumn, morning, evening, review]);

    expect(Object.fromEntries([...assigned].map(([id, item]) => [id, item.name]))).toEqual({
      [autumn.id]: "2025-10-07 RENCONTRE D'AUTOMNE",
      [evening.id]: '2025-11-04 Atelier du soir',
      [morning.id]: '2025-11-04 Documents',
    });
  });

  it('upload adopted minutes that have a document and no link yet', () => {
    const adopted = { ...emptyMinutes('00000000-0000-4000-8000-000000000001', new Date()), status: 'adopted' as const };
    const document = {
      meetingId: adopted.meetingId,
      fileName: 'Compte rendu.docx',
      contentType: 'application/octet-stream',
      bytes: new Uint8Array(1),
      createdAt: '2025-12-02T19:00:00.000Z',
      uploadedUrl: null,
    };
    expect(minutesUploadSkip(adopted, document)).toBeUndefined();
    expect(minutesUploadSkip({ ...adopted, status: 'circulated' }, document)).toBe('notAdopted');
    expect(minutesUploadSkip(undefined, undefined)).toBe('notAdopted');
    expect(minutesUploadSkip(adopted, undefined)).toBe('noDocument');
    expect(minutesUploadSkip({ ...adopted, documentUrl: 'https://ipecn.sharepoint.com/a.docx' }, document)).toBe(
      'alreadyUploaded',
    );
  });
});
