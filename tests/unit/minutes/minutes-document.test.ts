import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLocalDate } from '../../../src/domain/minutes/dates.js';
import type { Minutes } from '../../../src/domain/minutes/minutes.js';
import { emptyMinutes } from '../../../src/domain/minutes/minutes.js';
import type { MinutesDocumentInput } from '../../../src/domain/minutes/ports.js';
import { DOCX_CONTENT_TYPE } from '../../../src/domain/minutes/ports.js';
import { renderMinutesDocument, renderMinutesDocx } from '../../../src/export/minutes-document.js';
import { readZip } from '../../support/zip.js';

const owner = '6f1c8e55-2f7d-4c8e-9d35-1d0c7c9b1a01';
const mover = '6f1c8e55-2f7d-4c8e-9d35-1d0c7c9b1a02';

function input(
  overrides: Partial<Minutes> = {},
  locale: MinutesDocumentInput['locale'] = 'fr-CA',
): MinutesDocumentInput {
  const meetingId = '6f1c8e55-2f7d-4c8e-9d35-1d0c7c9b1a00';
  return {
    committeeName: 'Comité porteur',
    meeting: { title: 'Rencontre d’automne', startsAt: '2025-10-07T17:30:00.000Z', timeZone: 'America/Toronto' },
    adoptedAtMeeting: {
      title: 'Rencontre de novembre',
      startsAt: '2025-11-04T18:30:00.000Z',
      timeZone: 'America/Toronto',
    },
    minutes: {
      ...emptyMinutes(meetingId, new Date('2025-11-04T19:00:00Z')),
      status: 'adopted',
      notes: 'Quorum atteint.',
      agendaItems: [{ title: 'Bilan 2024-2025', notes: 'Douze familles rejointes.\nPortneuf à renforcer.' }],
      decisions: [
        { text: 'Reconduire la formation interculturelle' },
        { text: 'Inviter la Ville de Québec & le CIUSSS' },
      ],
      actionItems: [
        { text: 'Envoyer le bilan', ownerId: owner, dueOn: '2025-11-01', done: false },
        { text: 'Réserver la salle', ownerId: null, dueOn: null, done: true },
      ],
      adoptedAtMeetingId: '6f1c8e55-2f7d-4c8e-9d35-1d0c7c9b1a03',
      adoptedAt: '2025-11-04T19:00:00.000Z',
      proposedBy: mover,
      secondedBy: owner,
      version: 5,
      ...overrides,
    },
    people: { [owner]: 'Luc Tremblay', [mover]: 'Amina Diallo' },
    locale,
  };
}

/** The document's text, paragraph by paragraph. */
async function documentText(bytes: Uint8Array): Promise<string> {
  const xml = readZip(bytes).get('word/document.xml')!.toString('utf8');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'");
}

describe('minutes document', () => {
  it('is a Word document (a zip with word/document.xml) holding the minutes in French', async () => {
    const bytes = await renderMinutesDocx(input());
    const entries = readZip(bytes);
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const text = await documentText(bytes);
    for (const expected of [
      'Compte rendu – Rencontre d’automne',
      'Comité porteur',
      'Date : 7 octobre 2025, 13 h 30',
      'Quorum atteint.',
      '1. Bilan 2024-2025',
      'Douze familles rejointes.\nPortneuf à renforcer.',
      '1. Reconduire la formation interculturelle',
      '2. Inviter la Ville de Québec & le CIUSSS',
      'Envoyer le bilan\nLuc Tremblay\n1er novembre 2025\nNon',
      'Réserver la salle\nNon attribuée\n—\nOui',
      'Adopté le 4 novembre 2025 à la rencontre « Rencontre de novembre » du 4 novembre 2025.',
      'Proposé par : Amina Diallo',
      'Appuyé par : Luc Tremblay',
    ])
      expect(text).toContain(expected);
  });

  it('never lists who attended', async () => {
    const text = await documentText(await renderMinutesDocx(input()));
    expect(text).not.toMatch(/présent|present|attendance|présence/i);
  });

  it('is written in English when asked', async () => {
    const text = await documentText(await renderMinutesDocx(input({}, 'en')));
    expect(text).toContain('Date: October 7, 2025, 1:30 p.m.');
    expect(text).toContain('Moved by: Amina Diallo');
    expect(text).toContain('Action item\nOwner\nDue date\nDone');
  });

  it('comes with its file name and content type', async () => {
    const document = await renderMinutesDocument(input());
    expect(document.fileName).toBe('Compte rendu - Comité porteur - 2025-10-07.docx');
    expect(document.contentType).toBe(DOCX_CONTENT_TYPE);
    expect(readZip(document.bytes).has('word/document.xml')).toBe(true);
    const slashes = await renderMinutesDocument({ ...input(), committeeName: 'Comité de travail 0/5 ans' });
    expect(slashes.fileName).toBe('Compte rendu - Comité de travail 0-5 ans - 2025-10-07.docx');
  });
});

describe('minutes dates', () => {
  it('read Montréal time the Québec way, and the English way', () => {
    expect(formatDateTime('2025-10-07T17:30:00Z', 'America/Toronto', 'fr-CA')).toBe('7 octobre 2025, 13 h 30');
    expect(formatDateTime('2025-12-01T14:00:00Z', 'America/Toronto', 'fr-CA')).toBe('1er décembre 2025, 9 h');
    expect(formatDateTime('2025-10-07T17:30:00Z', 'America/Toronto', 'en')).toBe('October 7, 2025, 1:30 p.m.');
    // 00:30 UTC on 1 January is still 31 December in Montréal.
    expect(formatDateTime('2026-01-01T00:30:00Z', 'America/Toronto', 'fr-CA')).toBe('31 décembre 2025, 19 h 30');
    expect(formatLocalDate('2025-11-01', 'fr-CA')).toBe('1er novembre 2025');
  });
});
