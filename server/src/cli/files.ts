import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileAccess } from '../core/host';
import type { ReportLensService } from '../core/service';
import { WORKSPACE_KNOWLEDGE_PATH } from '../core/knowledge/workspaceKnowledge';

/**
 * What the CLI commands share: their input/output (injectable for tests) and
 * how they turn the paths on the command line into article files.
 */

export interface CliIo {
  readonly cwd: string;
  /** Whether stderr is a terminal, where a progress bar may be drawn. */
  readonly terminal?: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** The check command's name for the same thing, kept for its callers. */
export type CheckIo = CliIo;

export const NODE_IO: CliIo = {
  cwd: process.cwd(),
  terminal: process.stderr.isTTY === true,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** The .txt articles of a file or folder (folders recursively, skipping hidden folders and node_modules). */
export function articleFiles(target: string): string[] {
  if (!fs.statSync(target).isDirectory()) return [target];
  const out: string[] = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...articleFiles(full));
    } else if (entry.name.toLowerCase().endsWith('.txt')) out.push(full);
  }
  return out;
}

export function diskFiles(files: readonly string[]): FileAccess {
  return {
    listArticles: async () => files.map((f) => pathToFileURL(f).href),
    readFile: async (uri) => {
      try {
        return fs.readFileSync(fileURLToPath(uri));
      } catch {
        return undefined;
      }
    },
  };
}

/** A path relative to the working folder, with forward slashes, as the commands print files. */
export function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/**
 * A workspace file (`.report-lens/…`) for the given targets: in the first
 * target folder (or a folder above it, up to the working folder) that has one,
 * else in the working folder.
 */
export function findWorkspaceFile(targets: readonly string[], cwd: string, relative: string): string | undefined {
  for (const target of targets) {
    let dir = fs.statSync(target).isDirectory() ? target : path.dirname(target);
    for (;;) {
      const candidate = path.join(dir, relative);
      if (fs.existsSync(candidate)) return candidate;
      const parent = path.dirname(dir);
      if (dir === cwd || parent === dir) break;
      dir = parent;
    }
  }
  const here = path.join(cwd, relative);
  return fs.existsSync(here) ? here : undefined;
}

/** Loads the workspace knowledge file, when there is one, so the CLI sees the names and links the editor sees. */
export function loadKnowledge(service: ReportLensService, targets: readonly string[], io: CliIo): void {
  const file = findWorkspaceFile(targets, io.cwd, WORKSPACE_KNOWLEDGE_PATH);
  if (!file) return;
  const issues = service.setKnowledgeFile(pathToFileURL(file).href, fs.readFileSync(file, 'utf8'));
  for (const issue of issues) io.err(`${displayPath(io.cwd, file)}: ${issue.message}\n`);
}
