import { describe, expect, it } from 'vitest';
import { plainText } from '../../../bot/cards/escape-markdown.js';

describe('plainText', () => {
  it('leaves ordinary French text as it is', () => {
    expect(plainText("Bilan de l'année : 12 familles, 3 territoires.")).toBe(
      "Bilan de l'année : 12 familles, 3 territoires.",
    );
  });

  it('escapes links, images, emphasis and code', () => {
    expect(plainText('[cliquez ici](https://exemple.test)')).toBe('\\[cliquez ici\\]\\(https://exemple.test\\)');
    expect(plainText('![x](y)')).toBe('\\!\\[x\\]\\(y\\)');
    expect(plainText('**gras** et _italique_ et `code` ~~barré~~')).toBe(
      '\\*\\*gras\\*\\* et \\_italique\\_ et \\`code\\` \\~\\~barré\\~\\~',
    );
  });

  it('escapes mentions, tags and entities', () => {
    expect(plainText('<at>Tout le monde</at> &lt;b&gt;')).toBe('\\<at\\>Tout le monde\\</at\\> \\&lt;b\\&gt;');
  });

  it('escapes what would start a heading, a list, a quote or a numbered item', () => {
    expect(plainText('# Titre\n- point\n+ autre\n> cité\n1. premier\n2) second\n===')).toBe(
      '\\# Titre\n\n\\- point\n\n\\+ autre\n\n\\> cité\n\n1\\. premier\n\n2\\) second\n\n\\===',
    );
  });

  it('keeps the author’s lines as paragraphs and an existing backslash as a backslash', () => {
    expect(plainText('un\r\ndeux\n\n\n   trois  ')).toBe('un\n\ndeux\n\ntrois');
    expect(plainText('C:\\dossier')).toBe('C:\\\\dossier');
    expect(plainText('')).toBe('');
  });
});
