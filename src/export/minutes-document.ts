import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatDate, formatDateTime, formatLocalDate, meetingLocalDate } from '../domain/minutes/dates.js';
import type { MinutesDocumentInput, NewMinutesDocument } from '../domain/minutes/ports.js';
import { DOCX_CONTENT_TYPE } from '../domain/minutes/ports.js';
import { translator, type Translate } from '../i18n/catalog.js';

/**
 * The document of adopted minutes, kept in the store and uploaded to the committee's SharePoint folder. It names
 * action owners and the mover and seconder, never who attended (Law 25: the attendance list stays in the app).
 */

const LANGUAGE = { 'fr-CA': 'fr-CA', en: 'en-CA' } as const;

/** Text as paragraphs, one per line the author wrote. */
const paragraphs = (text: string): Paragraph[] =>
  text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => new Paragraph({ text: line }));

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1, spacing: { before: 240 } });
const muted = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

function actionItemsTable(input: MinutesDocumentInput, tr: Translate, nameOf: (id: string) => string): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const header = new TableRow({
    tableHeader: true,
    children: [
      tr('minutes.column.action'),
      tr('minutes.column.owner'),
      tr('minutes.column.dueOn'),
      tr('minutes.column.done'),
    ].map((title) => cell(title, true)),
  });
  const rows = input.minutes.actionItems.map(
    (item) =>
      new TableRow({
        children: [
          cell(item.text),
          cell(item.ownerId ? nameOf(item.ownerId) : tr('minutes.actionItem.noOwner')),
          cell(item.dueOn ? formatLocalDate(item.dueOn, input.locale) : '—'),
          cell(tr(item.done ? 'minutes.yes' : 'minutes.no')),
        ],
      }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [4680, 2160, 1620, 900],
    rows: [header, ...rows],
  });
}

function adoption(input: MinutesDocumentInput, tr: Translate, nameOf: (id: string) => string): Paragraph[] {
  const { minutes, meeting, adoptedAtMeeting: at, locale } = input;
  if (minutes.status !== 'adopted' || !minutes.adoptedAt) return [];
  const lines = [
    tr('minutes.adoption', {
      date: formatDate(minutes.adoptedAt, meeting.timeZone, locale),
      meeting: at?.title ?? '—',
      meetingDate: at ? formatDate(at.startsAt, at.timeZone, locale) : '—',
    }),
  ];
  if (minutes.proposedBy) lines.push(tr('minutes.proposedBy', { name: nameOf(minutes.proposedBy) }));
  if (minutes.secondedBy) lines.push(tr('minutes.secondedBy', { name: nameOf(minutes.secondedBy) }));
  return lines.map(
    (text, i) => new Paragraph({ children: [new TextRun({ text, bold: i === 0 })], spacing: { before: i ? 0 : 360 } }),
  );
}

/** The minutes as a Word document (DOCX). */
export async function renderMinutesDocx(input: MinutesDocumentInput): Promise<Uint8Array> {
  const { minutes, meeting, locale } = input;
  const tr = translator(locale);
  const nameOf = (id: string) => input.people[id] ?? tr('minutes.unknownPerson');
  const title = `${tr('minutes.title')} – ${meeting.title}`;

  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: input.committeeName, bold: true })] }),
    new Paragraph({
      text: tr('minutes.document.date', { date: formatDateTime(meeting.startsAt, meeting.timeZone, locale) }),
    }),
  ];
  if (minutes.notes.trim()) body.push(heading(tr('minutes.section.notes')), ...paragraphs(minutes.notes));

  body.push(heading(tr('minutes.section.agenda')));
  if (!minutes.agendaItems.length) body.push(muted(tr('minutes.empty.agenda')));
  minutes.agendaItems.forEach((item, i) => {
    body.push(new Paragraph({ text: `${i + 1}. ${item.title}`, heading: HeadingLevel.HEADING_2 }));
    body.push(...paragraphs(item.notes));
  });

  body.push(heading(tr('minutes.section.decisions')));
  if (!minutes.decisions.length) body.push(muted(tr('minutes.empty.decisions')));
  minutes.decisions.forEach((decision, i) => body.push(new Paragraph({ text: `${i + 1}. ${decision.text}` })));

  body.push(heading(tr('minutes.section.actionItems')));
  body.push(minutes.actionItems.length ? actionItemsTable(input, tr, nameOf) : muted(tr('minutes.empty.actionItems')));

  body.push(...adoption(input, tr, nameOf));

  const document = new Document({
    title,
    creator: tr('app.name'),
    styles: { default: { document: { run: { font: 'Calibri', language: { value: LANGUAGE[locale] } } } } },
    sections: [{ children: body }],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** SharePoint refuses these in file names. */
const UNSAFE_IN_FILE_NAMES = /["*:<>?/\\|#%]/g;

/** The adopted minutes' document with its file name, e.g. `Compte rendu - Comité porteur - 2025-10-07.docx`. */
export async function renderMinutesDocument(input: MinutesDocumentInput): Promise<NewMinutesDocument> {
  const fileName = translator(input.locale)('minutes.document.fileName', {
    committee: input.committeeName,
    date: meetingLocalDate(input.meeting),
  });
  return {
    fileName: fileName.replace(UNSAFE_IN_FILE_NAMES, '-'),
    contentType: DOCX_CONTENT_TYPE,
    bytes: await renderMinutesDocx(input),
  };
}
