import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { planFixes, writeFixes } from '../../../server/src/cli/fix';
import { openFolder, type OpenedFolder } from '../../../server/src/cli/files';
import { encodeArticle } from '../../../server/src/core/text/decode';
import { pathToUri } from '../../../server/src/node/uri';
import { cli, folderWith, removeFolders } from '../../support/cliRun';

/** `report-lens check --fix`: fixed point in one run, listed changes, dry-run diff, atomic and race-free writes. */

const TRIPLE = 'Công tác tác tác đào tạo.\n';
const FIXED = 'Công tác đào tạo.\n';
const CLI = path.resolve(__dirname, '../../../../dist/cli.js');

describe('cli/fix', () => {
  after(removeFolders);

  it('reaches the fixed point in one run and lists each change; a second run changes nothing', async () => {
    // Decomposed (NFD) text: fix-all composes the NFC fix and the deletion of the repeated word into one edit of those words.
    const dir = folderWith({ 'a.txt': 'Công tác tác đào tạo.\n'.normalize('NFD') });
    const first = await cli(dir, ['check', '.', '--fix']);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), 'Công tác đào tạo.\n');
    const nfc = (word: string, at: number) => `fixed a.txt:1:${at}  spelling-variant  Convert the file to NFC: “${word.normalize('NFD')}” → “${word}”`;
    assert.equal(
      first.out,
      [
        nfc('Công', 1),
        `fixed a.txt:1:7  text-artifact  Delete the repeated word: “${'tác tác'.normalize('NFD')}” → “tác”`,
        nfc('đào', 17),
        nfc('tạo', 22),
        '4 edits in 1 file',
        '',
        'No findings.',
        '',
      ].join('\n'),
    );
    assert.equal(first.code, 0);
    const second = await cli(dir, ['check', '.', '--fix']);
    assert.equal(second.out, 'No fix to apply.\nNo findings.\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), FIXED);
  });

  it('lists the changes in Vietnamese with --lang vi, and says so when nothing is left to fix', async () => {
    const dir = folderWith({ 'a.txt': 'Công tác tác đào tạo.\n' });
    const first = await cli(dir, ['check', '--lang', 'vi', '.', '--fix']);
    assert.equal(first.out, 'đã sửa a.txt:1:6  text-artifact  Xóa từ lặp: xóa “tác ”\n1 chỗ sửa trong 1 tệp\n\nKhông có phát hiện nào.\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), FIXED);
    const second = await cli(dir, ['check', '--lang', 'vi', '.', '--fix']);
    assert.equal(second.out, 'Không có chỗ nào cần sửa.\nKhông có phát hiện nào.\n');
  });

  it('--dry-run prints a unified diff, writes nothing, and exits 1 when something would change', async () => {
    const dir = folderWith({ 'a.txt': `Dòng đầu.\n${TRIPLE}`, 'b.txt': 'Sạch.\n' });
    const run = await cli(dir, ['check', '.', '--fix', '--dry-run']);
    assert.equal(run.out, ['--- a/a.txt', '+++ b/a.txt', '@@ -1,2 +1,2 @@', ' Dòng đầu.', '-Công tác tác tác đào tạo.', '+Công tác đào tạo.', ''].join('\n'));
    assert.equal(run.code, 1);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), `Dòng đầu.\n${TRIPLE}`);
    assert.equal((await cli(dir, ['check', 'b.txt', '--fix', '--dry-run'])).code, 0);
    assert.equal((await cli(dir, ['check', '.', '--dry-run'])).code, 2);
  });

  it('keeps a UTF-8 byte-order mark, UTF-16 with its mark, and the file mode', async () => {
    const dir = folderWith({ 'bom.txt': encodeArticle(TRIPLE, 'utf-8', true), 'utf16.txt': encodeArticle(TRIPLE, 'utf-16le', true), 'mode.txt': TRIPLE });
    fs.chmodSync(path.join(dir, 'mode.txt'), 0o640);
    await cli(dir, ['check', '.', '--fix']);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'bom.txt')), Buffer.from(encodeArticle(FIXED, 'utf-8', true)));
    assert.deepEqual(fs.readFileSync(path.join(dir, 'utf16.txt')), Buffer.from(encodeArticle(FIXED, 'utf-16le', true)));
    assert.equal(fs.statSync(path.join(dir, 'mode.txt')).mode & 0o777, 0o640);
    assert.equal(fs.readFileSync(path.join(dir, 'mode.txt'), 'utf8'), FIXED);
  });

  it('never writes a file with invalid UTF-8, which would lose its bytes, and says so', async () => {
    const bytes = Buffer.concat([Buffer.from('Công tác tác đào tạo '), Buffer.from([0xff]), Buffer.from('.\n')]);
    const dir = folderWith({ 'a.txt': bytes });
    const run = await cli(dir, ['check', '.', '--fix']);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'a.txt')), bytes);
    assert.match(run.out, /^a\.txt: not fixed: it holds invalid UTF-8, which writing would replace: not fixed, so no byte is lost\n/m);
    assert.match(run.out, /1:22 {2}warning {2}file-encoding {2}Invalid UTF-8 at 1:22\./);
    assert.equal(run.code, 4);
  });

  it('skips the fix of a file changed since it was read, reports it, and re-analyses it', async () => {
    const dir = folderWith({ 'a.txt': TRIPLE, 'b.txt': TRIPLE });
    const opened = (await openFolder(['.'], { cwd: dir, out() {}, err() {} })) as OpenedFolder;
    const plan = planFixes(opened.service);
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Người khác vừa sửa: thực hiện.\n');
    const { written, refused } = await writeFixes(plan, opened);
    assert.deepEqual(written, [pathToUri(path.join(dir, 'a.txt'))]);
    assert.deepEqual([...refused], [[pathToUri(path.join(dir, 'b.txt')), 'it changed since it was read: not fixed, and re-analysed as it is now']]);
    assert.equal(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), 'Người khác vừa sửa: thực hiện.\n');
    assert.equal(opened.service.article(pathToUri(path.join(dir, 'b.txt')))?.text, 'Người khác vừa sửa: thực hiện.\n');
  });

  it('goes on when a file or its folder vanishes before the fix is written, reporting each; the rest is fixed', async () => {
    const dir = folderWith({ 'a.txt': TRIPLE, 'b.txt': TRIPLE, 'sub/c.txt': TRIPLE });
    const opened = (await openFolder(['.'], { cwd: dir, out() {}, err() {} })) as OpenedFolder;
    const plan = planFixes(opened.service);
    fs.renameSync(path.join(dir, 'b.txt'), path.join(dir, 'b-renamed.txt'));
    fs.renameSync(path.join(dir, 'sub'), path.join(dir, 'sub-renamed'));
    const { written, refused } = await writeFixes(plan, opened);
    assert.deepEqual(written, [pathToUri(path.join(dir, 'a.txt'))]);
    assert.deepEqual([...refused], [
      [pathToUri(path.join(dir, 'b.txt')), 'it vanished before the fix was written'],
      [pathToUri(path.join(dir, 'sub/c.txt')), 'it vanished before the fix was written'],
    ]);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), FIXED);
    // The renamed files are not written under their old or new names.
    assert.equal(fs.readFileSync(path.join(dir, 'b-renamed.txt'), 'utf8'), TRIPLE);
    assert.equal(fs.readFileSync(path.join(dir, 'sub-renamed/c.txt'), 'utf8'), TRIPLE);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'b-renamed.txt', 'sub-renamed']);
  });

  it('keeps the original bytes when the disk refuses the write, says why, and leaves no temporary file', () => {
    // A file-size limit makes the write of the fixed text fail half-way, as a full disk does.
    const text = `${TRIPLE}${'Hội nghị diễn ra sáng nay. '.repeat(400)}\n`;
    const dir = folderWith({ 'a.txt': text });
    const run = spawnSync('bash', ['-c', `ulimit -f 8; exec node ${JSON.stringify(CLI)} check . --fix`], { cwd: dir, encoding: 'utf8' });
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), text);
    // Only the article and the analysis cache's folder: no temporary file is left beside it.
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.report-lens', 'a.txt']);
    assert.match(run.stdout, /^a\.txt: not fixed: it could not be written \(EFBIG: file too large, write\); the file is unchanged$/m);
    assert.doesNotMatch(run.stdout, /No fix to apply/);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 4);
  });

  it('never follows a symbolic link out of the folder, and reports the link as skipped', async () => {
    const outside = folderWith({ 'victim.txt': TRIPLE });
    const dir = folderWith({ 'a.txt': TRIPLE });
    fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(dir, 'link.txt'));
    const run = await cli(dir, ['check', '.', '--fix']);
    assert.equal(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8'), TRIPLE);
    assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink());
    assert.match(run.out, /^link\.txt\n {2}1:1 {2}warning {2}file-skipped {2}This is a symbolic link, not a regular file: skipped without opening it\.$/m);
    assert.equal(run.code, 4);
  });
});
