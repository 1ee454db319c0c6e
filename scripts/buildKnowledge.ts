import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Builds data/knowledge-base.json from its source, data/knowledge/knowledge.jsonc,
 * and the fact table it was compiled from, data/knowledge/facts.md. Each fact of
 * the source names the rows of the fact table it comes from ("from"), and the
 * built fact gets those rows' source URLs as the table writes them: a URL copied
 * by hand once lost part of its slug, and a URL that is read from the table
 * cannot drift from it.
 *
 * `npm run build:knowledge` writes the file; `--check` only says whether the
 * committed file is what the source builds (a unit test asks the same).
 */

/** A source URL in the fact table: up to a space, a cell border, a semicolon, a closing parenthesis or bracket, or a quote. */
const URL = /https?:\/\/[^\s|;)>"]+/gu;
/** A section heading: "## B. Party congresses …", "### A1. Trưởng Ban …". */
const SECTION = /^#{2,3} ([A-Z]\d*)\. /u;
/** A table's header or its rule: not a fact. */
const TABLE_HEAD = /^\|\s*(?:fact\s*\||-)/u;
/** A numbered item of a list section ("4. **Issuer of …**"), whose following lines belong to it. */
const ITEM = /^(\d+)\. /u;
/** A reference to one URL of a row: "A1: Tô Huy Rứa – start #2". */
const ONE_URL = /^(.*) #(\d+)$/u;

const BUILT_NOTE =
  'Built by `npm run build:knowledge` from data/knowledge/knowledge.jsonc, with every source URL taken from the rows of data/knowledge/facts.md the fact names: edit those, not this file. ';

/**
 * The fact table's rows by name, each with its source URLs in the table's order. A table row is named
 * "<section>: <first cell>" ("A1: Tô Huy Rứa – start"), and a numbered item "<section><number>" ("F4").
 */
export function factRows(table: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  let section: string | undefined;
  let item: string[] | undefined;
  for (const line of table.split('\n')) {
    const heading = SECTION.exec(line);
    if (heading) {
      section = heading[1];
      item = undefined;
      continue;
    }
    if (section === undefined) continue;
    if (line.startsWith('|')) {
      if (TABLE_HEAD.test(line)) continue;
      const cells = line.trim().replace(/^\||\|$/gu, '').split('|').map((cell) => cell.trim());
      addRow(rows, `${section}: ${cells[0]}`, [...(cells[2] ?? '').matchAll(URL)].map((m) => m[0]));
      continue;
    }
    const numbered = ITEM.exec(line);
    if (numbered) item = addRow(rows, `${section}${numbered[1]}`, []);
    if (item) for (const [url] of line.matchAll(URL)) if (!item.includes(url)) item.push(url);
  }
  return rows;
}

function addRow(rows: Map<string, string[]>, name: string, urls: string[]): string[] {
  if (rows.has(name)) throw new Error(`facts.md names two rows "${name}": a fact could not say which it comes from`);
  rows.set(name, urls);
  return urls;
}

/** The source URLs a fact's "from" names, in order, each once. */
function sourcesOf(from: unknown, rows: ReadonlyMap<string, readonly string[]>, where: string): string[] {
  if (!Array.isArray(from) || from.length === 0) throw new Error(`${where}: "from" must name at least one row of facts.md`);
  const sources: string[] = [];
  for (const ref of from) {
    if (typeof ref !== 'string') throw new Error(`${where}: "from" holds ${JSON.stringify(ref)}, not a row's name`);
    const one = ONE_URL.exec(ref);
    const urls = rows.get(one ? one[1] : ref);
    if (urls === undefined) throw new Error(`${where}: facts.md has no row "${one ? one[1] : ref}"`);
    const picked = one ? urls[Number(one[2]) - 1] : undefined;
    if (one && picked === undefined) throw new Error(`${where}: the row "${one[1]}" has ${urls.length} source URLs, not ${one[2]}`);
    if (!one && urls.length === 0) throw new Error(`${where}: the row "${ref}" gives no source URL`);
    for (const url of picked !== undefined ? [picked] : urls) if (!sources.includes(url)) sources.push(url);
  }
  return sources;
}

/** The value with every fact's "from" replaced, in its place, by the "sources" it names. */
function withSources(value: unknown, rows: ReadonlyMap<string, readonly string[]>, where: string): unknown {
  if (Array.isArray(value)) return value.map((item, i) => withSources(item, rows, `${where}[${i}]`));
  if (value === null || typeof value !== 'object') return value;
  // A fact is what has a confidence: it must say where it comes from.
  if ('confidence' in value && !('from' in value)) throw new Error(`${where}: "from" must name at least one row of facts.md`);
  const built: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sources') throw new Error(`${where}: give the fact's rows of facts.md as "from", not its URLs as "sources"`);
    if (key === 'from') built.sources = sourcesOf(child, rows, where);
    else built[key] = withSources(child, rows, `${where}.${key}`);
  }
  return built;
}

/** The text of data/knowledge-base.json that the source and the fact table build. */
export function buildKnowledge(source: string, table: string): string {
  const errors: ParseError[] = [];
  const parsed: unknown = parse(source, errors, { allowTrailingComma: false });
  if (errors.length > 0) throw new Error(`knowledge.jsonc: ${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}`);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('knowledge.jsonc must hold one object');
  const { $comment, ...facts } = parsed as Record<string, unknown>;
  const built = withSources(facts, factRows(table), '') as Record<string, unknown>;
  return `${JSON.stringify({ $schema: '../schemas/knowledge.schema.json', $comment: BUILT_NOTE + String($comment ?? ''), ...built }, null, 2)}\n`;
}

function main(): void {
  const repo = path.resolve(__dirname, '../..');
  const target = path.join(repo, 'data/knowledge-base.json');
  const text = buildKnowledge(fs.readFileSync(path.join(repo, 'data/knowledge/knowledge.jsonc'), 'utf8'), fs.readFileSync(path.join(repo, 'data/knowledge/facts.md'), 'utf8'));
  if (process.argv.includes('--check')) {
    const same = fs.readFileSync(target, 'utf8') === text;
    console.log(same ? 'data/knowledge-base.json is up to date.' : 'data/knowledge-base.json is not what its source builds: run npm run build:knowledge.');
    process.exitCode = same ? 0 : 1;
    return;
  }
  // Written beside the target and renamed over it, so that a reader never sees half a file.
  const partial = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, target);
  console.log(`Built data/knowledge-base.json (${text.length} characters).`);
}

if (require.main === module) main();
