import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import type { CliIo } from '../../server/src/cli/files';

/** Running the CLI in-process on folders built in temp directories, for the tests under test/server/cli. */

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

const folders: string[] = [];

/** A fresh temp folder holding the given files (text as UTF-8, bytes as they are). */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-cli-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Runs `report-lens <args…>` with `cwd` as the working folder, reading files through `files` when given. */
export async function cli(cwd: string, args: string[], files?: CliIo['files']): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(args, { cwd, out: (t) => (out += t), err: (t) => (err += t), files });
  return { code, out, err };
}

/** Removes every folder folderWith made (call from an `after` hook). */
export function removeFolders(): void {
  for (const dir of folders.splice(0)) {
    // Folders a test made unreadable are opened again first, so they can be removed.
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
