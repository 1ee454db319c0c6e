import * as fs from 'node:fs';
import * as path from 'node:path';
import vocabulary from './vocabulary.json';
import { FAULT_RULES, generateCorpus, type CorpusOptions, type InjectedFault } from './generate';

/**
 * Writes a generated corpus to disk for the benchmark: one file per article,
 * `faults.json` with the position of every injected fault, and the term list
 * of the comparison (`prh.yml` with a `.textlintrc.json` that uses it).
 * `npm run bench -- --generate <folder>` writes one without measuring it.
 */

export const FAULTS_FILE = 'faults.json';
export const PRH_FILE = 'prh.yml';
export const TEXTLINTRC_FILE = '.textlintrc.json';
export const ARTICLES_DIR = 'articles';

export interface WrittenCorpus {
  readonly folder: string;
  readonly articlesDir: string;
  readonly files: number;
  readonly bytes: number;
  readonly faults: number;
}

export function writeCorpus(folder: string, options: CorpusOptions): WrittenCorpus {
  const articlesDir = path.join(folder, ARTICLES_DIR);
  fs.mkdirSync(articlesDir, { recursive: true });
  const { faulty } = generateCorpus(options);
  let bytes = 0;
  const faults: InjectedFault[] = [];
  for (const article of faulty) {
    const data = Buffer.from(article.text, 'utf8');
    bytes += data.length;
    fs.writeFileSync(path.join(articlesDir, article.name), data);
    faults.push(...article.faults);
  }
  fs.writeFileSync(path.join(folder, FAULTS_FILE), JSON.stringify({ rules: FAULT_RULES, faults }));
  fs.writeFileSync(path.join(folder, PRH_FILE), prhYaml(termList()));
  fs.writeFileSync(path.join(folder, TEXTLINTRC_FILE), JSON.stringify({ rules: { prh: { rulePaths: [path.join(folder, PRH_FILE)] } } }, null, 2));
  return { folder, articlesDir, files: faulty.length, bytes, faults: faults.length };
}

/**
 * The term list Report Lens's title-variant and spelling-variant rules
 * enforce on this corpus, written as fixed pattern → expected pairs for prh:
 * every title with "Trưởng Ban" in its lower-case form, the stray comma of
 * the standing deputy's title, and the old tone placements.
 */
export function termList(): [pattern: string, expected: string][] {
  const titles = new Set<string>([
    ...vocabulary.officials.flatMap((o) => o.titles),
    ...vocabulary.provincialPosts.flatMap((titles) => vocabulary.provinces.flatMap((p) => titles.map((t) => t.replace('{province}', p)))),
  ]);
  const terms: [string, string][] = [];
  for (const title of titles) {
    if (title.includes('Trưởng Ban ')) terms.push([title.replace('Trưởng Ban ', 'Trưởng ban '), title]);
    if (title.includes('Thường trực Ban ')) terms.push([title.replace('Thường trực Ban ', 'Thường trực, Ban '), title]);
  }
  // Tone placement only varies in open syllables: "hoà" but never "hoàn" or "Hoàng", so the word must end there.
  for (const [old, current] of [['khoá', 'khóa'], ['Khoá', 'Khóa'], ['uỷ', 'ủy'], ['Uỷ', 'Ủy'], ['hoà', 'hòa'], ['Hoà', 'Hòa']]) {
    terms.push([`/(?<![${LETTERS}])${old}(?![${LETTERS}])/`, current]);
  }
  return terms;
}

/** Vietnamese letters for prh's word boundaries (JavaScript's \b only knows ASCII letters). */
const LETTERS = 'a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';

function prhYaml(terms: readonly [string, string][]): string {
  const quoted = (s: string) => JSON.stringify(s);
  return ['version: 1', 'rules:', ...terms.flatMap(([pattern, expected]) => [`  - expected: ${quoted(expected)}`, `    pattern: ${quoted(pattern)}`]), ''].join('\n');
}
