import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../server/src/cli/main';

/** `report-lens export`: the knowledge file applied, paths relative to the working folder, brat beside each .txt. */

const folders: string[] = [];

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-export-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function run(dir: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['export', ...args], { cwd: dir, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const ARTICLE = 'Thứ Năm, 23-06-2022, 18:22\nHội nghị do Nguyễn Văn An chủ trì, thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.\n';
const KNOWLEDGE = 'people:\n  - id: nguyen-van-an\n    name: Nguyễn Văn An\n';

describe('cli/export', () => {
  after(() => {
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one jsonl line per article, with the names the knowledge file teaches', async () => {
    const dir = folderWith({ 'bai/a.txt': ARTICLE, '.report-lens/knowledge.yaml': KNOWLEDGE });
    const { code, out, err } = await run(dir, ['.', '--format', 'jsonl']);
    assert.equal(err, '');
    assert.equal(code, 0);
    const [line, ...rest] = out.trimEnd().split('\n');
    assert.deepEqual(rest, []);
    const record = JSON.parse(line) as { file: string; entities: { id: string; kind: string; start: number; end: number; text: string }[] };
    assert.equal(record.file, 'bai/a.txt');
    const person = record.entities.find((e) => e.kind === 'person');
    assert.deepEqual(person, {
      id: 'person:nguyễn văn an',
      kind: 'person',
      start: 39,
      end: 52,
      text: 'Nguyễn Văn An',
      titles: [],
      identity: { id: 'person:nguyễn văn an' },
    });
  });

  it('writes a brat .ann beside each .txt', async () => {
    const dir = folderWith({ 'a.txt': ARTICLE, '.report-lens/knowledge.yaml': KNOWLEDGE });
    const { code } = await run(dir, ['a.txt', '--format', 'brat']);
    assert.equal(code, 0);
    const ann = fs.readFileSync(path.join(dir, 'a.ann'), 'utf8');
    assert.ok(ann.split('\n').some((l) => /^T\d+\tperson 39 52\tNguyễn Văn An$/.test(l)), ann);
  });

  it('writes CoNLL to --out', async () => {
    const dir = folderWith({ 'a.txt': ARTICLE });
    const { code, out } = await run(dir, ['a.txt', '--format', 'conll', '--out', 'a.conll']);
    assert.equal(code, 0);
    assert.equal(out, '');
    const lines = fs.readFileSync(path.join(dir, 'a.conll'), 'utf8').split('\n');
    assert.equal(lines[0], '-DOCSTART-\tO');
    assert.ok(lines.includes('Chỉ\tB-document') && lines.includes('thị\tI-document'), lines.join('\n'));
  });

  it('is a usage error without a format, with an unknown one, or without paths', async () => {
    const dir = folderWith({ 'a.txt': ARTICLE });
    for (const args of [['a.txt'], ['a.txt', '--format', 'xml'], ['--format', 'jsonl'], ['missing.txt', '--format', 'jsonl']]) {
      const { code, err } = await run(dir, args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, /^report-lens export: .*\nusage: report-lens export/);
    }
  });

  it('never overwrites what it did not write: --out refuses an existing file without --force, and always refuses an article', async () => {
    const dir = folderWith({ 'a.txt': ARTICLE, 'notes.conll': 'ghi chép của tôi\n' });
    const refused = await run(dir, ['.', '--format', 'conll', '--out', 'notes.conll']);
    assert.deepEqual([refused.code, refused.err], [1, 'report-lens export: notes.conll exists; give --force to replace it\n']);
    assert.equal(fs.readFileSync(path.join(dir, 'notes.conll'), 'utf8'), 'ghi chép của tôi\n');
    assert.equal((await run(dir, ['.', '--format', 'conll', '--out', 'notes.conll', '--force'])).code, 0);
    assert.match(fs.readFileSync(path.join(dir, 'notes.conll'), 'utf8'), /^-DOCSTART-/);
    const article = await run(dir, ['.', '--format', 'jsonl', '--out', 'a.txt', '--force']);
    assert.deepEqual([article.code, article.err], [1, 'report-lens export: a.txt is an article of the folder; choose another --out\n']);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), ARTICLE);
    const missing = await run(dir, ['.', '--format', 'jsonl', '--out', 'no/such/folder/x.jsonl']);
    assert.equal(missing.code, 1);
    assert.equal(missing.err, 'no/such/folder/x.jsonl: not written: the folder it would go in does not exist\n');
  });

  it('with --lang vi, refuses in Vietnamese: an existing --out, an article, and a .ann file it did not write', async () => {
    const dir = folderWith({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'b.ann': 'T1\tperson 0 4\tmine\n', 'notes.conll': 'ghi chép của tôi\n' });
    const exists = await run(dir, ['.', '--lang', 'vi', '--format', 'conll', '--out', 'notes.conll']);
    assert.deepEqual([exists.code, exists.err], [1, 'report-lens export: notes.conll đã có; thêm --force để ghi đè\n']);
    const article = await run(dir, ['.', '--lang', 'vi', '--format', 'jsonl', '--out', 'a.txt', '--force']);
    assert.deepEqual([article.code, article.err], [1, 'report-lens export: a.txt là một bài viết trong thư mục; hãy chọn --out khác\n']);
    const brat = await run(dir, ['.', '--lang', 'vi', '--format', 'brat']);
    assert.deepEqual([brat.code, brat.err], [1, 'b.ann: không ghi: tệp đã có và không do Report Lens ghi ra\nreport-lens export: đã ghi 1 tệp .ann\n']);
  });

  it('replaces its own marked .ann files, never a hand-made one', async () => {
    const dir = folderWith({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'b.ann': 'T1\tperson 0 4\tmine\n' });
    const first = await run(dir, ['.', '--format', 'brat']);
    assert.equal(first.code, 1);
    assert.equal(first.err, 'b.ann: not written: it exists and was not written by Report Lens\nreport-lens export: wrote 1 .ann file\n');
    assert.equal(fs.readFileSync(path.join(dir, 'b.ann'), 'utf8'), 'T1\tperson 0 4\tmine\n');
    const ann = fs.readFileSync(path.join(dir, 'a.ann'), 'utf8');
    assert.match(ann, /^#0\tAnnotatorNotes T1\tReport Lens export /);
    const again = await run(dir, ['a.txt', '--format', 'brat']);
    assert.deepEqual([again.code, fs.readFileSync(path.join(dir, 'a.ann'), 'utf8')], [0, ann]);
  });
});
