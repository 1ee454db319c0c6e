import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomic, WriteRefused } from '../../../server/src/node/atomicWrite';

describe('node/atomicWrite', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-write-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces a file whole, keeps its mode, and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'cũ');
    fs.chmodSync(file, 0o600);
    const inode = fs.statSync(file).ino;
    await writeFileAtomic(file, 'mới');
    assert.equal(fs.readFileSync(file, 'utf8'), 'mới');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    // A new inode: the old file was renamed over, never truncated in place.
    assert.notEqual(fs.statSync(file).ino, inode);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });

  it('creates a missing file, and refuses to write through a symbolic link or over a folder', async () => {
    await writeFileAtomic(path.join(dir, 'new.txt'), 'x');
    assert.equal(fs.readFileSync(path.join(dir, 'new.txt'), 'utf8'), 'x');
    fs.writeFileSync(path.join(dir, 'target.txt'), 'đích');
    fs.symlinkSync(path.join(dir, 'target.txt'), path.join(dir, 'link.txt'));
    await assert.rejects(writeFileAtomic(path.join(dir, 'link.txt'), 'y'), WriteRefused);
    assert.equal(fs.readFileSync(path.join(dir, 'target.txt'), 'utf8'), 'đích');
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    await assert.rejects(writeFileAtomic(path.join(dir, 'folder.txt'), 'z'), WriteRefused);
  });

  it('fails cleanly into a missing folder, leaving nothing behind', async () => {
    await assert.rejects(writeFileAtomic(path.join(dir, 'missing', 'a.txt'), 'x'), { code: 'ENOENT' });
    assert.deepEqual(fs.readdirSync(dir), []);
  });
});
