import * as assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, folderWith, removeFolders } from '../../support/cliRun';
import { encodeArticle } from '../../../server/src/core/text/decode';

/**
 * `report-lens check` on bad input (issue 10): every file it cannot analyse
 * gets one line naming the file and the reason, the run goes on, and exit
 * code 4 says a file was skipped.
 */

const CLEAN = 'Hội nghị diễn ra sáng nay.\n';
const CLI = path.resolve(__dirname, '../../../../dist/cli.js');

/** The report's line for each skipped file: path, then its message up to the first colon. */
function skippedLines(out: string): string[] {
  const lines = out.split('\n');
  const result: string[] = [];
  lines.forEach((line, i) => {
    const m = /^ {2}\d+:\d+ {2}warning {2}file-skipped {2}([^:]*)/.exec(line);
    if (m) result.push(`${lines[i - 1]}: ${m[1]}`);
  });
  return result;
}

describe('cli/check on bad input', () => {
  after(removeFolders);

  it('skips a FIFO without opening it, binary files and UTF-16 without BOM, each with one line; the rest is checked', async () => {
    const dir = folderWith({
      'a.txt': 'Công tác tác đào tạo.\n',
      'binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
      'utf16.txt': encodeArticle(CLEAN, 'utf-16le', false),
      'UPPER.TXT': 'Công tác tác đào tạo.\n',
    });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const run = await cli(dir, ['check', '.']);
    assert.deepEqual(skippedLines(run.out), [
      'binary.txt: Binary file (it holds NUL bytes)',
      'pipe.txt: This is a FIFO (named pipe), not a regular file',
      'utf16.txt: UTF-16LE text without a byte-order mark',
    ]);
    // Extensions are matched without regard to case, as the editor matches them.
    assert.match(run.out, /^UPPER\.TXT\n {2}1:6 {2}warning {2}text-artifact/m);
    assert.match(run.out, /^a\.txt\n {2}1:6 {2}warning {2}text-artifact/m);
    assert.equal(run.code, 4);
  });

  it('with --lang vi, says in Vietnamese why each file was skipped, in the same one line per file', async () => {
    const dir = folderWith({ 'a.txt': CLEAN, 'binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]) });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const run = await cli(dir, ['check', '--lang', 'vi', '.']);
    assert.deepEqual(
      run.out.split('\n').filter((line) => line.includes('file-skipped')),
      [
        '  1:1  warning  file-skipped  Tệp nhị phân (có byte NUL): không phải bài viết, bỏ qua.',
        '  1:1  warning  file-skipped  Đây là FIFO (đường ống có tên), không phải tệp thông thường: bỏ qua mà không mở.',
      ],
    );
    assert.match(run.out, /^2 phát hiện \(0 ở mức lỗi\)$/m);
    assert.equal(run.code, 4);
  });

  it('reports a file that vanishes between the listing and its reading in one line, exits 4, and checks the rest', async () => {
    const dir = folderWith({ 'a.txt': 'Công tác tác đào tạo.\n', 'b.txt': CLEAN, 'c.txt': 'Công tác tác đào tạo.\n' });
    // b.txt is deleted from the disk at the moment the CLI reads it, after it was listed.
    const run = await cli(dir, ['check', '.'], (access) => ({
      listArticles: () => access.listArticles(),
      readFile: (uri) => {
        if (uri.endsWith('/b.txt')) fs.rmSync(path.join(dir, 'b.txt'));
        return access.readFile(uri);
      },
    }));
    assert.deepEqual(skippedLines(run.out), ['b.txt: This file vanished before it could be read']);
    // The files before and after the vanished one are checked.
    assert.match(run.out, /^a\.txt\n {2}1:6 {2}warning {2}text-artifact/m);
    assert.match(run.out, /^c\.txt\n {2}1:6 {2}warning {2}text-artifact/m);
    assert.equal(run.code, 4);
  });

  it('exits 5 when findings at error level and a skipped file meet', async () => {
    const dir = folderWith({ 'a.txt': 'Ngày 31-2-2023 họp.\n', 'b.txt': Uint8Array.from([0, 1, 2]) });
    assert.equal((await cli(dir, ['check', '.'])).code, 5);
  });

  it('reports unreadable files and folders and goes on (run as an unprivileged user when the tests run as root)', function () {
    const dir = folderWith({ 'a.txt': 'Công tác tác đào tạo.\n', 'secret.txt': CLEAN, 'locked/b.txt': CLEAN });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'secret.txt'), 0o000);
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      // Root reads everything, so the check runs as "nobody" there; elsewhere the permissions above suffice.
      const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const run = spawnSync(process.execPath, [CLI, 'check', '.'], { cwd: dir, encoding: 'utf8', ...asNobody });
      assert.deepEqual(skippedLines(run.stdout), [
        'locked: This folder cannot be listed (permission denied)',
        'secret.txt: This file cannot be read (permission denied)',
      ]);
      assert.match(run.stdout, /^a\.txt\n/m);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 4);
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });

  it('uses the configuration of the folder checked, says so, accepts BOM and comments, and never climbs above the folder', async () => {
    const dir = folderWith({
      '.report-lens/config.json': '{ "rules": { "text-artifact": "off" } }',
      'articles/a.txt': 'Công tác tác đào tạo.\n',
      'articles/.report-lens/config.json': '\ufeff// house rules\n{ "rules": { "text-artifact": "error", }, }\n',
    });
    const inner = await cli(dir, ['check', 'articles']);
    assert.equal(inner.err, 'report-lens check: using the configuration articles/.report-lens/config.json\n');
    assert.match(inner.out, /1:6 {2}error {2}text-artifact/);
    fs.rmSync(path.join(dir, 'articles/.report-lens'), { recursive: true });
    // The parent's file switches the rule off, but it is above the folder checked: defaults apply.
    const bare = await cli(dir, ['check', 'articles']);
    assert.equal(bare.err, '');
    assert.match(bare.out, /1:6 {2}warning {2}text-artifact/);
    const given = await cli(dir, ['check', 'articles', '--config', '.report-lens/config.json']);
    assert.equal(given.err, 'report-lens check: using the configuration .report-lens/config.json\n');
    assert.equal(given.out, 'No findings.\n');
  });

  it('gives configuration errors as file:line:column and keeps the defaults; a folder in its place is one line too', async () => {
    const dir = folderWith({ 'a.txt': CLEAN, '.report-lens/config.json': '{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}\n' });
    const run = await cli(dir, ['check', '.']);
    assert.match(run.err, /^\.report-lens\/config\.json:3:5: Unknown rule "no-such-rule"; known rules: /m);
    const folder = folderWith({ 'a.txt': CLEAN });
    fs.mkdirSync(path.join(folder, '.report-lens/config.json'), { recursive: true });
    const odd = await cli(folder, ['check', '.']);
    assert.equal(odd.err, '.report-lens/config.json: cannot be read (it is a folder); defaults are used\n');
    assert.equal(odd.code, 0);
  });

  it('refuses a knowledge file nested thousands of levels deep with file:line:column, and checks with the bundled knowledge', async () => {
    // Level n is the mapping on line n + 1, indented n spaces.
    const deep = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const dir = folderWith({ 'a.txt': 'Công tác tác đào tạo.\n', '.report-lens/knowledge.yaml': `${deep} x\n` });
    const run = await cli(dir, ['check', '.']);
    assert.equal(run.err, '.report-lens/knowledge.yaml:65:65: The knowledge file nests more than 64 levels deep here; no entry needs that many, so the file is not read.\n');
    assert.match(run.out, /^a\.txt\n {2}1:6 {2}warning {2}text-artifact/m);
    assert.equal(run.code, 0);
  });

  it('never opens a configuration or knowledge file that is a FIFO, and says so', async () => {
    const dir = folderWith({ 'a.txt': CLEAN });
    fs.mkdirSync(path.join(dir, '.report-lens'));
    execFileSync('mkfifo', [path.join(dir, '.report-lens/config.json'), path.join(dir, '.report-lens/knowledge.yaml')]);
    const run = await cli(dir, ['check', '.']);
    assert.equal(
      run.err,
      [
        '.report-lens/config.json: cannot be read (it is not a regular file); defaults are used',
        '.report-lens/knowledge.yaml: cannot be read (it is not a regular file); defaults are used',
        '',
      ].join('\n'),
    );
    assert.equal(run.out, 'No findings.\n');
    assert.equal(run.code, 0);
  });

  it('with --lang vi, says in Vietnamese that a configuration or knowledge file cannot be read and that the defaults are used', async () => {
    const dir = folderWith({ 'a.txt': CLEAN });
    fs.mkdirSync(path.join(dir, '.report-lens'));
    execFileSync('mkfifo', [path.join(dir, '.report-lens/config.json'), path.join(dir, '.report-lens/knowledge.yaml')]);
    const run = await cli(dir, ['check', '--lang', 'vi', '.']);
    assert.equal(
      run.err,
      [
        '.report-lens/config.json: không đọc được (không phải tệp thông thường); dùng cấu hình mặc định',
        '.report-lens/knowledge.yaml: không đọc được (không phải tệp thông thường); dùng cấu hình mặc định',
        '',
      ].join('\n'),
    );
  });

  it('skips a device given by name without opening it (reading /dev/zero would never end)', async () => {
    const dir = folderWith({ 'a.txt': CLEAN });
    const run = await cli(dir, ['check', '.', '/dev/zero']);
    assert.deepEqual(skippedLines(run.out), [`${path.relative(dir, '/dev/zero')}: This is a device, not a regular file`]);
    assert.equal(run.code, 4);
  });

  it('finishes a --fix run whose report cannot be written (a full disk), says so in one line and exits 3', () => {
    const dir = folderWith({ 'a.txt': 'Công tác tác đào tạo.\n' });
    const full = fs.openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [CLI, 'check', '.', '--fix'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      assert.equal(run.stderr, 'report-lens: the report could not be written to standard output (ENOSPC: no space left on device, write)\n');
      assert.equal(run.status, 3);
    } finally {
      fs.closeSync(full);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), 'Công tác đào tạo.\n');
  });

  it('stops quietly when the reader closes the pipe (| head), without a stack trace', () => {
    // About 2 MB of report, far more than a pipe holds, so the CLI is still writing when head leaves.
    const dir = folderWith({ 'a.txt': 'Công tác tác đào tạo.\n'.repeat(20000) });
    const run = spawnSync('bash', ['-c', `node ${JSON.stringify(CLI)} check . | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, '3\n');
  });

  it('checks the largest article allowed, 8 MB of one run of capitalised words, without overflowing the stack', async function () {
    this.timeout(240_000);
    const unit = 'Nguyễn Văn An Trần Thị Bình ';
    const dir = folderWith({ 'caps.txt': unit.repeat(Math.floor((8 * 1024 * 1024 - 1024) / Buffer.byteLength(unit))) });
    const run = await cli(dir, ['check', '.', '--no-cache']);
    assert.equal(run.err, '');
    assert.equal(run.out, 'No findings.\n');
    assert.equal(run.code, 0);
  });

  it('takes --option=value everywhere, and rejects unknown options as usage errors', async () => {
    const dir = folderWith({ 'a.txt': CLEAN });
    assert.equal((await cli(dir, ['check', '.', '--format=json'])).out, '{\n  "findings": []\n}\n');
    assert.equal(JSON.parse((await cli(dir, ['entities', '.', '--format=json', '--kind=date'])).out).entities.length, 0);
    assert.equal((await cli(dir, ['export', '.', '--format=jsonl'])).code, 0);
    const bad = await cli(dir, ['check', '.', '--frobnicate']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^report-lens check: Unknown option '--frobnicate'/);
  });
});
