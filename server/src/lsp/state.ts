import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, InitializeParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import * as path from 'node:path';
import {
  CONFIG_FILE,
  WORKSPACE_KNOWLEDGE_PATH,
  createReportLensService,
  languageOf,
  messagesFor,
  type ConfigError,
  type Logger,
  type Messages,
  type PreferredForms,
  type ReportLensService,
  type RuleLevel,
} from '../core';
import { DEFAULT_FILTER, MAX_ARTICLE_BYTES, nodeFileAccess, type NodeFileAccess } from '../node/fileAccess';
import { createAnalysisPool, type AnalysisPool } from '../node/analysisPool';
import { AnalysisCache, keptTextAnalysis } from '../node/analysisCache';
import { filePaths, pathToUri } from '../node/uri';
import { Positions } from './positions';
import type { InitializationOptions, StatusParams } from './protocol';

/** The `reportLens.*` settings the server reads. */
export interface Settings {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Globs of files analysed even when they are not Vietnamese prose. */
  readonly alwaysAnalyse: readonly string[];
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly preferred: PreferredForms;
  readonly inlayHints: { readonly dates: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  include: DEFAULT_FILTER.include,
  exclude: DEFAULT_FILTER.exclude,
  alwaysAnalyse: [],
  rules: {},
  preferred: {},
  inlayHints: { dates: true },
};


/** What the client said it can do, as far as the server's behaviour depends on it. */
export interface ClientSupport {
  readonly configuration: boolean;
  readonly workspaceFolders: boolean;
  readonly workDoneProgress: boolean;
  readonly watchedFilesRegistration: boolean;
  readonly configurationRegistration: boolean;
  readonly documentChanges: boolean;
  readonly createFiles: boolean;
  readonly inlayHintRefresh: boolean;
  readonly semanticTokensRefresh: boolean;
  readonly codeLensRefresh: boolean;
}

/** What a client's capabilities say it can do: one that claims nothing (and every client before initialize) gets no optional behaviour. */
function supportOf(caps: ClientCapabilities): ClientSupport {
  return {
    configuration: caps.workspace?.configuration === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
    workDoneProgress: caps.window?.workDoneProgress === true,
    watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
    createFiles: caps.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
    inlayHintRefresh: caps.workspace?.inlayHint?.refreshSupport === true,
    semanticTokensRefresh: caps.workspace?.semanticTokens?.refreshSupport === true,
    codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
  };
}

/** What initialize said of the client and the user, fixed for the session. */
interface ClientInfo {
  readonly support: ClientSupport;
  readonly messages: Messages;
  readonly showsStatus: boolean;
  readonly trusted: boolean;
}

/** A workspace file (configuration, knowledge) as last read; text undefined when it does not exist. */
interface WorkspaceFile {
  readonly uri: string;
  readonly text?: string;
}

type IndexingProgress = NonNullable<StatusParams['indexing']>;

/**
 * How long the analysis workers may sit without work before they stop (see PoolOptions.idleMs). Files
 * are read in bursts (indexing, files changed on disk) with long quiet spells between; starting the
 * workers again takes a fraction of a second, once per burst.
 */
const WORKER_IDLE_MS = 30_000;

/**
 * How many times an article's analysis is rehearsed once the folder is indexed (see `rehearseEdits`): enough for V8 to
 * compile the recognisers' hot paths. On 3,000 generated articles the first keystroke's diagnostics came after
 * 64–90 ms without a rehearsal and 16–20 ms after ten, against 8–11 ms for a keystroke at p50.
 */
const REHEARSALS = 10;
/** A rehearsal reads at most this much of its article (five average articles), so that a huge file holds no round up for long. */
const REHEARSAL_CHARS = 20_000;

/**
 * The server's only state besides the façade: what initialize said of the
 * client, the settings, the folders and their files, the open documents (for
 * incremental sync) and the edits waiting to be analysed, the workspace files
 * as last read, indexing progress, and line indexes of the texts positions
 * are converted against. Every field is private: it changes only through
 * the methods below, named for the event that changes it, and handlers read
 * it through getters and queries that change nothing. The two reads that
 * analyse pending edits first say so (`positionsAfterEdits`,
 * `analysePendingEdits`).
 */
export class ServerState {
  readonly service: ReportLensService;
  private readonly documents = new Map<string, TextDocument>();
  /** Diagnostics count per published file, for the status notification. */
  private readonly published = new Map<string, number>();
  private folderPaths: readonly string[] = [];
  private settingsInForce: Settings = DEFAULT_SETTINGS;
  private fileAccess: NodeFileAccess;
  private client: ClientInfo = {
    support: supportOf({}),
    messages: messagesFor(undefined),
    showsStatus: false,
    trusted: true,
  };
  /** The workspace configuration file as last read (text undefined when it does not exist). */
  private configFile?: WorkspaceFile;
  /** The workspace knowledge file as last read (text undefined when it does not exist yet). */
  private knowledgeFile?: WorkspaceFile;
  private indexProgress: IndexingProgress | null = null;
  /** Whether the analysis of edits was rehearsed (see `rehearseEdits`): once per session, after the first indexing. */
  private rehearsed = false;
  /** Called after pending edits were analysed, so their diagnostics get republished. */
  private analysed: () => void = () => {};
  /** Folder of the persistent analysis cache (the client's workspace storage), when the client gave one. */
  private cacheDir?: string;
  private pool?: AnalysisPool;
  /** The analysis cache as read for the documents the editor opens (the workers keep their own). */
  private keptCache?: AnalysisCache;

  private readonly pending = new Map<string, NodeJS.Immediate>();
  /** The publication a flush queued, until it runs. */
  private publication: NodeJS.Immediate | undefined;
  // One line index per file, rebuilt when the core's text changes and dropped when a request finds the file gone: at most one per article, next to the texts the core holds.
  private readonly positionsCache = new Map<string, Positions>();

  constructor(readonly logger: Logger) {
    this.fileAccess = nodeFileAccess([], DEFAULT_FILTER, logger);
    // The façade keeps this FileAccess for life; it forwards to the current one, which changes with folders and globs.
    const files = {
      listArticles: () => this.fileAccess.listArticles(),
      readFile: (uri: string) => this.fileAccess.readFile(uri),
      localFile: (uri: string) => this.fileAccess.localFile(uri),
    };
    this.service = createReportLensService({
      files,
      logger,
      alwaysAnalyse: (uri) => this.fileAccess.alwaysAnalyse(uri),
      // Files are read here and analysed in worker threads, through the cache once initialize has named its folder.
      analyse: (uri, anyText) => {
        this.pool ??= createAnalysisPool(files, { cacheDir: this.cacheDir, logger, idleMs: WORKER_IDLE_MS });
        return this.pool.analyse(uri, anyText);
      },
      // A re-opened folder's open files come from the same cache, before the workers have read anything.
      keptAnalysis: (uri, text, anyText) => {
        if (this.cacheDir === undefined) return undefined;
        this.keptCache ??= new AnalysisCache(this.cacheDir);
        return keptTextAnalysis(uri, text, this.keptCache, anyText);
      },
    });
  }

  /** What the client said it can do. */
  get support(): ClientSupport {
    return this.client.support;
  }

  /** The user's language, from the client's locale in the initialize params. */
  get messages(): Messages {
    return this.client.messages;
  }

  /** The client shows indexing in its own status bar item, so the server sends no window progress of its own. */
  get clientShowsStatus(): boolean {
    return this.client.showsStatus;
  }

  /** False in Restricted Mode (the client said the workspace is not trusted): nothing is written then. */
  get trusted(): boolean {
    return this.client.trusted;
  }

  get settings(): Settings {
    return this.settingsInForce;
  }

  /** The workspace folders' paths; the first holds the workspace files. */
  get folders(): readonly string[] {
    return this.folderPaths;
  }

  /** The folders' files, as the settings' globs select them. */
  get files(): NodeFileAccess {
    return this.fileAccess;
  }

  /** How far indexing has come, or null when the server is not indexing. */
  get indexing(): IndexingProgress | null {
    return this.indexProgress;
  }

  /**
   * Takes in what the initialize request says of the client and the user:
   * capabilities, locale, trust, folders and where the analysis cache may live.
   */
  initialize(params: InitializeParams): void {
    const init = params.initializationOptions as InitializationOptions | undefined;
    // Editors without a notion of trust send nothing, and the workspace is theirs to write.
    const trusted = init?.trusted !== false;
    this.client = {
      support: supportOf(params.capabilities),
      // The interface language follows the editor's display language.
      messages: messagesFor(params.locale),
      showsStatus: init?.statusBar === true,
      trusted,
    };
    this.service.setLanguage(languageOf(params.locale));
    this.setFolders(filePaths(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])));
    // The client's workspace storage (VS Code's storageUri) holds the analysis cache, so re-opening the folder is fast.
    // In Restricted Mode the server writes nothing, so it keeps no cache either.
    const storage = typeof init?.storageUri === 'string' && trusted ? filePaths([init.storageUri])[0] : undefined;
    this.cacheDir = storage === undefined ? undefined : path.join(storage, 'analysis-cache');
  }

  /** Stops the analysis workers: a process that is done with this state (a test) cannot exit while they run. */
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }

  /** Records what was published for a file: its number of findings, or undefined once the file is no article and its diagnostics were cleared. */
  recordPublished(uri: string, findings: number | undefined): void {
    if (findings === undefined) this.published.delete(uri);
    else this.published.set(uri, findings);
  }

  /** The files whose diagnostics are published, so a full republication can clear those that left the folder. */
  publishedFiles(): string[] {
    return [...this.published.keys()];
  }

  /** How many findings are published in all, for the status notification. */
  publishedFindings(): number {
    let findings = 0;
    for (const count of this.published.values()) findings += count;
    return findings;
  }

  /** The workspace folders changed (or initialize named them): the files the globs select follow. */
  setFolders(folders: readonly string[]): void {
    this.folderPaths = [...folders];
    this.updateFiles();
  }

  /** Puts new settings in force; true when they change which files are articles, so the folder must be indexed again. */
  applySettings(settings: Settings): boolean {
    const before = this.settingsInForce;
    this.settingsInForce = settings;
    this.updateFiles();
    return JSON.stringify([before.include, before.exclude, before.alwaysAnalyse]) !== JSON.stringify([settings.include, settings.exclude, settings.alwaysAnalyse]);
  }

  /**
   * Hands the settings' rules and the workspace configuration file (as just
   * read; text undefined when there is none) to the core, and keeps the text
   * to convert its errors' positions. Answers those errors.
   */
  applyConfigFile(uri: string | undefined, text: string | undefined): readonly ConfigError[] {
    this.configFile = uri ? { uri, text } : undefined;
    return this.service.configureRules({ rules: this.settingsInForce.rules, preferred: this.settingsInForce.preferred }, this.configFile);
  }

  /** Hands the workspace knowledge file (as just read) to the core, keeping its text for positions; answers its problems. */
  applyKnowledgeFile(uri: string, text: string | undefined): readonly ConfigError[] {
    this.knowledgeFile = { uri, text };
    return this.service.setKnowledgeFile(uri, text);
  }

  /** The workspace configuration file of the first folder (multi-root workspaces share it). */
  configUri(): string | undefined {
    return this.folderPaths.length > 0 ? pathToUri(path.join(this.folderPaths[0], CONFIG_FILE)) : undefined;
  }

  /** The workspace knowledge file of the first folder. */
  knowledgeUri(): string | undefined {
    return this.folderPaths.length > 0 ? pathToUri(path.join(this.folderPaths[0], WORKSPACE_KNOWLEDGE_PATH)) : undefined;
  }

  /** Indexing starts over the listed articles. */
  beginIndexing(total: number): void {
    this.indexProgress = { done: 0, total };
  }

  advanceIndexing(done: number, total: number): void {
    this.indexProgress = { done, total };
  }

  /** Indexing finished, or was cancelled by a newer run. */
  endIndexing(): void {
    this.indexProgress = null;
  }

  /** The folder's indexing finished and its diagnostics are out: the analysis of edits is rehearsed, once per session. */
  folderIndexed(): void {
    if (this.rehearsed) return;
    this.rehearsed = true;
    this.rehearseEdits();
  }

  /** Registers what to do once pending edits were analysed (republish the stale diagnostics). */
  onAnalysed(listener: () => void): void {
    this.analysed = listener;
  }

  /**
   * Position conversion for a file the core knows, against exactly the text
   * the core holds now, so offsets from any answer of the core convert
   * right. A pure read: a pending edit of the file stays pending.
   */
  positions(uri: string): Positions | undefined {
    const text = this.service.text(uri);
    if (text !== undefined) {
      let positions = this.positionsCache.get(uri);
      if (positions?.text !== text) {
        positions = new Positions(text);
        this.positionsCache.set(uri, positions);
      }
      return positions;
    }
    this.positionsCache.delete(uri);
    // The workspace files are small and rarely converted (their own diagnostics, edits that rewrite them).
    for (const file of [this.configFile, this.knowledgeFile]) if (file && uri === file.uri) return new Positions(file.text ?? '');
    return undefined;
  }

  /**
   * For a request on a document: analyses its pending edit first, if there is
   * one, then answers its positions. The editor's positions are in the
   * newest text, so the core must answer about that text, not the one
   * before the last keystrokes. The edit's diagnostics are published after
   * the request, as `analysePendingEdits` says.
   */
  positionsAfterEdits(uri: string): Positions | undefined {
    if (this.pending.has(uri)) {
      this.analyse(uri);
      this.publishAfterRequest();
    }
    return this.positions(uri);
  }

  /** Analyses every pending edit now, before a folder-wide operation; their diagnostics are published after it. */
  analysePendingEdits(): void {
    if (this.pending.size === 0) return;
    for (const uri of [...this.pending.keys()]) this.analyse(uri);
    this.publishAfterRequest();
  }

  /** The files the editor has open. */
  openUris(): string[] {
    return [...this.documents.keys()];
  }

  /** Whether the editor has the file open (its text then wins over the disk). */
  isOpen(uri: string): boolean {
    return this.documents.has(uri);
  }

  /** The version of the editor's text of an open file. */
  openVersion(uri: string): number | undefined {
    return this.documents.get(uri)?.version;
  }

  /** An opened document: its text now wins over the disk and is analysed at once. */
  openDocument(uri: string, languageId: string, version: number, text: string): void {
    this.documents.set(uri, TextDocument.create(uri, languageId, version, text));
    this.analyse(uri);
  }

  /**
   * Applies an edit to an open document at once and analyses it as soon as
   * the messages already received are handled: there is no fixed pause. A
   * change that arrives before the analysis ran cancels it and schedules its
   * own, so a burst of keystrokes costs one analysis, of the newest text.
   */
  changeDocument(uri: string, changes: TextDocumentContentChangeEvent[], version: number): void {
    const document = this.documents.get(uri);
    if (!document) return;
    this.documents.set(uri, TextDocument.update(document, changes, version));
    this.cancelPending(uri);
    const run = setImmediate(() => {
      this.pending.delete(uri);
      this.analyse(uri);
      this.analysed();
    });
    this.pending.set(uri, run);
  }

  /** A closed document goes back to its text on disk, or leaves the index when it is not an article of the folder. */
  async closeDocument(uri: string): Promise<void> {
    this.documents.delete(uri);
    this.cancelPending(uri);
    if (this.fileAccess.isArticle(uri)) await this.service.refreshFile(uri);
    else this.service.removeFile(uri);
  }

  /** Analyses an open document's current text now. */
  private analyse(uri: string): void {
    this.cancelPending(uri);
    const document = this.documents.get(uri);
    if (!document) return;
    const text = document.getText();
    // UTF-16 length is at most the UTF-8 byte length, so this never skips a file the disk reader would take.
    if (text.length > MAX_ARTICLE_BYTES) {
      this.logger.warn(`not analysing ${uri}: ${text.length} characters is over the limit for an article`);
      this.service.removeFile(uri);
      return;
    }
    this.service.setText(uri, text, document.version);
  }

  /**
   * A request that had to analyse a pending edit first still only reads: the
   * diagnostics the analysis changed are published once the messages already
   * received are handled, not from inside the request, and one publication
   * serves however many requests analysed edits in the meantime.
   */
  private publishAfterRequest(): void {
    if (this.publication !== undefined) return;
    this.publication = setImmediate(() => {
      this.publication = undefined;
      this.analysed();
    });
  }

  /**
   * Analyses an article a few times while the server is idle after the first indexing, keeping nothing: an open
   * document, else the first article of the index. The workers or the cache did the indexing, so this thread has not
   * run the recognisers, and without a rehearsal the first keystroke would run them cold, several times slower than
   * the next ones. Any article will do, as every text goes through the same recognisers. Each round runs on its own
   * turn of the event loop, so messages are handled between rounds; an edit ends the rehearsal at once (it is its own
   * rehearsal and must not wait behind one), as do a new indexing run and the article leaving the index.
   */
  private rehearseEdits(): void {
    let left = REHEARSALS;
    const [open] = this.documents.keys();
    const uri = open ?? first(this.service.articles())?.uri;
    const round = () => {
      const text = uri === undefined ? undefined : (this.documents.get(uri)?.getText() ?? this.service.text(uri));
      if (uri === undefined || text === undefined || this.pending.size > 0 || this.indexProgress !== null || left === 0) return;
      left--;
      this.service.rehearse(uri, text.slice(0, REHEARSAL_CHARS));
      setImmediate(round);
    };
    setImmediate(round);
  }

  private cancelPending(uri: string): void {
    const run = this.pending.get(uri);
    if (run !== undefined) clearImmediate(run);
    this.pending.delete(uri);
  }

  private updateFiles(): void {
    this.fileAccess = nodeFileAccess(this.folderPaths, { include: this.settingsInForce.include, exclude: this.settingsInForce.exclude, alwaysAnalyse: this.settingsInForce.alwaysAnalyse }, this.logger);
  }
}

function first<T>(items: Iterable<T>): T | undefined {
  for (const item of items) return item;
  return undefined;
}
