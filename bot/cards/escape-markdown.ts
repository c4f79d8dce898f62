/**
 * Text typed by users (titles, notes, names) shown in a TextBlock or a FactSet, which Teams renders as
 * Markdown: escaped so that it reads as written and can carry no link, mention, emphasis, list or heading.
 */

// Markdown's inline syntax and the characters of HTML tags and entities (Teams' <at> mentions among them).
const INLINE = /[\\`*_~[\](){}<>#|!&]/g;
// What turns a line into a list item, a heading underline or a numbered item.
const LINE_START = /^[-+=]/;
const NUMBERED = /^(\d+)\./;

export function plainText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(INLINE, '\\$&').replace(LINE_START, '\\$&').replace(NUMBERED, '$1\\.'))
    .join('\n\n');
}
