import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeLensRequest,
  DeclarationRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  ReferencesRequest,
  ResponseError,
  SemanticTokensRequest,
  SymbolKind,
  WorkspaceSymbolRequest,
  type CreateFile,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { SEEDS_DIR } from '../../support/fixture';
import type { FixAllResult } from '../../../server/src/lsp/protocolShapes';
import { applyTextEdits, LspSession, positionAt, textAt } from './lspClient';

const S000 = '000_a0bfb8074f4957ff.txt';
const S001 = '001_39ce9bc540b8e1cf.txt';
const S002 = '002_d5d8ab22265d025f.txt';
const S003 = '003_c3f5d0e4081dce2b.txt';

/**
 * The built server (dist/server.js) over stdio, driven by a real LSP client
 * on a copy of the seeds plus the bad inputs of SPEC §6. One server process
 * serves every test here; tests that edit use their own files.
 */
describe('lsp server over stdio', function () {
  let dir: string;
  let session: LspSession;
  const file = (name: string) => path.join(dir, name);
  const uri = (name: string) => pathToFileURL(file(name)).href;
  const read = (name: string) => fs.readFileSync(file(name), 'utf8');
  /** Position of the n-th occurrence of a needle in a file, plus a few characters into it. */
  const at = (name: string, needle: string, into = 2, occurrence = 0) => {
    const text = read(name);
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
    assert.ok(offset !== -1, `${needle} not in ${name}`);
    return positionAt(text, offset + into);
  };
  const show = (l: Location) => `${path.basename(l.uri)}: ${textAt(fs.readFileSync(new URL(l.uri), 'utf8'), l.range)}`;

  before(async function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-lsp-'));
    for (const name of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, name), path.join(dir, name));
    fs.writeFileSync(file('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
    fs.writeFileSync(file('empty.txt'), '');
    // UTF-16 with a byte-order mark and CRLF line ends.
    fs.writeFileSync(file('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tiêu đề.\r\nCông tác tác đào tạo.\r\n', 'utf16le')]));
    fs.writeFileSync(file('nfd.txt'), 'Tiêu đề.\nCông tác tác đào tạo.\n'.normalize('NFD'));
    fs.writeFileSync(file('huge.txt'), Buffer.alloc(9 * 1024 * 1024, 'a'));
    fs.writeFileSync(file('edited.txt'), 'Công tác tác đào tạo.\n');
    fs.writeFileSync(file('LICENSE.txt'), 'Permission is hereby granted, free of charge, to any person obtaining a copy.\nThe the software is provided as is.\n');
    fs.writeFileSync(file('report.md'), '# Báo cáo công tác\n\nCông tác tác **đào tạo** cán bộ.\n\n```\nCông tác tác trong mã.\n```\n');
    // A named pipe that no one writes: opening it to read would block the server's file reads.
    execFileSync('mkfifo', [file('pipe.txt')]);
    session = await LspSession.start(dir);
    await session.indexed();
  });

  after(async () => {
    await session?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('indexes the folder with progress and publishes diagnostics for every article, opened or not', async () => {
    const kinds = session.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    // 002 was never opened: its repeated word is reported with the rule id, the source and an exact range.
    const diagnostics = session.diagnostics.get(uri(S002)) ?? [];
    const artifact = diagnostics.find((d) => d.code === 'text-artifact');
    assert.ok(artifact, JSON.stringify(diagnostics));
    assert.equal(artifact.source, 'report-lens');
    assert.equal(textAt(read(S002), artifact.range), 'tác tác');
    // A folder-wide finding points at the conflicting mention in another file.
    const variant = (session.diagnostics.get(uri(S000)) ?? []).find((d) => d.code === 'title-variant' && textAt(read(S000), d.range) === 'Trưởng ban Tổ chức Trung ương');
    assert.ok(variant?.relatedInformation?.length, JSON.stringify(variant));
    const related = variant.relatedInformation[0];
    assert.equal(show(related.location), `${S002}: Trưởng Ban Tổ chức Trung ương`);
    assert.equal(session.statuses.at(-1)!.indexing, null);
    assert.deepEqual(
      [S000, S001, S003, '004_e67d3c4373461e83.txt'].map((n) => session.diagnostics.has(uri(n))),
      [true, true, true, true],
    );
  });

  it('reads bad input without crashing: UTF-16 with CRLF, NFD, empty; skips binary and oversized files, each with one diagnostic saying why', async () => {
    const utf16 = session.diagnostics.get(uri('utf16.txt')) ?? [];
    assert.deepEqual(
      utf16.filter((d) => d.code === 'text-artifact').map((d) => d.range),
      [{ start: { line: 1, character: 5 }, end: { line: 1, character: 12 } }],
    );
    const nfdText = read('nfd.txt');
    const nfd = (session.diagnostics.get(uri('nfd.txt')) ?? []).filter((d) => d.code === 'text-artifact');
    assert.deepEqual(nfd.map((d) => textAt(nfdText, d.range).normalize('NFC')), ['tác tác']);
    assert.deepEqual(session.diagnostics.get(uri('empty.txt')), []);
    // Skipped files used to get nothing, so the user could not tell them from clean ones (issue 10).
    const skipped = (name: string) => (session.diagnostics.get(uri(name)) ?? []).map((d) => [d.code, d.severity, d.message.split(':')[0]]);
    assert.deepEqual(skipped('binary.txt'), [['file-skipped', DiagnosticSeverity.Warning, 'Binary file (it holds NUL bytes)']]);
    assert.deepEqual(skipped('huge.txt'), [['file-skipped', DiagnosticSeverity.Warning, 'This file is 9.0 MB, over the 8.0 MB limit for an article']]);
    assert.deepEqual(skipped('pipe.txt'), [['file-skipped', DiagnosticSeverity.Warning, 'This is a FIFO (named pipe), not a regular file']]);
    assert.deepEqual(session.errors, []);
  });

  it('hovers on Trương Thị Mai with her title timeline across files', async () => {
    const text = read(S002);
    await session.open(file(S002), text);
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: uri(S002) },
      position: at(S002, 'Trương Thị Mai', 3),
    });
    assert.ok(hover);
    assert.equal(textAt(text, hover.range!), 'Trương Thị Mai');
    const lines = (hover.contents as MarkupContent).value.split('\n');
    assert.equal(lines[0], '**Trương Thị Mai** — official');
    assert.ok(lines.some((l) => l.startsWith('- 2022-01-12 · `000_a0bfb8074f4957ff.txt`: ')), lines.join('\n'));
    assert.ok(
      lines.includes('- 2022-06-23 · `002_d5d8ab22265d025f.txt`: Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng; Trưởng Ban Tổ chức Trung ương'),
      lines.join('\n'),
    );
  });

  it('goes to Mai Văn Chính’s introduction in the earliest article and finds his mentions per file', async () => {
    const position = at(S000, 'Mai Văn Chính');
    const definition = (await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(S000) }, position })) as Location[];
    // One answer, so F12 lands in it instead of opening a Peek sorted by file name.
    assert.deepEqual(definition.map(show), [`${S003}: Mai Văn Chính`]);
    const declarations = (await session.connection.sendRequest(DeclarationRequest.type, { textDocument: { uri: uri(S000) }, position })) as Location[];
    assert.deepEqual(declarations.map(show), [`${S003}: Mai Văn Chính`, `${S000}: Mai Văn Chính`, `${S001}: Mai Văn Chính`]);
    const references = await session.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri(S000) },
      position,
      context: { includeDeclaration: true },
    });
    const perFile: Record<string, number> = {};
    for (const r of references ?? []) {
      assert.equal(show(r).split(': ')[1], 'Mai Văn Chính');
      perFile[path.basename(r.uri)] = (perFile[path.basename(r.uri)] ?? 0) + 1;
    }
    assert.deepEqual(perFile, { [S000]: 2, [S001]: 2, [S003]: 3 });
  });

  it('outlines an article and finds people across the folder', async () => {
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri(S002) } })) as DocumentSymbol[];
    const mai = symbols.find((s) => s.name === 'Trương Thị Mai');
    assert.ok(mai, JSON.stringify(symbols.map((s) => s.name)));
    assert.equal(mai.kind, SymbolKind.Object);
    assert.equal(textAt(read(S002), mai.selectionRange), 'Trương Thị Mai');
    assert.ok(symbols.some((s) => s.name === '2022-06-23' && s.kind === SymbolKind.Number));

    const found = await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'tthimai' });
    const person = (found as { name: string; kind: SymbolKind; location: Location }[]).find((s) => s.name === 'Trương Thị Mai');
    assert.ok(person);
    assert.equal(person.kind, SymbolKind.Object);
    assert.equal(show(person.location).split(': ')[1], 'Trương Thị Mai');
  });

  /** The semantic tokens of a file as [text, token type] pairs, decoded with the legend the server announced. */
  async function tokensOf(name: string): Promise<[string, string][]> {
    const tokens = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uri(name) } });
    const legend = session.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const text = read(name);
    const decoded: [string, string][] = [];
    let line = 0;
    let character = 0;
    const data = tokens?.data ?? [];
    for (let i = 0; i < data.length; i += 5) {
      const [dLine, dChar, length, type] = data.slice(i, i + 4);
      line += dLine;
      character = dLine === 0 ? character + dChar : dChar;
      decoded.push([textAt(text, { start: { line, character }, end: { line, character: character + length } }), legend[type]]);
    }
    return decoded;
  }

  it('colours people, titles, a document citation and the date and issuer after it, with the legend’s token types', async () => {
    const s002 = new Map(await tokensOf(S002));
    assert.equal(s002.get('Trương Thị Mai'), 'person');
    assert.equal(s002.get('Ủy viên Bộ Chính trị'), 'title');
    // The citation proper is one token; its date and issuer, written after it, are tokens of their own kinds.
    const s001 = await tokensOf(S001);
    const citation = s001.findIndex(([text, type]) => text === 'Chỉ thị số 35-CT/TW' && type === 'document');
    assert.ok(citation >= 0, JSON.stringify(s001));
    assert.deepEqual(s001.slice(citation + 1, citation + 3), [
      ['ngày 30-5-2019', 'date'],
      ['Bộ Chính trị', 'organization'],
    ]);
  });

  it('shows the resolved date after a day and month without year', async () => {
    const text = read(S000);
    const hints = await session.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: uri(S000) },
      range: { start: { line: 0, character: 0 }, end: positionAt(text, text.length) },
    });
    const after = (hints ?? []).find((h) => h.label === '2022-01-12');
    assert.ok(after, JSON.stringify(hints));
    assert.equal(textAt(text, { start: at(S000, 'Sáng 12/1', 0), end: after.position }).endsWith('12/1'), true);
  });

  it('names the person in a code lens and counts her mentions, agreeing with the references, without carrying them', async () => {
    const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri(S002) } });
    const lens = (lenses ?? []).find((l) => textAt(read(S002), l.range) === 'Trương Thị Mai');
    assert.ok(lens?.command);
    const locations = await session.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri(S002) },
      position: lens.range.start,
      context: { includeDeclaration: true },
    });
    const files = new Set((locations ?? []).map((l) => l.uri)).size;
    assert.ok(files > 1);
    assert.equal(lens.command.title, `Trương Thị Mai: ${locations?.length} mentions in ${files} files`);
    // The lens carries the place to ask about, not the answer: a folder naming her thousands of times stays small.
    assert.deepEqual(lens.command.arguments, [uri(S002), lens.range.start]);
  });

  it('fixes the repeated word with the preferred quick fix, and republishes after the edit', async () => {
    const text = read('edited.txt');
    await session.open(file('edited.txt'), text);
    const diagnostic = (await session.until(() => session.diagnostics.get(uri('edited.txt'))))[0];
    assert.equal(diagnostic.code, 'text-artifact');
    const actions = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri('edited.txt') },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const fix = (actions ?? []).find((a) => 'isPreferred' in a && a.isPreferred);
    assert.ok(fix && 'edit' in fix && fix.edit, JSON.stringify(actions));
    assert.deepEqual(fix.diagnostics?.map((d) => d.code), ['text-artifact']);
    const [change] = fix.edit.documentChanges as TextDocumentEdit[];
    assert.equal(change.textDocument.version, 1);
    const fixed = applyTextEdits(text, change.edits);
    assert.equal(fixed, 'Công tác đào tạo.\n');

    // Suppressing writes the workspace configuration file, creating it first.
    const suppress = (actions ?? []).find((a) => a.title.startsWith('Suppress'));
    assert.ok(suppress && 'edit' in suppress);
    const create = suppress.edit!.documentChanges![0] as CreateFile;
    assert.deepEqual([create.kind, create.uri], ['create', uri('.report-lens/config.json')]);

    // The editor applies the fix as an incremental change; after the pause in typing the finding is gone.
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('edited.txt'), version: 2 },
      contentChanges: change.edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    await session.until(() => session.diagnostics.get(uri('edited.txt'))?.length === 0);
  });

  it('picks up an article created on disk', async () => {
    fs.writeFileSync(file('new.txt'), 'Một bài mới.\nĐào tạo cán bộ bộ cơ sở.\n');
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('new.txt'), type: FileChangeType.Created }] });
    const diagnostics = await session.until(() => session.diagnostics.get(uri('new.txt')));
    assert.deepEqual(diagnostics.map((d) => [d.code, textAt(read('new.txt'), d.range)]), [['text-artifact', 'bộ bộ']]);
    assert.ok(session.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));

    fs.rmSync(file('new.txt'));
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('new.txt'), type: FileChangeType.Deleted }] });
    await session.until(() => session.diagnostics.get(uri('new.txt'))?.length === 0);
  });

  it('follows a file on disk that changes, becomes a FIFO, or vanishes before it is read, without blocking', async () => {
    // The text last written, for showing ranges: the test must not read the FIFO either.
    let text = '';
    const changed = async (expected: string[][]) => {
      await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('flux.txt'), type: FileChangeType.Changed }] });
      const shown = () => (session.diagnostics.get(uri('flux.txt')) ?? []).map((d) => [String(d.code), d.code === 'file-skipped' ? d.message : textAt(text, d.range)]);
      await session.until(() => JSON.stringify(shown()) === JSON.stringify(expected));
    };
    text = 'Công tác tác đào tạo.\n';
    fs.writeFileSync(file('flux.txt'), text);
    await changed([['text-artifact', 'tác tác']]);
    text = 'Đào tạo cán bộ bộ cơ sở.\n';
    fs.writeFileSync(file('flux.txt'), text);
    await changed([['text-artifact', 'bộ bộ']]);
    fs.rmSync(file('flux.txt'));
    execFileSync('mkfifo', [file('flux.txt')]);
    await changed([['file-skipped', 'This is a FIFO (named pipe), not a regular file: skipped without opening it.']]);
    // Reported as changed, but gone by the time the server reads it: its findings go, and nothing fails.
    fs.rmSync(file('flux.txt'));
    await changed([]);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(S002) }, position: at(S002, 'Trương Thị Mai') });
    assert.ok(hover);
    assert.deepEqual(session.errors, []);
  });

  it('settles an edit storm on the last text, publishing for that version', async () => {
    const storm = await session.open(file('storm.txt'), '', 1);
    const typed = 'Công tác tác đào tạo.';
    for (let i = 0; i < typed.length; i++) {
      await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: storm, version: i + 2 },
        contentChanges: [{ range: { start: { line: 0, character: i }, end: { line: 0, character: i } }, text: typed[i] }],
      });
    }
    const last = typed.length + 1;
    await session.until(() => session.versions.get(storm) === last);
    assert.deepEqual(session.diagnostics.get(storm)!.map((d) => [d.code, textAt(typed, d.range)]), [['text-artifact', 'tác tác']]);
  });

  it('fixes a rule across the folder with one workspace edit, only once the preview of rules, edits and files is confirmed', async () => {
    const command = 'reportLens.server.fixAllInFolder';
    const before = session.appliedEdits.length;
    const asked = (await session.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: ['text-artifact'] })) as FixAllResult;
    // Without the fingerprint nothing is applied: the client shows this and asks first (issue 9).
    assert.equal(asked.applied, false);
    assert.equal(session.appliedEdits.length, before);
    const preview = asked.preview!;
    assert.deepEqual(preview.rules.map((r) => r.rule), ['text-artifact']);
    assert.equal(preview.rules[0].edits, preview.edits);
    assert.ok(preview.files.includes(uri(S002)) && preview.files.includes(uri('utf16.txt')), preview.files.join(', '));
    const stale = (await session.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: ['text-artifact', 'not-the-fingerprint'] })) as FixAllResult;
    assert.deepEqual([stale.applied, stale.changed, session.appliedEdits.length], [false, true, before]);
    const result = await session.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: ['text-artifact', preview.fingerprint] });
    assert.equal((result as { applied: boolean }).applied, true);
    const edit = session.appliedEdits.at(-1)!;
    const files = (edit.documentChanges as TextDocumentEdit[]).map((c) => path.basename(c.textDocument.uri));
    assert.ok(files.includes(S002) && files.includes('utf16.txt'), files.join(', '));
    const s002 = (edit.documentChanges as TextDocumentEdit[]).find((c) => c.textDocument.uri === uri(S002))!;
    // 002 is open in the editor, so the edit is tied to the version the fixes were computed on.
    assert.equal(s002.textDocument.version, 1);
    assert.ok(applyTextEdits(read(S002), s002.edits).includes('công tác đào tạo'));
  });

  it('answers the client’s entity views', async () => {
    const { entities } = await session.connection.sendRequest('reportLens/entities', { kinds: ['person'] }) as {
      entities: { id: string; kind: string; name: string; mentions: number; files: number }[];
    };
    assert.ok(entities.every((e) => e.kind === 'person'));
    const mai = entities.find((e) => e.name === 'Trương Thị Mai');
    assert.ok(mai);
    const mentions = (await session.connection.sendRequest('reportLens/mentions', { id: mai.id })) as { uri: string; range: never; text: string }[];
    assert.equal(mentions.length, mai.mentions);
    assert.equal(new Set(mentions.map((m) => m.uri)).size, mai.files);
    for (const m of mentions) assert.equal(textAt(fs.readFileSync(new URL(m.uri), 'utf8'), m.range), m.text);
    // Each row can show its line with the mention in bold.
    const rows = mentions as unknown as { text: string; line: { text: string; start: number; end: number } }[];
    for (const m of rows) assert.equal(m.line.text.slice(m.line.start, m.line.end), m.text);
  });

  it('draws an official’s timeline from the articles, each linked to its mention, and from the knowledge base with sources', async () => {
    const timeline = (await session.connection.sendRequest('reportLens/timeline', { id: 'person:trương thị mai' })) as {
      name: string;
      articles: { uri: string; file: string; date?: string; titles: string[]; range: never }[];
      posts: { title: string; source?: string }[];
    } | null;
    assert.ok(timeline);
    assert.equal(timeline.name, 'Trương Thị Mai');
    const first = timeline.articles.find((a) => a.file === S000);
    assert.equal(first?.date, '2022-01-12');
    const later = timeline.articles.find((a) => a.file === S002);
    assert.deepEqual(later?.titles, ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương']);
    for (const a of timeline.articles) assert.equal(textAt(fs.readFileSync(new URL(a.uri), 'utf8'), a.range), 'Trương Thị Mai');
    assert.ok(timeline.posts.length > 0 && timeline.posts.every((p) => p.source?.startsWith('https://')), JSON.stringify(timeline.posts));
    assert.equal(await session.connection.sendRequest('reportLens/timeline', { id: 'document:nothing' }), null);
  });

  it('links a person’s hover to the timeline panel', async () => {
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(S002) }, position: at(S002, 'Trương Thị Mai', 3) });
    const value = (hover?.contents as MarkupContent).value;
    assert.ok(value.endsWith(`[Show timeline](command:reportLens.showTimeline?${encodeURIComponent(JSON.stringify(['person:trương thị mai']))})`), value);
  });

  it('offers fix-all in the quick-fix menu too, and fixes the whole file on save with source.fixAll.reportLens', async () => {
    const name = 'on-save.txt';
    const text = 'Công tác tác đào tạo và công tác tác tuyên truyền.\n';
    fs.writeFileSync(file(name), text);
    await session.open(file(name), text);
    const diagnostic = (await session.until(() => session.diagnostics.get(uri(name))?.length === 2 && session.diagnostics.get(uri(name))))[0];
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri(name) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as { title: string; kind?: string }[];
    assert.ok(actions.some((a) => a.kind === 'quickfix' && a.title.startsWith('Fix all')), JSON.stringify(actions));
    const onSave = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri(name) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.reportLens'] },
    })) as { kind?: string; edit?: { documentChanges?: TextDocumentEdit[] } }[];
    assert.equal(onSave.length, 1);
    assert.equal(onSave[0].kind, 'source.fixAll.reportLens');
    assert.equal(applyTextEdits(text, onSave[0].edit!.documentChanges![0].edits), 'Công tác đào tạo và công tác tuyên truyền.\n');
  });

  it('leaves a licence alone and lints only the prose of a Markdown report', async () => {
    assert.equal(session.diagnostics.has(uri('LICENSE.txt')), false);
    const report = session.diagnostics.get(uri('report.md')) ?? [];
    assert.deepEqual(report.map((d) => [d.code, d.range.start.line, textAt(read('report.md'), d.range)]), [['text-artifact', 2, 'tác tác']]);
  });

  it('follows the rule settings and the workspace configuration file, reporting the file’s errors in it', async () => {
    session.settings = { rules: { 'text-artifact': 'off' } };
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await session.until(() => session.diagnostics.get(uri(S002))?.every((d) => d.code !== 'text-artifact'));

    session.settings = {};
    fs.mkdirSync(file('.report-lens'), { recursive: true });
    const config = '{ "rules": { "text-artifact": "error", "no-such-rule": "off" } }';
    fs.writeFileSync(file('.report-lens/config.json'), config);
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uri('.report-lens/config.json'), type: FileChangeType.Created }],
    });
    const errors = await session.until(() => {
      const published = session.diagnostics.get(uri('.report-lens/config.json'));
      return published && published.length > 0 && published;
    });
    assert.deepEqual(errors.map((d) => textAt(config, d.range)), ['"no-such-rule"']);
    const artifact = await session.until(() => session.diagnostics.get(uri(S002))?.find((d) => d.code === 'text-artifact'));
    assert.equal(artifact.severity, DiagnosticSeverity.Error);
  });

  it('survives cancelled requests and keeps serving', async () => {
    const source = new CancellationTokenSource();
    const pending = session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' }, source.token);
    source.cancel();
    try {
      await pending;
    } catch (error) {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, LSPErrorCodes.RequestCancelled);
    }
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(S002) }, position: at(S002, 'Trương Thị Mai', 3) });
    assert.ok(hover);
    assert.equal(session.exited, false);
    assert.deepEqual(session.errors, []);
  });
});
