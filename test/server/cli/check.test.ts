import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../../../server/src/cli/check';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

const folders: string[] = [];

/** Runs `report-lens check` in a fresh folder holding the given files. */
async function check(files: Record<string, string>, args: string[]): Promise<Run & { dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-check-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  let out = '';
  let err = '';
  const code = await runCheck(args, { cwd: dir, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err, dir };
}

const DAMAGED = 'Công tác tác đào tạo.\nNgày 31-2-2023 họp.\n';

describe('cli/check', () => {
  after(() => {
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints JSON findings with LSP ranges and paths relative to the working folder; errors exit 1', async () => {
    const run = await check({ 'articles/a.txt': DAMAGED }, ['articles', '--format', 'json']);
    assert.equal(run.code, 1);
    const json = JSON.parse(run.out);
    assert.deepEqual(
      json.findings.map((f: { file: string; range: unknown; rule: string; severity: string }) => [f.file, f.range, f.rule, f.severity]),
      [
        ['articles/a.txt', { start: { line: 0, character: 5 }, end: { line: 0, character: 12 } }, 'text-artifact', 'warning'],
        ['articles/a.txt', { start: { line: 1, character: 5 }, end: { line: 1, character: 14 } }, 'date-invalid', 'error'],
      ],
    );
    assert.deepEqual(json.findings[0].fixes, [
      // The first of two copies written alike goes, so the second keeps its place before what follows.
      { title: 'Delete the repeated word', edits: [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } }, newText: '' }] },
    ]);
  });

  it('prints SARIF 2.1.0 for code scanning', async () => {
    const run = await check({ 'a.txt': DAMAGED }, ['a.txt', '--format=sarif']);
    const sarif = JSON.parse(run.out);
    assert.equal(sarif.version, '2.1.0');
    const driver = sarif.runs[0].tool.driver;
    assert.ok(driver.rules.some((r: { id: string; defaultConfiguration: { level: string } }) => r.id === 'date-invalid' && r.defaultConfiguration.level === 'error'));
    assert.deepEqual(
      sarif.runs[0].results.map((r: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }) => [
        r.ruleId,
        r.level,
        r.locations[0].physicalLocation.artifactLocation.uri,
        r.locations[0].physicalLocation.region.startLine,
        r.locations[0].physicalLocation.region.startColumn,
      ]),
      [
        ['text-artifact', 'warning', 'a.txt', 1, 6],
        ['date-invalid', 'error', 'a.txt', 2, 6],
      ],
    );
  });

  it('describes the rules of its SARIF in the language asked for', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-check-sarif-'));
    folders.push(dir);
    fs.writeFileSync(path.join(dir, 'a.txt'), DAMAGED);
    const described = async (language: 'en' | 'vi') => {
      let out = '';
      await runCheck(['.', '--format=sarif'], { cwd: dir, out: (t) => (out += t), err: () => undefined, language });
      const rules = (JSON.parse(out) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[] }).runs[0].tool.driver.rules;
      return rules.find((r) => r.id === 'date-invalid')?.shortDescription.text;
    };
    assert.equal(await described('en'), 'An impossible date, such as 31-2-2023 or 30-13-2020.');
    assert.equal(await described('vi'), 'Một ngày không có thật, chẳng hạn 31-2-2023 hay 30-13-2020.');
  });

  it('with --lang vi, prints the messages and the summary in Vietnamese, and the rule id and level as they are', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-check-vi-'));
    folders.push(dir);
    fs.writeFileSync(path.join(dir, 'a.txt'), DAMAGED);
    let out = '';
    const code = await runCheck(['.'], { cwd: dir, out: (t) => (out += t), err: () => undefined, language: 'vi' });
    assert.equal(code, 1);
    assert.equal(
      out,
      'a.txt\n  1:6  warning  text-artifact  Từ “tác” bị viết lặp hai lần.\n      Công »tác tác« đào tạo.\n' +
        '  2:6  error  date-invalid  “31-2-2023” không phải là ngày có thật: tháng 2 chỉ có 28 ngày, không có ngày 31.\n      Ngày »31-2-2023« họp.\n\n' +
        '2 phát hiện (1 ở mức lỗi)\n',
    );
    let clean = '';
    await runCheck(['.'], { cwd: fs.mkdtempSync(path.join(dir, 'empty-')), out: (t) => (clean += t), err: () => undefined, language: 'vi' });
    assert.equal(clean, 'Không có phát hiện nào.\n');
  });

  it('prints text grouped by file with the excerpt, and exits 0 when nothing is at error level', async () => {
    const run = await check({ 'a.txt': 'Công tác tác đào tạo.\n', 'b.txt': 'Sạch.\n' }, ['.']);
    assert.equal(run.code, 0);
    assert.equal(
      run.out,
      'a.txt\n  1:6  warning  text-artifact  The word “tác” is written twice.\n      Công »tác tác« đào tạo.\n\n1 finding (0 at error level)\n',
    );
  });

  it('applies the safe fixes, changing only the fixed ranges, and reports what is left', async () => {
    const run = await check({ 'a.txt': DAMAGED }, ['a.txt', '--fix', '--format', 'json']);
    assert.equal(fs.readFileSync(path.join(run.dir, 'a.txt'), 'utf8'), 'Công tác đào tạo.\nNgày 31-2-2023 họp.\n');
    assert.deepEqual(JSON.parse(run.out).findings.map((f: { rule: string }) => f.rule), ['date-invalid']);
    assert.equal(run.code, 1);
  });

  it('honours the workspace configuration', async () => {
    const config = JSON.stringify({ rules: { 'date-invalid': 'off' } });
    const run = await check({ 'a.txt': DAMAGED, '.report-lens/config.json': config }, ['.', '--format', 'json']);
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.out).findings.map((f: { rule: string }) => f.rule), ['text-artifact']);
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await check({}, [])).code, 2);
    assert.equal((await check({}, ['--format', 'xml', '.'])).code, 2);
    assert.equal((await check({}, ['--frobnicate', '.'])).code, 2);
    assert.equal((await check({}, ['missing.txt'])).code, 2);
  });
  it('checks in shards into one cache and merges them into the same folder-wide findings', async () => {
    const files = {
      'a.txt': 'Ông Nguyễn Văn An, Trưởng Ban Tổ chức Trung ương, dự họp.\n',
      'b.txt': 'Ông Nguyễn Văn An, Trưởng ban Tổ chức Trung ương, phát biểu.\n',
      'c.txt': 'Ông Nguyễn Văn An, Trưởng Ban Tổ chức Trung ương, kết luận.\n',
      'd.txt': DAMAGED,
    };
    const whole = await check(files, ['.', '--format', 'json', '--no-cache']);
    const dir = whole.dir;
    const io = (sink: { out: string; err: string }) => ({ cwd: dir, out: (t: string) => (sink.out += t), err: (t: string) => (sink.err += t) });
    const first = { out: '', err: '' };
    assert.equal(await runCheck(['.', '--shard', '1/2', '--cache-dir', 'cache'], io(first)), 0);
    assert.equal(first.out, '');
    assert.match(first.err, /^shard 1\/2: 2 articles \(0 from the cache\)/);
    const early = { out: '', err: '' };
    assert.equal(await runCheck(['--merge', 'cache'], io(early)), 2);
    assert.match(early.err, /shard 2 of 2 missing/);
    assert.equal(await runCheck(['.', '--shard=2/2', '--cache-dir=cache'], io({ out: '', err: '' })), 0);
    // The merge reads no article: it answers from the cache even when the files are gone.
    for (const name of Object.keys(files)) fs.renameSync(path.join(dir, name), path.join(dir, `${name}.moved`));
    const merged = { out: '', err: '' };
    assert.equal(await runCheck(['--merge', 'cache', '--format', 'json'], io(merged)), whole.code);
    assert.ok(JSON.parse(whole.out).findings.some((f: { rule: string }) => f.rule === 'title-variant'));
    assert.deepEqual(JSON.parse(merged.out), JSON.parse(whole.out));
  });
});
