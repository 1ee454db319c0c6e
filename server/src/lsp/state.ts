import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Logger, type PreferredForms, type RuleLevel, CONFIG_FILE, WORKSPACE_KNOWLEDGE_PATH, createReportLensService, type ConfigFile, type ReportLensService } from '../core';
import { DEFAULT_FILTER, MAX_ARTICLE_BYTES, nodeFileAccess, type NodeFileAccess } from '../node/fileAccess';
import { createAnalysisPool, type AnalysisPool } from '../node/analysisPool';
import { pathToUri } from '../node/uri';
import * as path from 'node:path';
import { Positions } from './positions';
import { messagesFor, type Messages } from '../core';

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
  configuration: boolean;
  workspaceFolders: boolean;
  workDoneProgress: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  documentChanges: boolean;
  createFiles: boolean;
  inlayHintRefresh: boolean;
  semanticTokensRefresh: boolean;
  codeLensRefresh: boolean;
}

/**
 * The server's only state besides the façade: open documents (for
 * incremental sync), the edits waiting to be analysed, line indexes of the
 * texts positions are converted against, and the settings. Handlers stay
 * stateless and reach everything through here.
 */
export class ServerState {
  readonly service: ReportLensService;
  readonly documents = new Map<string, TextDocument>();
  /** Diagnostics count per published file, for the status notification. */
  private readonly published = new Map<string, number>();
  folders: string[] = [];
  settings: Settings = DEFAULT_SETTINGS;
  files: NodeFileAccess;
  configFile?: ConfigFile;
  /** The workspace knowledge file as last read (text undefined when it does not exist yet). */
  knowledgeFile?: { readonly uri: string; readonly text?: string };
  indexing: { done: number; total: number } | null = null;
  /** The user's language, from the client's locale in the initialize params. */
  messages: Messages = messagesFor(undefined);
  /** The client shows indexing in its own status bar item, so the server sends no window progress of its own. */
  clientShowsStatus = false;
  /** False in Restricted Mode (the client said the workspace is not trusted): nothing is written then. */
  trusted = true;
  support: ClientSupport = {
    configuration: false,
    workspaceFolders: false,
    workDoneProgress: false,
    watchedFilesRegistration: false,
    configurationRegistration: false,
    documentChanges: false,
    createFiles: false,
    inlayHintRefresh: false,
    semanticTokensRefresh: false,
    codeLensRefresh: false,
  };
  /** Called after pending edits were analysed, so their diagnostics get republished. */
  onAnalysed: () => void = () => {};

  /** Folder of the persistent analysis cache (the client's workspace storage), when the client gave one. */
  cacheDir?: string;
  private pool?: AnalysisPool;

  private readonly pending = new Map<string, NodeJS.Immediate>();
  /** The publication a flush queued, until it runs. */
  private publication: NodeJS.Immediate | undefined;
  // One line index per file, rebuilt when the core's text changes and dropped when a request finds the file gone: at most one per article, next to the texts the core holds.
  private readonly positionsCache = new Map<string, Positions>();

  constructor(readonly logger: Logger) {
    this.files = nodeFileAccess([], DEFAULT_FILTER, logger);
    // The façade keeps this FileAccess for life; it forwards to the current one, which changes with folders and globs.
    const files = { listArticles: () => this.files.listArticles(), readFile: (uri: string) => this.files.readFile(uri) };
    this.service = createReportLensService({
      files,
      logger,
      alwaysAnalyse: (uri) => this.files.alwaysAnalyse(uri),
      // Files are read here and analysed in worker threads, through the cache once initialize has named its folder.
      analyse: (uri, anyText) => {
        this.pool ??= createAnalysisPool(files, { cacheDir: this.cacheDir, logger });
        return this.pool.analyse(uri, anyText);
      },
    });
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

  setFolders(folders: readonly string[]): void {
    this.folders = [...folders];
    this.updateFiles();
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.updateFiles();
  }

  /** The workspace configuration file of the first folder (multi-root workspaces share it). */
  configUri(): string | undefined {
    return this.folders.length > 0 ? pathToUri(path.join(this.folders[0], CONFIG_FILE)) : undefined;
  }

  /** The workspace knowledge file of the first folder. */
  knowledgeUri(): string | undefined {
    return this.folders.length > 0 ? pathToUri(path.join(this.folders[0], WORKSPACE_KNOWLEDGE_PATH)) : undefined;
  }

  /**
   * Position conversion for a file the core knows, against exactly the text
   * the core analysed. A pending edit of the file is analysed first, so a
   * request never mixes the editor's new text with the core's old offsets.
   */
  positions(uri: string): Positions | undefined {
    this.flush(uri);
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

  /** Analyses an open document's current text now. */
  analyse(uri: string): void {
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
   * Re-analyses an edited document as soon as the messages already received
   * are handled: there is no fixed pause. A change that arrives before the
   * analysis ran cancels it and schedules its own, so a burst of keystrokes
   * costs one analysis, of the newest text.
   */
  schedule(uri: string): void {
    this.cancelPending(uri);
    const run = setImmediate(() => {
      this.pending.delete(uri);
      this.analyse(uri);
      this.onAnalysed();
    });
    this.pending.set(uri, run);
  }

  /** Analyses a pending edit of one document now (before a request on it), if there is one. */
  flush(uri: string): void {
    if (!this.pending.has(uri)) return;
    this.analyse(uri);
    this.publishAfterRequest();
  }

  /** Analyses every pending edit now (before a folder-wide operation). */
  flushAll(): void {
    if (this.pending.size === 0) return;
    for (const uri of [...this.pending.keys()]) this.analyse(uri);
    this.publishAfterRequest();
  }

  /**
   * A request that had to analyse a pending edit first still only reads: the
   * diagnostics the analysis changed are published once the messages already
   * received are handled, not from inside the request, and one publication
   * serves however many requests flushed in the meantime.
   */
  private publishAfterRequest(): void {
    if (this.publication !== undefined) return;
    this.publication = setImmediate(() => {
      this.publication = undefined;
      this.onAnalysed();
    });
  }

  cancelPending(uri: string): void {
    const run = this.pending.get(uri);
    if (run !== undefined) clearImmediate(run);
    this.pending.delete(uri);
  }

  private updateFiles(): void {
    this.files = nodeFileAccess(this.folders, { include: this.settings.include, exclude: this.settings.exclude, alwaysAnalyse: this.settings.alwaysAnalyse }, this.logger);
  }
}
