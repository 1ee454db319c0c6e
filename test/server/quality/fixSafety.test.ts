import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { memoryFiles, uriOf } from '../../support/fixture';
import { createReportLensService, type Finding, type ReportLensService, type TextEdit } from '../../../server/src/core/service';
import { applyEdits } from '../../../server/src/core/rules/engine';

/**
 * Every fix the tool offers, applied to the real articles of the
 * development corpus (../shared/corpus-dev, read in place: its text is not
 * the project's to copy), must leave the text sound:
 * - text outside each edit is byte-identical;
 * - no finding appears that was not there before, but on a name, title or
 *   organisation the fixed text reads and the original did not (what the
 *   fix revealed);
 * - no word is doubled that was not doubled before;
 * - no word of a recognised title, name or organisation is lost;
 * - fix-all applies safe fixes only and reaches a fixed point: a second
 *   run changes nothing.
 * Each fix is tried on its own (suggestions included), then every safe fix
 * of the folder together.
 */
const CORPUS = path.resolve(process.cwd(), '../shared/corpus-dev');

function corpusFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort()) {
    files.set(uriOf(name), fs.readFileSync(path.join(CORPUS, name), 'utf8'));
  }
  return files;
}

/**
 * Words folded for comparison: no diacritics, lower case, Roman numerals as
 * Arabic ones (a fix may rewrite one as the other); punctuation and spaces
 * separate them.
 */
function words(text: string): string[] {
  return text
    .replace(/\b[IVXL]+\b/g, (roman) => String(romanValue(roman)))
    // Words a scraper glued together ("HảiPhòng") are two words, as the recognisers read them.
    .replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function romanValue(roman: string): number {
  const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = value[roman[i]];
    total += i + 1 < roman.length && value[roman[i + 1]] > v ? -v : v;
  }
  return total;
}

/** How many times a word directly follows itself (spaces and line breaks between), ignoring case. */
function doublings(text: string): number {
  let count = 0;
  const list = text.toLowerCase().split(/\s+/);
  for (let i = 1; i < list.length; i++) if (/\p{L}/u.test(list[i]) && list[i] === list[i - 1]) count++;
  return count;
}

/**
 * The recognised names, titles and organisations of an article, as folded
 * word lists with their spans. Mentions read through HTML markup ("H&agrave;
 * Nội") are left out: removing the markup rightly changes their words.
 */
function namedSpans(service: ReportLensService, uri: string): { start: number; end: number; words: string[] }[] {
  const article = service.article(uri);
  return (article?.mentions ?? [])
    .filter((m) => (m.kind === 'person' || m.kind === 'title' || m.kind === 'organization') && !/[<&]/.test(m.text))
    .map((m) => ({ start: m.start, end: m.end, words: words(m.text) }));
}

/** Rebuilds the fixed text from the original between the edits, so a change anywhere else shows. */
function assertOnlyEditsChanged(original: string, fixed: string, edits: readonly TextEdit[], what: string): void {
  let expected = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    assert.ok(e.start >= at, `${what}: edits overlap`);
    expected += original.slice(at, e.start) + e.newText;
    at = e.end;
  }
  assert.ok(fixed === expected + original.slice(at), `${what}: text outside the edits changed`);
}

/**
 * The findings as counts per key: `rule «text»` away from the edited
 * region (from, to), and per rule alone over it, where the fix rightly
 * changed the text the findings quote (and findings of two rules folded
 * into one may come apart).
 */
function tally(findings: readonly Finding[], text: string, from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const f of findings) {
    if (f.end < from || f.start > to) add(`${f.rule} «${text.slice(f.start, f.end)}»`);
    else for (const rule of [f.rule, ...f.alsoRules]) add(`${rule} over the edit`);
  }
  return counts;
}

describe('quality: fixes on the real articles of the development corpus', function () {
  this.timeout(120_000);
  let files: Map<string, string>;
  let service: ReportLensService;

  before(async function () {
    if (!fs.existsSync(CORPUS)) this.skip();
    files = corpusFiles();
    service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
  });

  it('applies each fix on its own without damaging the text', () => {
    const problems: string[] = [];
    let tried = 0;
    for (const [uri, text] of files) {
      const before = service.diagnostics(uri);
      const named = namedSpans(service, uri);
      for (const finding of before) {
        for (const fix of finding.fixes) {
          tried++;
          const what = `${path.basename(uri)} ${finding.rule} “${text.slice(finding.start, finding.end).slice(0, 60)}” (${fix.title})`;
          const own = fix.edits.filter((e) => e.uri === uri);
          const fixed = applyEdits(text, own);
          assertOnlyEditsChanged(text, fixed, own, what);
          if (doublings(fixed) > doublings(text)) problems.push(`${what}: doubles a word`);
          // A name, title or organisation keeps every word, wherever the edit moved it.
          const from = Math.min(...own.map((e) => e.start));
          const to = Math.max(...own.map((e) => e.end));
          const delta = own.reduce((sum, e) => sum + e.newText.length - (e.end - e.start), 0);
          for (const m of named) {
            if (m.end < from || m.start > to) continue;
            const region = words(fixed.slice(Math.min(m.start, from), Math.max(m.end, to) + delta));
            const lost = m.words.filter((w) => !region.includes(w));
            if (lost.length > 0) problems.push(`${what}: loses “${lost.join(' ')}” of “${text.slice(m.start, m.end)}”`);
          }
          service.setText(uri, fixed, 1);
          // The region reaches over the findings the edit touched: they may rightly change or come apart.
          const touched = before.filter((f) => f.end >= from && f.start <= to);
          const regionFrom = Math.min(from, ...touched.map((f) => f.start));
          const regionTo = Math.max(to, ...touched.map((f) => f.end));
          const beforeKeys = tally(before, text, regionFrom, regionTo);
          // A finding on a name, title or organisation that only the fixed text reads ("ủy viên Trung ươngĐảng …, ủy
          // viên Bộ Chính trị" read as a chain of posts once the space is back) is what the fix revealed, not damage.
          const readBefore = new Set(named.map((m) => `${m.start}:${m.end}`));
          const revealed = (f: Finding) => {
            const shift = f.start > to + delta ? delta : 0;
            return !readBefore.has(`${f.start - shift}:${f.end - shift}`) && namedSpans(service, uri).some((m) => m.start === f.start && m.end === f.end);
          };
          const after = tally(
            service.diagnostics(uri).filter((f) => !revealed(f)),
            fixed,
            regionFrom,
            regionTo + delta,
          );
          for (const [key, count] of after) {
            if (count > (beforeKeys.get(key) ?? 0)) problems.push(`${what}: new finding ${key}`);
          }
          service.setText(uri, text, 2);
        }
      }
    }
    assert.ok(tried > 0, 'no fix was offered on the corpus');
    assert.deepEqual(problems, []);
  });

  it('applies every safe fix of the folder together, and a second run changes nothing', () => {
    const beforeCounts = new Map([...files.keys()].map((uri) => [uri, service.diagnostics(uri).length]));
    const named = new Map([...files.keys()].map((uri) => [uri, new Set(namedSpans(service, uri).flatMap((m) => m.words))]));
    const edits = service.fixAll();
    assert.ok(edits.length > 0, 'no safe fix on the corpus');
    const problems: string[] = [];
    for (const [uri, text] of files) {
      const own = edits.filter((e) => e.uri === uri);
      if (own.length === 0) continue;
      const fixed = applyEdits(text, own);
      assertOnlyEditsChanged(text, fixed, own, path.basename(uri));
      if (doublings(fixed) > doublings(text)) problems.push(`${path.basename(uri)}: a word is doubled`);
      const left = new Set(words(fixed));
      const lost = [...(named.get(uri) ?? [])].filter((w) => !left.has(w));
      if (lost.length > 0) problems.push(`${path.basename(uri)}: loses ${lost.join(', ')}`);
      service.setText(uri, fixed, 1);
    }
    for (const uri of files.keys()) {
      const after = service.diagnostics(uri);
      if (after.length > (beforeCounts.get(uri) ?? 0)) problems.push(`${path.basename(uri)}: ${after.length - (beforeCounts.get(uri) ?? 0)} more findings after fixing`);
      const safeLeft = after.filter((f) => f.fixes.some((x) => x.safe));
      if (safeLeft.length > 0) problems.push(`${path.basename(uri)}: safe fixes left: ${safeLeft.map((f) => f.rule).join(', ')}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(service.fixAll(), [], 'a second fix-all changes nothing');
    for (const [uri, text] of files) service.setText(uri, text, 2);
  });
});
