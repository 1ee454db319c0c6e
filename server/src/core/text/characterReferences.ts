import markupData from '../../../../data/markup.json';

/**
 * HTML character references ("&agrave;", "&nbsp;", "&#7871;") that scrapers
 * leave in articles. The matching text reads each as the character it stands
 * for, so "Quảng Ng&atilde;i" is one word to the recognisers, and the
 * text-artifact rule writes it back as that character.
 */

/** A reference, group 1 its name or number; sticky, so it can be tried at one offset. */
export const CHARACTER_REFERENCE = /&(#\d{1,6}|#x[0-9A-Fa-f]{1,5}|[A-Za-z]{2,8});/y;

const NAMED: Readonly<Record<string, string>> = markupData.entities;
/** Accents of Latin letters in reference names ("agrave", "ocirc"), as combining marks. */
const ACCENTS: Readonly<Record<string, string>> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327' };

/** The character a reference's name or number stands for, or undefined when it names none (then it is not a reference). */
export function characterOf(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  if (NAMED[name] !== undefined) return NAMED[name];
  const accent = ACCENTS[name.slice(1)];
  return accent && /^[A-Za-z]$/.test(name[0]) ? `${name[0]}${accent}`.normalize('NFC') : undefined;
}

/** The reference starting at `at`, with its length and character, if there is one. */
export function referenceAt(text: string, at: number): { length: number; character: string } | undefined {
  CHARACTER_REFERENCE.lastIndex = at;
  const m = CHARACTER_REFERENCE.exec(text);
  const character = m ? characterOf(m[1]) : undefined;
  return m && character !== undefined ? { length: m[0].length, character } : undefined;
}

/** A text with its character references written as their characters ("Ph&oacute;" → "Phó"). */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const reference = text.charCodeAt(i) === 0x26 ? referenceAt(text, i) : undefined;
    if (reference) {
      out += reference.character;
      i += reference.length;
    } else out += text[i++];
  }
  return out;
}
