import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runEntities } from '../../../server/src/cli/entities';
import { main } from '../../../server/src/cli/main';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly dir: string;
}

interface MentionJson {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  attributes?: Record<string, unknown>;
}
interface EntityJson {
  id: string;
  kind: string;
  name: string;
  mentions: MentionJson[];
}

const folders: string[] = [];

// Both describe blocks below make folders, so they are removed once, after the whole file.
after(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-entities-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function run(command: (args: string[], io: { cwd: string; out(t: string): void; err(t: string): void }) => Promise<number>, files: Record<string, string>, args: string[]): Promise<Run> {
  const dir = folderWith(files);
  let out = '';
  let err = '';
  const code = await command(args, { cwd: dir, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err, dir };
}

/** The text an LSP range covers, lines split independently of the code under test. */
function textAt(text: string, range: MentionJson['range']): string {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

const ARTICLE =
  'Thứ Năm, 23-06-2022, 18:22\r\n' +
  'Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương phát biểu.\r\n' +
  'Ngày 23/6, đồng chí Trương Thị Mai quán triệt Chỉ thị số 35-CT/TW ngày 14-6-2024 của Bộ Chính trị.\r\n';
const OTHER = 'Thứ Hai, 06/03/2017, 08:46\nĐồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương dự hội nghị.\n';

describe('cli/entities', () => {
  it('prints every entity as JSON with LSP ranges that cover the mention text, paths relative to the working folder', async () => {
    const result = await run(runEntities, { 'articles/a.txt': ARTICLE, 'articles/b.txt': OTHER }, ['articles', '--format', 'json']);
    assert.equal(result.code, 0, result.err);
    const json = JSON.parse(result.out) as { entities: EntityJson[] };
    assert.deepEqual(Object.keys(json), ['entities']);
    const kinds = ['person', 'author', 'title', 'organization', 'document', 'congress', 'date', 'award'];
    for (const entity of json.entities) {
      assert.deepEqual(Object.keys(entity), ['id', 'kind', 'name', 'mentions']);
      assert.ok(kinds.includes(entity.kind), entity.kind);
      assert.ok(entity.id.startsWith(`${entity.kind}:`), entity.id);
      for (const mention of entity.mentions) {
        // Attributes come only with the kinds that have them (people, documents, congresses), as in the jsonl export.
        assert.deepEqual(Object.keys(mention).slice(0, 3), ['file', 'range', 'text']);
        assert.equal(textAt(fs.readFileSync(path.join(result.dir, mention.file), 'utf8'), mention.range), mention.text);
      }
    }
    const mai = json.entities.find((e) => e.id === 'person:trương thị mai');
    assert.ok(mai, JSON.stringify(json.entities.map((e) => e.id)));
    assert.equal(mai.name, 'Trương Thị Mai');
    assert.deepEqual(
      mai.mentions.map((m) => [m.file, m.range.start.line, m.range.start.character, m.text]),
      [
        ['articles/a.txt', 1, 9, 'Trương Thị Mai'],
        ['articles/a.txt', 2, 20, 'Trương Thị Mai'],
        ['articles/b.txt', 1, 9, 'Trương Thị Mai'],
      ],
    );
    // The introduction carries its titles, with offsets in code points into its article (the dateline and CRLF come first).
    assert.deepEqual(mai.mentions[0].attributes, {
      titles: [
        { text: 'Ủy viên Bộ Chính trị', start: 53, end: 73, modifiers: [] },
        { text: 'Trưởng Ban Tổ chức Trung ương', start: 75, end: 104, modifiers: [] },
      ],
      identity: { id: 'person:trương thị mai' },
    });
    const directive = json.entities.find((e) => e.kind === 'document');
    assert.deepEqual(directive?.mentions.map((m) => [m.text, m.attributes]), [
      ['Chỉ thị số 35-CT/TW', { document: { type: 'Chỉ thị', number: '35', code: '35-CT/TW', date: '2024-06-14', issuer: 'Bộ Chính trị', term: 13 } }],
    ]);
    const dateline = json.entities.find((e) => e.id === 'date:2022-06-23');
    assert.ok(dateline);
    assert.deepEqual(dateline.mentions.map((m) => m.file), ['articles/a.txt', 'articles/a.txt']);
  });

  it('filters by kind and prints text grouped by entity', async () => {
    const result = await run(runEntities, { 'a.txt': OTHER }, ['.', '--kind', 'person']);
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, 'person Trương Thị Mai (1 mention in 1 file) [person:trương thị mai]\n  a.txt:2:10  Trương Thị Mai\n\n1 entity\n');
  });

  it('prints the text listing in Vietnamese with --lang vi, kinds and ids as the options and the JSON name them', async () => {
    const result = await run(main, { 'a.txt': OTHER }, ['entities', '--lang', 'vi', '.', '--kind', 'person']);
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, 'person Trương Thị Mai (1 lần nhắc đến trong 1 tệp) [person:trương thị mai]\n  a.txt:2:10  Trương Thị Mai\n\n1 thực thể\n');
    const none = await run(main, { 'a.txt': OTHER }, ['entities', '--lang', 'vi', '.', '--kind', 'award']);
    assert.equal(none.out, 'Không có thực thể nào.\n');
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await run(runEntities, {}, [])).code, 2);
    assert.equal((await run(runEntities, {}, ['.', '--format', 'sarif'])).code, 2);
    assert.equal((await run(runEntities, {}, ['.', '--kind', 'planet'])).code, 2);
    assert.equal((await run(runEntities, {}, ['missing.txt'])).code, 2);
  });
});

describe('cli/main', () => {
  it('dispatches to the subcommands, prints help, and exits 2 on an unknown command', async () => {
    const help = await run(main, {}, ['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^usage: report-lens <command>/);
    assert.match(help.out, /\n {2}check {4}/);
    assert.match(help.out, /\n {2}entities {2}/);
    const commandHelp = await run(main, {}, ['entities', '--help']);
    assert.equal(commandHelp.out, 'usage: report-lens entities <paths…> [--format json|text] [--kind person,document,…]\n');
    assert.equal((await run(main, {}, ['frobnicate'])).code, 2);
    assert.equal((await run(main, {}, [])).code, 2);
    const check = await run(main, { 'a.txt': 'Công tác tác đào tạo.\n' }, ['check', 'a.txt']);
    assert.equal(check.code, 0);
    assert.match(check.out, /text-artifact/);
  });

  it('prints help and usage in Vietnamese with --lang vi, or when LANG is Vietnamese', async () => {
    const firstLine = (text: string) => text.split('\n')[0];
    const help = await run(main, {}, ['--help', '--lang', 'vi']);
    assert.equal(firstLine(help.out), 'cách dùng: report-lens <lệnh> [tùy chọn]');
    assert.match(help.out, /\n {2}entities {2}liệt kê mọi thực thể và các lần nhắc đến\n/);
    assert.equal(firstLine((await run(main, {}, ['check', '--lang=vi', '--help'])).out), 'cách dùng: report-lens check <đường dẫn…> [--format text|json|sarif] [--fix [--dry-run]] [--config <tệp>]');
    const unknown = await run(main, {}, ['frobnicate', '--lang', 'vi']);
    assert.deepEqual([unknown.code, firstLine(unknown.err)], [2, 'report-lens: không có lệnh frobnicate']);
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES };
    try {
      delete process.env.LC_ALL;
      delete process.env.LC_MESSAGES;
      process.env.LANG = 'vi_VN.UTF-8';
      assert.equal(firstLine((await run(main, {}, ['--help'])).out), 'cách dùng: report-lens <lệnh> [tùy chọn]');
      // --lang wins over the environment.
      assert.equal(firstLine((await run(main, {}, ['--help', '--lang', 'en'])).out), 'usage: report-lens <command> [options]');
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('runs as the bundled bin', () => {
    const dir = folderWith({ 'a.txt': OTHER });
    const cli = path.resolve(__dirname, '../../../../dist/cli.js');
    const result = spawnSync(process.execPath, [cli, 'entities', '.', '--format', 'json', '--kind', 'person'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).entities.map((e: EntityJson) => e.id), ['person:trương thị mai']);
    assert.equal(spawnSync(process.execPath, [cli, 'nonsense'], { encoding: 'utf8' }).status, 2);
  });
});
