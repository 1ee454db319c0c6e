import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
  ReferencesRequest,
  type Location,
} from 'vscode-languageserver-protocol/node';
import { LspSession, positionAt } from '../test/server/lsp/lspClient';
import { analyseBytes } from '../server/src/core/analyseFile';
import { createLexicon } from '../server/src/core/lexicon';
import type { Mention } from '../server/src/core/model';
import { seededRandom } from './generate';

/**
 * The language server measured as an editor sees it: a real client over
 * stdio, timing each request from send to answer (JSON transport included),
 * a keystroke to the diagnostics of the new version, a folder-wide edit until
 * the last republished file, and a re-open on the cache the first session
 * left in its workspace storage.
 */

export interface Latency {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

/** The server's peak and current resident memory, from /proc (Linux). */
function serverMemory(pid: number | undefined): { peakMiB?: number; rssMiB?: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
    return { peakMiB: field('VmHWM'), rssMiB: field('VmRSS') };
  } catch {
    return {};
  }
}

interface Sampled {
  readonly uri: string;
  readonly text: string;
  readonly mention: Mention;
}

/** Mentions of a seeded sample of files, analysed here (not timed), for the requests to point at. */
function sampleMentions(files: readonly string[], count: number): { mentions: Sampled[]; counts: Map<string, number> } {
  const random = seededRandom(7);
  const lexicon = createLexicon();
  const mentions: Sampled[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.min(files.length, count); i++) {
    const file = files[Math.floor(random() * files.length)];
    const uri = pathToFileURL(file).href;
    const analysis = analyseBytes(uri, fs.readFileSync(file), lexicon);
    if (!('article' in analysis)) continue;
    for (const mention of analysis.article.mentions) {
      mentions.push({ uri, text: analysis.article.text, mention });
      counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
    }
  }
  return { mentions, counts };
}

export interface LspOptions {
  readonly server: string;
  readonly requests: number;
  readonly edits: number;
}

export async function measureLsp(folder: string, files: readonly string[], options: LspOptions): Promise<Record<string, unknown>> {
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-storage-'));
  const initializationOptions = { storageUri: pathToFileURL(storage).href };
  const loadBefore = os.loadavg()[0];
  try {
    // A first session on an empty cache: the cold index, the requests, the edits.
    let t0 = performance.now();
    let session = await LspSession.start(folder, initializationOptions, options.server);
    await session.indexed();
    const coldIndexMs = performance.now() - t0;
    // Every work-done progress message of the cold index (begin, reports, end): the editor handles each one.
    const progressMessages = session.progress.length;
    const random = seededRandom(11);
    const { mentions, counts } = sampleMentions(files, 300);
    const pick = () => mentions[Math.floor(random() * mentions.length)];
    const at = (s: Sampled) => ({ textDocument: { uri: s.uri }, position: positionAt(s.text, (s.mention.start + s.mention.end) >> 1) });
    const time = async (call: () => Promise<unknown>) => {
      const start = performance.now();
      const result = await call();
      return { ms: performance.now() - start, result };
    };
    const hover: number[] = [];
    const definition: number[] = [];
    const references: number[] = [];
    let locations = 0;
    // References asked for in pages (a partialResultToken), as a client that shows results as they come would:
    // the time to the first page (or to the answer, when it comes whole) and to the answer.
    let tokens = 0;
    const inPages = async (s: Sampled) => {
      const token = `bench-refs-${++tokens}`;
      const start = performance.now();
      let first: number | undefined;
      session.partialResults.set(token, () => (first ??= performance.now() - start));
      try {
        await session.connection.sendRequest(ReferencesRequest.type, { ...at(s), context: { includeDeclaration: true }, partialResultToken: token });
      } finally {
        session.partialResults.delete(token);
      }
      const whole = performance.now() - start;
      return { first: first ?? whole, whole };
    };
    const pagedFirst: number[] = [];
    const pagedWhole: number[] = [];
    for (let i = 0; i < options.requests; i++) {
      const s = pick();
      hover.push((await time(() => session.connection.sendRequest(HoverRequest.type, at(s)))).ms);
      definition.push((await time(() => session.connection.sendRequest(DefinitionRequest.type, at(s)))).ms);
      const refs = await time(() => session.connection.sendRequest(ReferencesRequest.type, { ...at(s), context: { includeDeclaration: true } }));
      references.push(refs.ms);
      locations += (refs.result as Location[] | null)?.length ?? 0;
      const paged = await inPages(s);
      pagedFirst.push(paged.first);
      pagedWhole.push(paged.whole);
    }
    // The entity named most often in the sample: the worst case for references and definition.
    const [topKey] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const top = mentions.find((s) => s.mention.key === topKey) as Sampled;
    const topReferences: number[] = [];
    const topDefinition: number[] = [];
    const topPagedFirst: number[] = [];
    const topPagedWhole: number[] = [];
    let topLocations = 0;
    for (let i = 0; i < 30; i++) {
      const refs = await time(() => session.connection.sendRequest(ReferencesRequest.type, { ...at(top), context: { includeDeclaration: true } }));
      topReferences.push(refs.ms);
      topLocations = (refs.result as Location[] | null)?.length ?? 0;
      topDefinition.push((await time(() => session.connection.sendRequest(DefinitionRequest.type, at(top)))).ms);
      const paged = await inPages(top);
      topPagedFirst.push(paged.first);
      topPagedWhole.push(paged.whole);
    }

    // The same hovers and definitions as a reader makes them, with no references answer just before. After a
    // references answer of thousands of locations both processes collect its garbage, and on two cores a request
    // that comes then waits for a core: the loop above measures that case, this one the requests alone.
    // Mentions drawn from a random sequence of their own, so the keystrokes below land where they did before.
    const readingRandom = seededRandom(13);
    const hoverReading: number[] = [];
    const definitionReading: number[] = [];
    for (let i = 0; i < options.requests; i++) {
      const s = mentions[Math.floor(readingRandom() * mentions.length)];
      hoverReading.push((await time(() => session.connection.sendRequest(HoverRequest.type, at(s)))).ms);
      definitionReading.push((await time(() => session.connection.sendRequest(DefinitionRequest.type, at(s)))).ms);
    }

    // Keystrokes: one letter typed into the open file, timed to the diagnostics of that version.
    const edited = files[0];
    const uri = pathToFileURL(edited).href;
    let text = fs.readFileSync(edited, 'utf8');
    let version = 1;
    await session.open(edited, text, version);
    await session.until(() => session.versions.get(uri) === version);
    const keystroke: number[] = [];
    for (let i = 0; i < options.edits; i++) {
      const offset = Math.floor(random() * text.length);
      const position = positionAt(text, offset);
      text = `${text.slice(0, offset)}a${text.slice(offset)}`;
      version++;
      const start = performance.now();
      await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: position, end: position }, text: 'a' }],
      });
      const expected = version;
      await session.until(() => session.versions.get(uri) === expected);
      keystroke.push(performance.now() - start);
    }

    // A folder-wide edit: a new spelling of the title written most often, typed into the open file.
    const titles = new Map<string, number>();
    for (const s of mentions) if (s.mention.kind === 'title') titles.set(s.mention.text, (titles.get(s.mention.text) ?? 0) + 1);
    const title = [...titles].sort((a, b) => b[1] - a[1])[0]?.[0];
    let folderEdit: Record<string, unknown> = { title };
    const where = title === undefined ? -1 : text.indexOf(title);
    if (title !== undefined && where !== -1) {
      // Lower-casing the last capitalised word after the first gives a variant no article has.
      const words = title.split(' ');
      let last = -1;
      words.forEach((w, i) => {
        if (i > 0 && w[0] !== w[0].toLowerCase()) last = i;
      });
      const variant = last === -1 ? `${title} ` : words.map((w, i) => (i === last ? w[0].toLowerCase() + w.slice(1) : w)).join(' ');
      const publishedBefore = session.published;
      version++;
      const start = performance.now();
      await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: positionAt(text, where), end: positionAt(text, where + title.length) }, text: variant }],
      });
      const expected = version;
      await session.until(() => session.versions.get(uri) === expected);
      const ownMs = performance.now() - start;
      // Settled: nothing published for a second.
      for (;;) {
        const seen = session.published;
        await new Promise((resolve) => setTimeout(resolve, 1000));
        if (session.published === seen) break;
      }
      folderEdit = { title, variant, ownMs, republished: session.published - publishedBefore, settleMs: session.lastPublishedAt - start };
    }
    const firstMemory = serverMemory(session.pid);
    await session.stop();

    // Re-open: a new server on the same workspace storage, the file opened as soon as the server is up.
    const original = fs.readFileSync(edited, 'utf8');
    t0 = performance.now();
    session = await LspSession.start(folder, initializationOptions, options.server);
    await session.open(edited, original, 1);
    await session.until(() => session.diagnostics.has(uri));
    const reopenFirstDiagnosticsMs = performance.now() - t0;
    await session.indexed();
    const reopenIndexMs = performance.now() - t0;
    const reopenMemory = serverMemory(session.pid);
    await session.stop();
    return {
      coldIndexMs,
      progressMessages,
      hover: latency(hover),
      definition: latency(definition),
      reading: { hover: latency(hoverReading), definition: latency(definitionReading) },
      references: { ...latency(references), meanLocations: locations / Math.max(1, options.requests) },
      referencesInPages: { first: latency(pagedFirst), whole: latency(pagedWhole) },
      top: {
        key: topKey,
        locations: topLocations,
        references: latency(topReferences),
        definition: latency(topDefinition),
        referencesInPages: { first: latency(topPagedFirst), whole: latency(topPagedWhole) },
      },
      // The first keystroke apart: it is the one that finds the server's thread cold, if anything does.
      keystroke: { ...latency(keystroke), first: keystroke[0] },
      folderEdit,
      memory: { first: firstMemory, reopen: reopenMemory },
      reopenFirstDiagnosticsMs,
      reopenIndexMs,
      load: [loadBefore, os.loadavg()[0]],
    };
  } finally {
    fs.rmSync(storage, { recursive: true, force: true });
  }
}
