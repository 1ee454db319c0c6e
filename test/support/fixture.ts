import { createReportLensService, type ReportLensService } from '../../server/src/core/service';
import type { FileAccess } from '../../server/src/core/host';
import type { Language } from '../../server/src/core/messages/catalogue';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Test fixtures as data: several files in one string, each introduced by a
 * line `//- name.txt`, with an optional cursor marker `$0` in one of them.
 * A fixture without any `//-` line is a single file named `a.txt`.
 */
export interface Fixture {
  readonly files: ReadonlyMap<string, string>;
  /** The file holding the cursor marker and the offset where it stood. */
  readonly cursor?: { readonly uri: string; readonly offset: number };
}

export const CURSOR = '$0';

export function parseFixture(text: string): Fixture {
  const files = new Map<string, string>();
  let cursor: Fixture['cursor'];
  const chunks = text.includes('//- ') ? text.split(/^\/\/- /m).slice(1) : [`a.txt\n${text}`];
  for (const chunk of chunks) {
    const newline = chunk.indexOf('\n');
    const name = chunk.slice(0, newline).trim();
    let body = chunk.slice(newline + 1);
    const at = body.indexOf(CURSOR);
    if (at !== -1) {
      cursor = { uri: uriOf(name), offset: at };
      body = body.slice(0, at) + body.slice(at + CURSOR.length);
    }
    files.set(uriOf(name), body);
  }
  return { files, cursor };
}

/** URIs of in-memory fixture files. */
export function uriOf(name: string): string {
  return `memory:///${name}`;
}

export function nameOf(uri: string): string {
  return uri.replace(/^memory:\/\/\//, '').replace(/^.*\/seeds\//, '');
}

/** A FileAccess over an in-memory map of URI → text. */
export function memoryFiles(files: ReadonlyMap<string, string>): FileAccess {
  return {
    listArticles: async () => [...files.keys()].sort(),
    readFile: async (uri) => {
      const text = files.get(uri);
      return text === undefined ? undefined : new TextEncoder().encode(text);
    },
  };
}

/** A service indexed over the fixture's files, in English unless a language is given. */
export async function serviceFor(fixture: Fixture, language?: Language): Promise<ReportLensService> {
  const service = createReportLensService({ files: memoryFiles(fixture.files), language });
  await service.indexWorkspace();
  return service;
}

export const SEEDS_DIR = path.resolve(__dirname, '../../../seeds');

/** The five seed articles, keyed by `memory:///<file name>`. */
export function seedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort()) {
    files.set(uriOf(name), fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8'));
  }
  return files;
}

/** Offset of the n-th (0-based) occurrence of `needle` in `text`; throws when absent. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurrence ${occurrence} not found`);
  }
  return at;
}
