import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Reading the hand-written gold annotations (format in gold/README.md) and
 * locating each annotation in its article. This module knows nothing of
 * Report Lens's core: the gold must stay independent of the tool it judges.
 */

export type Modifier = 'former' | 'new' | 'acting' | 'concurrent' | 'appointed' | 'left';

export const MODIFIERS: readonly Modifier[] = ['former', 'new', 'acting', 'concurrent', 'appointed', 'left'];

export interface GoldTitle {
  readonly text: string;
  readonly modifiers: readonly Modifier[];
}

/** A located annotation: UTF-16 offsets into the article as written. */
export interface Located {
  readonly locator: string;
  readonly start: number;
  readonly end: number;
  /** Line of the gold file, for error messages. */
  readonly goldLine: number;
}

export interface GoldPerson extends Located {
  readonly identity: string;
  readonly titles: readonly GoldTitle[];
}

export interface GoldDocument extends Located {
  readonly fields: Readonly<Record<string, string>>;
}

export interface GoldCongress extends Located {
  readonly fields: Readonly<Record<string, string>>;
}

export interface GoldPublished {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or undefined for `unknown`. */
  readonly date?: string;
  /**
   * `text` when the article's own text fixes the date; `outside` when it took
   * the URL, knowledge or another article (or nothing dates it). Where the
   * basis is outside, a tool that says "unknown" is right: it may not guess.
   */
  readonly basis: 'text' | 'outside';
  readonly evidence: string;
}

export interface GoldArticle {
  readonly name: string;
  readonly text: string;
  readonly published: GoldPublished;
  readonly persons: readonly GoldPerson[];
  readonly documents: readonly GoldDocument[];
  readonly congresses: readonly GoldCongress[];
}

export class GoldError extends Error {}

/** Reads every `NNN.gold` of the gold folder with its article from the corpus folder. */
export function readGold(goldDir: string, corpusDir: string): GoldArticle[] {
  const names = fs
    .readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold'))
    .sort();
  return names.map((file) => {
    const name = file.slice(0, -'.gold'.length);
    const text = fs.readFileSync(path.join(corpusDir, `${name}.txt`), 'utf8');
    return parseGold(name, text, fs.readFileSync(path.join(goldDir, file), 'utf8'));
  });
}

export function parseGold(name: string, text: string, gold: string): GoldArticle {
  let published: GoldPublished | undefined;
  const persons: GoldPerson[] = [];
  const documents: GoldDocument[] = [];
  const congresses: GoldCongress[] = [];
  const fail = (line: number, why: string): never => {
    throw new GoldError(`${name}.gold:${line}: ${why}`);
  };
  gold.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, '');
    if (content.trim() === '' || content.startsWith('#')) return;
    const fields = content.split('\t');
    const kind = fields[0];
    if (kind === 'published') {
      if (published) fail(line, 'a second published line');
      const value = fields[1]?.trim() ?? '';
      if (value !== 'unknown' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) fail(line, `bad publication date "${value}"`);
      const basis = fields[2]?.trim();
      if (basis !== 'text' && basis !== 'outside') fail(line, `the third field says whether the text alone dates the article: text or outside, not "${basis}"`);
      published = { date: value === 'unknown' ? undefined : value, basis: basis as 'text' | 'outside', evidence: fields.slice(3).join(' ').trim() };
      return;
    }
    if (kind === 'short') return;
    if (kind !== 'person' && kind !== 'document' && kind !== 'congress') fail(line, `unknown kind "${kind}"`);
    const locator = fields[1] ?? '';
    const span = locate(text, locator);
    if (!span) fail(line, `"${locator}" is not in the article`);
    const located = { locator, start: span!.start, end: span!.end, goldLine: line };
    if (kind === 'person') {
      const identity = (fields[2] ?? '').trim();
      if (identity === '') fail(line, 'a person without identity');
      persons.push({ ...located, identity, titles: parseTitles(fields.slice(3).join(' ; ')) });
    } else {
      const values: Record<string, string> = {};
      for (const field of fields.slice(2)) {
        const eq = field.indexOf('=');
        if (eq <= 0) {
          if (field.trim() !== '') fail(line, `field "${field}" is not key=value`);
          continue;
        }
        values[field.slice(0, eq).trim()] = field.slice(eq + 1).trim();
      }
      (kind === 'document' ? documents : congresses).push({ ...located, fields: values });
    }
  });
  if (!published) fail(0, 'no published line');
  return { name, text, published: published!, persons, documents, congresses };
}

/** Titles separated by ` ; `, each with bracketed modifiers before it and an optional bracketed term after it. */
function parseTitles(field: string): GoldTitle[] {
  const titles: GoldTitle[] = [];
  for (const part of field.split(';')) {
    let rest = part.trim();
    if (rest === '') continue;
    const modifiers: Modifier[] = [];
    for (let m = /^\[([a-z]+)\]\s*/.exec(rest); m; m = /^\[([a-z]+)\]\s*/.exec(rest)) {
      if ((MODIFIERS as readonly string[]).includes(m[1])) modifiers.push(m[1] as Modifier);
      rest = rest.slice(m[0].length);
    }
    // A bracketed term qualifier after the title ("[khóa XX]") is not part of it.
    rest = rest.replace(/\s*\[[^\]]*\]\s*$/, '').trim();
    if (rest !== '') titles.push({ text: rest, modifiers });
  }
  return titles;
}

/**
 * Finds the k-th occurrence of a locator `surface#k` in the article, where
 * one space in the surface matches any run of white space (line breaks and
 * non-breaking spaces included), as the gold format says.
 */
export function locate(text: string, locator: string): { start: number; end: number } | undefined {
  const hash = locator.lastIndexOf('#');
  const surface = hash > 0 ? locator.slice(0, hash) : locator;
  const k = hash > 0 ? Number(locator.slice(hash + 1)) : 1;
  if (!Number.isInteger(k) || k < 1 || surface.trim() === '') return undefined;
  const pattern = surface
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\u00a0\\u200b]+');
  for (const candidate of [text, text.normalize('NFC')]) {
    const re = new RegExp(pattern, 'g');
    let found = 0;
    for (let m = re.exec(candidate); m; m = re.exec(candidate)) {
      if (++found === k) return { start: m.index, end: m.index + m[0].length };
      re.lastIndex = m.index + 1;
    }
  }
  return undefined;
}
