import * as fs from 'node:fs';
import * as path from 'node:path';
import { locate } from './gold';

/**
 * The real problems a reader listed for the development corpus
 * (`known-problems.tsv`, written from the list in the corpus README), and
 * which of them the tool flags. A problem is flagged when a finding overlaps
 * the words it quotes in one of its files. Each line is: the file or files
 * (`027,028`), the words as written (spaces collapsed, a line break written
 * as one space, `#k` for the k-th occurrence, located as the gold's are), and what is
 * wrong, in words.
 */

export interface KnownProblem {
  readonly files: readonly string[];
  /** The words as the gold locates a surface: `words` or `words#k`. */
  readonly words: string;
  readonly what: string;
  readonly at: string;
}

/** A finding with its range as offsets into its article. */
export interface PlacedFinding {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

export function readKnown(file: string): KnownProblem[] {
  if (!fs.existsSync(file)) return [];
  const out: KnownProblem[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '' || line.startsWith('#')) return;
      const [files, quoted, what] = line.split('\t');
      const at = `${path.basename(file)}:${i + 1}`;
      if (!files || !quoted || !what) throw new Error(`${at}: expected three fields: files, words, what`);
      out.push({ files: files.split(','), words: quoted, what, at });
    });
  return out;
}

export interface KnownResult {
  readonly problem: KnownProblem;
  /** The rules whose findings overlap the problem's words. */
  readonly rules: readonly string[];
}

/** Each problem with the rules that flag it; `textOf` reads an article by its file name (without .txt). */
export function scoreKnown(problems: readonly KnownProblem[], findings: readonly PlacedFinding[], textOf: (file: string) => string): KnownResult[] {
  return problems.map((problem) => {
    const rules = new Set<string>();
    for (const file of problem.files) {
      const span = locate(textOf(file), problem.words);
      if (!span) throw new Error(`${problem.at}: “${problem.words}” is not in ${file}.txt`);
      for (const f of findings) if (f.file === file && f.start < span.end && span.start < f.end) rules.add(f.rule);
    }
    return { problem, rules: [...rules].sort() };
  });
}
