import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type Registration,
  type ServerCapabilities,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

/** The bundled server, as `npm run build` writes it. */
export const SERVER = path.resolve(__dirname, '../../../../dist/server.js');

const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
  },
  window: { workDoneProgress: true },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
  },
};

/**
 * A real LSP client over stdio for the server tests: it answers the
 * server's requests (configuration, progress, registrations, applyEdit) the
 * way an editor would and records what the server pushes.
 */
export class LspSession {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** The document version the last diagnostics of an open file were computed on. */
  readonly versions = new Map<string, number>();
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly registrations: Registration[] = [];
  /** Work-done progress (indexing), in order. */
  readonly progress: unknown[] = [];
  /** Partial results, by their token: they go to these listeners and are not kept (a page of references may be a megabyte). */
  readonly partialResults = new Map<string | number, (value: unknown) => void>();
  readonly statuses: { articles: number; entities: number; findings: number; indexing: unknown }[] = [];
  readonly errors: string[] = [];
  /** How many publishDiagnostics arrived, and when the last did (performance.now()), for the benchmark. */
  published = 0;
  lastPublishedAt = 0;
  private readonly waiters: (() => void)[] = [];
  private stderr = '';

  /** What the client answers to workspace/configuration for `reportLens`; tests change it, then notify. */
  settings: object = {};
  /** What the server announced in its initialize result. */
  capabilities: ServerCapabilities = {};

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {}

  /** Starts the server on a folder; the benchmark passes its own server path. */
  /** `locale`: the client's display language, as VS Code sends it (English unless given). */
  static async start(folder: string, initializationOptions?: object, server = SERVER, locale?: string): Promise<LspSession> {
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(connection, child);
    child.stderr!.on('data', (chunk) => (session.stderr += String(chunk)));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => session.settings));
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    connection.onRequest(RegistrationRequest.type, (params) => {
      session.registrations.push(...params.registrations);
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      session.appliedEdits.push(params.edit);
      session.changed();
      return { applied: true };
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      session.diagnostics.set(params.uri, params.diagnostics);
      session.published++;
      session.lastPublishedAt = performance.now();
      if (params.version !== undefined) session.versions.set(params.uri, params.version);
      session.changed();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      if (params.type === MessageType.Error) session.errors.push(params.message);
    });
    connection.onNotification('$/progress', (params: { token: string | number; value: unknown }) => {
      const partial = session.partialResults.get(params.token);
      if (partial) return partial(params.value);
      session.progress.push(params);
      session.changed();
    });
    connection.onNotification('reportLens/status', (params: LspSession['statuses'][number]) => {
      session.statuses.push(params);
      session.changed();
    });
    connection.listen();
    const uri = pathToFileURL(folder).href;
    const initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(folder) }],
      capabilities: CAPABILITIES,
      initializationOptions,
      ...(locale !== undefined ? { locale } : {}),
    });
    session.capabilities = initialized.capabilities;
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** Resolves once the condition holds (checked after every message the server pushes). */
  async until<T>(condition: () => T | undefined | false): Promise<T> {
    for (;;) {
      const value = condition();
      if (value) return value;
      if (this.child.exitCode !== null) throw new Error(`the server exited (${this.child.exitCode}): ${this.stderr}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /**
   * Resolves when the first indexing of the folder has finished and its
   * diagnostics are out: the server ends its progress only after publishing
   * every file, so the `end` of the progress is the signal, not a status.
   */
  indexed(): Promise<LspSession['statuses'][number]> {
    return this.until(() => {
      const ended = this.progress.some((p) => (p as { value?: { kind?: string } }).value?.kind === 'end');
      return ended && this.statuses.find((s) => s.indexing === null && s.articles > 0);
    });
  }

  async open(file: string, text: string, version = 1): Promise<string> {
    const uri = pathToFileURL(file).href;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version, text },
    });
    return uri;
  }

  /** The server's process id, for its memory figures. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  get exited(): boolean {
    return this.child.exitCode !== null;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
      await new Promise((resolve) => this.child.once('exit', resolve));
    }
    this.connection.dispose();
  }

  private changed(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

/** The LSP position of an offset, counted independently of the server (UTF-16 units; \n, \r\n, \r end lines). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The text an LSP range covers. */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

export function offsetAt(text: string, position: { line: number; character: number }): number {
  const re = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (let line = 0; line < position.line; line++) {
    const match = re.exec(text);
    if (!match) return text.length;
    lineStart = match.index + match[0].length;
  }
  return lineStart + position.character;
}

/** Applies LSP text edits to a text (edits do not overlap). */
export function applyTextEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetAt(out, e.range.start)) + e.newText + out.slice(offsetAt(out, e.range.end));
  return out;
}
