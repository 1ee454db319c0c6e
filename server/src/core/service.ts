import type { Article, EntityKind, Span } from './model';
import { analyseArticle } from './article';
import { createLexicon, type Lexicon } from './lexicon';
import { decodeArticle } from './text/decode';
import { WorkspaceIndex } from './workspaceIndex';
import {
  NEVER_CANCELLED,
  SILENT_LOGGER,
  throwIfCancelled,
  type CancellationToken,
  type FileAccess,
  type Logger,
  type ProgressReporter,
} from './host';
import { hover, type HoverResult } from './features/hover';
import { definition, references, highlights, type Location } from './features/navigation';
import { documentSymbols, workspaceSymbols, entities, type SymbolItem, type EntitySummary } from './features/symbols';
import { DiagnosticsFeature, type CodeFix, type ConfigError, type ConfigFile, type Finding, type RulesConfig, type TextEdit } from './features/diagnostics';

export type { HoverResult, Location, SymbolItem, EntitySummary };
export type { CodeFix, ConfigError, ConfigFile, Finding, RulesConfig, TextEdit };

export interface ServiceOptions {
  readonly files: FileAccess;
  readonly logger?: Logger;
  readonly lexicon?: Lexicon;
}

/**
 * The façade of the analysis core. Every caller (LSP server, CLI, tests)
 * creates one with the outside world injected and talks to nothing else.
 * Offsets in and out are UTF-16 string offsets into the article text.
 */
export interface ReportLensService {
  /** Reads and analyses every article the host lists. */
  indexWorkspace(token?: CancellationToken, progress?: ProgressReporter): Promise<void>;
  /** The editor's text of a file replaces what was read from disk. */
  setText(uri: string, text: string, version: number): void;
  /** Re-reads a file from disk (after a change on disk, or when the editor closes it). */
  refreshFile(uri: string): Promise<void>;
  /** Forgets a deleted file. */
  removeFile(uri: string): void;

  article(uri: string): Article | undefined;
  articles(): Iterable<Article>;

  hover(uri: string, offset: number, token?: CancellationToken): HoverResult | undefined;
  definition(uri: string, offset: number, token?: CancellationToken): Location[];
  references(uri: string, offset: number, includeDeclaration: boolean, token?: CancellationToken): Location[];
  highlights(uri: string, offset: number, token?: CancellationToken): Span[];
  documentSymbols(uri: string, token?: CancellationToken): SymbolItem[];
  workspaceSymbols(query: string, token?: CancellationToken): SymbolItem[];
  entities(kinds?: readonly EntityKind[], token?: CancellationToken): EntitySummary[];

  /** Rule settings from the editor and the workspace `.report-lens/config.json`; returns that file's errors. */
  configureRules(settings: Partial<RulesConfig>, file?: ConfigFile): ConfigError[];
  /** Consistency findings of one file (folder-wide rules included), from the aggregates: no folder rescan. */
  diagnostics(uri: string, token?: CancellationToken): Finding[];
  /** Quick fixes at a range: each finding's fix, fix-all of its rule in the file, and suppressing it. */
  codeFixes(uri: string, start: number, end: number, token?: CancellationToken): CodeFix[];
  /** The safe fixes of the whole folder, of one rule or of all. */
  fixAll(ruleId?: string, token?: CancellationToken): TextEdit[];
  /** Files whose diagnostics may have changed since the last call: edited files, and files sharing a folder-wide count that changed. */
  staleDiagnostics(): string[];
}

export function createReportLensService(options: ServiceOptions): ReportLensService {
  const logger = options.logger ?? SILENT_LOGGER;
  const lexicon = options.lexicon ?? createLexicon();
  const index = new WorkspaceIndex();
  // Files the editor has open: their text wins over the disk until closed.
  const openVersions = new Map<string, number>();
  const diagnostics = new DiagnosticsFeature(index, lexicon);
  // Every change to the index goes through these two, so the rule aggregates stay in step with it.
  const store = (article: Article) => {
    index.set(article);
    diagnostics.articleSet(article);
  };
  const forget = (uri: string) => {
    index.delete(uri);
    diagnostics.articleDeleted(uri);
  };

  async function readAndIndex(uri: string): Promise<void> {
    const bytes = await options.files.readFile(uri);
    if (bytes === undefined) {
      forget(uri);
      return;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      logger.info(`skipping ${uri}: ${decoded.reason}`);
      forget(uri);
      return;
    }
    store(analyseArticle(uri, decoded.text, 0, lexicon));
  }

  return {
    async indexWorkspace(token = NEVER_CANCELLED, progress) {
      const uris = await options.files.listArticles();
      let done = 0;
      for (const uri of uris) {
        throwIfCancelled(token);
        if (!openVersions.has(uri)) await readAndIndex(uri);
        progress?.(++done, uris.length);
      }
      logger.info(`indexed ${index.size} articles`);
    },
    setText(uri, text, version) {
      openVersions.set(uri, version);
      store(analyseArticle(uri, text, version, lexicon));
    },
    async refreshFile(uri) {
      openVersions.delete(uri);
      await readAndIndex(uri);
    },
    removeFile(uri) {
      openVersions.delete(uri);
      forget(uri);
    },
    article: (uri) => index.article(uri),
    articles: () => index.allArticles(),
    hover: (uri, offset, token = NEVER_CANCELLED) => hover(index, uri, offset, token),
    definition: (uri, offset, token = NEVER_CANCELLED) => definition(index, uri, offset, token),
    references: (uri, offset, includeDeclaration, token = NEVER_CANCELLED) =>
      references(index, uri, offset, includeDeclaration, token),
    highlights: (uri, offset, token = NEVER_CANCELLED) => highlights(index, uri, offset, token),
    documentSymbols: (uri, token = NEVER_CANCELLED) => documentSymbols(index, uri, token),
    workspaceSymbols: (query, token = NEVER_CANCELLED) => workspaceSymbols(index, query, token),
    entities: (kinds, token = NEVER_CANCELLED) => entities(index, kinds, token),
    configureRules: (settings, file) => diagnostics.configure(settings, file),
    diagnostics: (uri, token = NEVER_CANCELLED) => diagnostics.diagnostics(uri, token),
    codeFixes: (uri, start, end, token = NEVER_CANCELLED) => diagnostics.codeFixes(uri, start, end, token),
    fixAll: (ruleId, token = NEVER_CANCELLED) => diagnostics.fixAll(ruleId, token),
    staleDiagnostics: () => diagnostics.staleFiles(),
  };
}
