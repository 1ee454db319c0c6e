import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Every file Report Lens writes (articles, the workspace configuration and
 * knowledge files, exports) goes through here, so a crash, a kill or a full
 * disk at any moment leaves either the old file or the new one, never a
 * truncated mix: the bytes go to a temporary file in the same folder, are
 * flushed to the disk, and the temporary file is then renamed over the
 * target, which is atomic on one file system.
 */

/** Why a write was refused (a symbolic link is never written through); I/O errors are thrown as they are. */
export class WriteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefused';
  }
}

/** The hash that identifies a file's content: a write checks the file still has the bytes a fix was computed from. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes a file atomically, keeping the permissions of the file it replaces.
 * A symbolic link, or anything but a regular file, is never replaced or
 * written through.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  let mode = 0o644;
  try {
    const stat = await fs.promises.lstat(file);
    if (stat.isSymbolicLink()) throw new WriteRefused(`${file} is a symbolic link: Report Lens never writes through one`);
    if (!stat.isFile()) throw new WriteRefused(`${file} is not a regular file`);
    mode = stat.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.promises.open(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, file);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir);
}

/** Flushes a folder's entry list, so the rename itself survives a power cut; not every system allows it, and nothing depends on it. */
async function syncFolder(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder: the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
