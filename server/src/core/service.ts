import type { Article, EntityKind, Mention, Span } from './model';
import { analyseArticle } from './article';
import { analyseBytes, analyseText, skippedFileAnalysis } from './analyseFile';
import { createLexicon, type Lexicon } from './lexicon';
import { WorkspaceIndex } from './folderIndex/workspaceIndex';
import { ArticleOrders } from './folderIndex/articleOrder';
import { EntityDigest } from './folderIndex/entityDigest';
import { EarliestIntroductions } from './folderIndex/earliestIntroductions';
import { FolderNamesakes } from './folderIndex/namesakes';
import { SharedValues } from './folderIndex/sharedValues';
import type { Snapshot } from './folderIndex/snapshot';
import {
  NEVER_CANCELLED,
  SILENT_LOGGER,
  throwIfCancelled,
  type CancellationToken,
  type FileAccess,
  type FileAnalyser,
  type FileAnalysis,
  type Logger,
  type ProgressReporter,
} from './host';
import { hover, type HoverResult } from './features/hover';
import { definition, references, referencesByFile, highlights, type FileReferences, type References, type Location } from './features/navigation';
import { documentSymbols, workspaceSymbols, entities, type SymbolItem, type EntitySummary } from './features/symbols';
import { DiagnosticsFeature, type CodeFix, type ConfigError, type ConfigFile, type Finding, type RulesConfig, type TextEdit } from './features/diagnostics';
import { bundledKnowledgeBase, createKnowledgeBase, type KnowledgeBase, type KnowledgeIssue } from './knowledge/knowledgeBase';
import { parseWorkspaceKnowledge } from './knowledge/workspaceKnowledge';
import { applyTaught, taughtForms } from './knowledge/taught';
import { affectedKeys } from './knowledge/changes';
import { knowledgeEntry } from './features/knowledgeEntry';
import { annotationFixes } from './features/annotate';
import { prepareRename, rename, type KnowledgeName, type RenameTarget } from './features/rename';
import { exportAnnotations, type ExportFormat, type ExportedFile } from './features/export';
import { timeline, type Timeline, type TimelinePost } from './features/timeline';
import { LANGUAGES, type Language, type Messages } from './messages/catalogue';
import { explain } from './messages/sentences';
import { RULES } from './rules/index';
import { fixCauses, type FixCause } from './features/fixCauses';
import { applyEdits } from './rules/engine';
import type { Severity } from './rules/rule';

export type { HoverResult, FileReferences, References, Location, SymbolItem, EntitySummary };
export type { CodeFix, ConfigError, ConfigFile, Finding, RulesConfig, TextEdit, KnowledgeIssue };
export type { RenameTarget, ExportFormat, ExportedFile, Timeline, TimelinePost, FixCause };

/** What a front end may say of a rule: its id, default level and one-sentence description. */
export interface RuleInfo {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: string;
}

export interface ServiceOptions {
  readonly files: FileAccess;
  readonly logger?: Logger;
  readonly lexicon?: Lexicon;
  /** Files analysed even when their text is not Vietnamese prose (a setting forces them in). */
  readonly alwaysAnalyse?: (uri: string) => boolean;
  /** The language of hovers, messages and fix titles (English unless set). */
  readonly language?: Language;
  /**
   * Reads and analyses files for indexing elsewhere (worker threads, a cache
   * of earlier analyses) with the same lexicon; by default the files are read
   * through `files` and analysed in the caller's thread.
   */
  readonly analyse?: FileAnalyser;
  /**
   * An analysis of exactly this text kept from an earlier run (the persistent
   * cache), or undefined. Asked when the editor opens a file, so re-opening a
   * folder shows an open file's findings without analysing it again; an
   * answer whose text is not this text is not taken.
   */
  readonly keptAnalysis?: (uri: string, text: string, anyText: boolean) => FileAnalysis | undefined;
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
  /**
   * Analyses a text as an edit of it would be analysed, and keeps nothing: the index, the findings and every answer
   * stay as they were. An editor's host runs it while idle, so that the thread that analyses edits has run the
   * recognisers before the first keystroke does (worker threads or the cache did the indexing).
   */
  rehearse(uri: string, text: string): void;
  /** Re-reads a file from disk (after a change on disk, or when the editor closes it). */
  refreshFile(uri: string): Promise<void>;
  /** Forgets a deleted file. */
  removeFile(uri: string): void;

  /** A file's whole record (text, mentions, why it was unreadable), for the CLI's reports and tests; a feature asks the narrower questions below. */
  article(uri: string): Article | undefined;
  articles(): Iterable<Article>;
  /** The URIs of the articles in the index. */
  uris(): string[];
  /** The version of the text the core analysed, or undefined when the file is no article of the index. */
  version(uri: string): number | undefined;
  /** The text the core analysed (its offsets are into this), or undefined when the file is no article of the index. */
  text(uri: string): string | undefined;
  /** A file's mentions in text order, or undefined when the file is no article of the index. */
  mentions(uri: string): readonly Mention[] | undefined;

  hover(uri: string, offset: number, token?: CancellationToken): HoverResult | undefined;
  /** The entity's definitions, the best first; with `all` false only the best, read from a kept table (what F12 jumps to). */
  definition(uri: string, offset: number, token?: CancellationToken, all?: boolean): Location[];
  references(uri: string, offset: number, includeDeclaration: boolean, token?: CancellationToken): Location[];
  /** The same mentions, counted, then file by file as they are asked for, each file with the text its offsets are in: for answers converted and sent a page at a time. */
  referencesByFile(uri: string, offset: number, includeDeclaration: boolean, token?: CancellationToken): References;
  highlights(uri: string, offset: number, token?: CancellationToken): Span[];
  documentSymbols(uri: string, token?: CancellationToken): SymbolItem[];
  workspaceSymbols(query: string, token?: CancellationToken): SymbolItem[];
  entities(kinds?: readonly EntityKind[], token?: CancellationToken): EntitySummary[];
  /** Every mention of one entity (by its key), for a view that lists them; empty for an unknown key. */
  mentionsOf(id: string): EntitySummary['mentions'];
  /** How many times, and in how many files, the folder mentions an entity (by its key): counts kept as articles change. */
  mentionCounts(id: string): { readonly mentions: number; readonly files: number };
  /** How many articles and distinct entities the index holds, for status displays. */
  counts(): { readonly articles: number; readonly entities: number };
  /** An official's titles over time, from the folder and the knowledge base; undefined for a key that is no person. */
  timeline(key: string): Timeline | undefined;
  /** The safe fixes of every rule in one file (fix-all on save). */
  fixAllInFile(uri: string, token?: CancellationToken): TextEdit[];
  /** Switches the language of hovers, messages and fix titles (the editor's display language). */
  setLanguage(language: Language): void;
  /** The catalogue in force. */
  messages(): Messages;
  /** Why a file is left alone (it is not Vietnamese prose), or undefined when it is analysed or unknown. */
  leftAlone(uri: string): string | undefined;

  /** Rule settings from the editor and the workspace `.report-lens/config.json`; returns that file's errors. */
  configureRules(settings: Partial<RulesConfig>, file?: ConfigFile): ConfigError[];
  /** Consistency findings of one file (folder-wide rules included), from the aggregates: no folder rescan. */
  diagnostics(uri: string, token?: CancellationToken): Finding[];
  /**
   * Quick fixes at a range: each finding's fix, fix-all of its rule in the file, and suppressing it;
   * then the annotation actions (add as official, add alias, not an entity here, link to document),
   * whose single edit rewrites the workspace knowledge file (createsFile when it does not exist yet).
   */
  codeFixes(uri: string, start: number, end: number, token?: CancellationToken): CodeFix[];
  /** The safe fixes of the whole folder, of one rule or of all. */
  fixAll(ruleId?: string, token?: CancellationToken): TextEdit[];
  /** What each fix-all edit of a file stands for (the rules and finding it settles), to describe it. */
  fixCauses(uri: string, token?: CancellationToken): (edit: TextEdit) => FixCause;
  /** Every consistency rule, in the order of the specification's table (for rule listings such as SARIF's). */
  rules(): readonly RuleInfo[];
  /** The text with non-overlapping edits applied, as a fix or rename would leave it. */
  applyEdits(text: string, edits: readonly TextEdit[]): string;
  /** Files whose diagnostics may have changed since the last call: edited files, and files sharing a folder-wide count that changed. */
  staleDiagnostics(): string[];

  /**
   * The workspace knowledge file (.report-lens/knowledge.yaml) as the host
   * read it: call on start-up, on save and when the file changes on disk
   * (text undefined when it does not exist; its URI is still where
   * annotations will create it). Returns the problems to show in that file;
   * a malformed file leaves the bundled knowledge in force. Articles whose
   * mentions, hovers or findings change are reported by staleDiagnostics().
   */
  setKnowledgeFile(uri: string, text: string | undefined): KnowledgeIssue[];
  /** The knowledge base in force: bundled facts with the workspace file over them. */
  knowledge(): KnowledgeBase;

  /** The span F2 would rename at an offset (a person's name, a document's code or number), or undefined. */
  prepareRename(uri: string, offset: number): RenameTarget | undefined;
  /** Rename of a person or document: edits in every article of the folder (and the knowledge file entry of that name). */
  rename(uri: string, offset: number, newName: string, token?: CancellationToken): TextEdit[];
  /**
   * The folder's annotations for NLP work (offsets in code points): one jsonl or conll stream
   * (a file without uri), or a brat .ann file beside each article.
   */
  exportAnnotations(format: ExportFormat, token?: CancellationToken, fileName?: (uri: string) => string): ExportedFile[];
}

/** How many files indexing reads and analyses ahead of the one entering the index. */
const READ_AHEAD = 16;

export function createReportLensService(options: ServiceOptions): ReportLensService {
  const logger = options.logger ?? SILENT_LOGGER;
  const lexicon = options.lexicon ?? createLexicon();
  const index = new WorkspaceIndex();
  // The folder's articles in reading and URI order, so requests list an entity's files without sorting them.
  const orders = new ArticleOrders(index);
  // Mention counts and each person's titles across the folder, for hovers that do not walk every file.
  const digest = new EntityDigest(orders.reading);
  // Each entity's earliest introduction, so F12 does not walk the entity's files.
  const earliest = new EarliestIntroductions(index);
  // Files the editor has open: their text wins over the disk until closed.
  const openVersions = new Map<string, number>();
  // Files that are not Vietnamese prose (licences, English notes, code), with the reason, kept out of the index.
  const leftAlone = new Map<string, string>();
  let messages = LANGUAGES[options.language ?? 'en'];
  let knowledge = bundledKnowledgeBase();
  let taught = taughtForms(knowledge);
  // Fix-all re-checks the texts it fixes as indexing would read them.
  const diagnostics = new DiagnosticsFeature(index, lexicon, (uri, text) => applyTaught(analyseArticle(uri, text, 0, lexicon), taught));
  diagnostics.setMessages(messages);
  let knowledgeFile: { uri: string; text?: string } | undefined;
  // One copy of each string and small value the articles repeat (kinds, canonical titles, names as written, dates), for all of them.
  const shared = new SharedValues();
  // Articles as the recognisers saw them, before the knowledge file's names and links were applied.
  const recognised = new Map<string, Article>();
  // Articles whose hovers or findings a knowledge change affected, or that were left alone since, until staleDiagnostics() reports them.
  const knowledgeStale = new Set<string>();
  // What a request reads, as one value; the knowledge base is the one in force when the request came.
  const snapshot = (): Snapshot => ({ index, orders, digest, knowledge, earliest: (key) => earliest.earliest(key) });
  const indexArticle = (article: Article) => {
    const old = index.article(article.uri);
    index.set(article);
    orders.articleSet(old, article);
    digest.articleSet(old, article);
    earliest.articleSet(old, article);
    diagnostics.articleSet(article);
  };
  // Officials of one name the folder tells apart (by birth years, posts in two provinces at one term's first sessions, "ông" and "bà", or posts further apart than one career).
  const namesakes = new FolderNamesakes(lexicon);
  /** Keys again the other files that mention these keys, after the folder told a name's officials apart differently. */
  const rekey = (keys: readonly string[], except?: string) => {
    const files = new Set<string>();
    for (const key of keys) for (const uri of index.filesOf(key).keys()) files.add(uri);
    for (const uri of files) {
      const article = recognised.get(uri);
      if (uri !== except && article) indexArticle(namesakes.apply(applyTaught(article, taught)));
    }
  };
  /** Indexes an article as the knowledge base and the folder's namesakes key it. */
  const indexTaught = (article: Article) => {
    const changed = namesakes.articleSet(article);
    indexArticle(namesakes.apply(article));
    rekey(changed, article.uri);
  };
  // Every change to the index goes through these two, so the rule aggregates stay in step with it.
  const store = (article: Article) => {
    shared.shareArticle(article);
    recognised.set(article.uri, article);
    indexTaught(applyTaught(article, taught));
  };
  const forget = (uri: string) => {
    leftAlone.delete(uri);
    recognised.delete(uri);
    const changed = namesakes.articleDeleted(uri);
    const old = index.article(uri);
    index.delete(uri);
    orders.articleDeleted(uri);
    if (old) {
      digest.articleDeleted(old);
      earliest.articleDeleted(old);
    }
    diagnostics.articleDeleted(uri);
    rekey(changed, uri);
  };

  /** The names of a person in the workspace knowledge file, for a rename to rewrite with the articles. */
  function knowledgeNames(mention: Mention): KnowledgeName[] {
    const file = knowledgeFile;
    if (mention.data.kind !== 'person' || file?.text === undefined) return [];
    const text = file.text;
    return knowledge.peopleNamed(mention.data.name).flatMap((person) =>
      person.origin === 'workspace' && person.definition ? [{ uri: file.uri, ...person.definition, text: text.slice(person.definition.start, person.definition.end) }] : [],
    );
  }

  function setKnowledgeFile(uri: string, text: string | undefined): KnowledgeIssue[] {
    knowledgeFile = { uri, text };
    const parsed = text === undefined ? undefined : parseWorkspaceKnowledge(text, messages.knowledgeFile);
    const next = parsed ? createKnowledgeBase(undefined, parsed.data, messages.knowledgeFile) : bundledKnowledgeBase();
    // Facts that changed touch the articles mentioning the people, titles and documents concerned.
    for (const key of affectedKeys(knowledge, next)) for (const file of index.filesOf(key).keys()) knowledgeStale.add(file);
    knowledge = next;
    diagnostics.setKnowledge(next);
    const nextTaught = taughtForms(next);
    if (nextTaught.signature !== taught.signature) {
      taught = nextTaught;
      // Re-applying is a few substring searches per article; only articles it changes are re-indexed.
      for (const [file, article] of recognised) {
        const applied = applyTaught(article, taught);
        if (applied !== article || index.article(file) !== article) indexTaught(applied);
      }
    }
    return [...(parsed?.errors ?? []), ...next.issues];
  }

  const analyse: FileAnalyser =
    options.analyse ??
    (async (uri, anyText) => {
      const bytes = await options.files.readFile(uri);
      if (bytes === undefined) return undefined;
      return bytes instanceof Uint8Array ? analyseBytes(uri, bytes, lexicon, anyText) : skippedFileAnalysis(uri, bytes);
    });

  /** Keeps a file that is not Vietnamese prose out of the index, with its reason; a file that stops being an article has its old findings cleared. */
  function leaveAlone(uri: string, reason: string): void {
    if (index.article(uri)) knowledgeStale.add(uri);
    forget(uri);
    leftAlone.set(uri, reason);
  }

  /** Enters what was made of a file into the index (forgets the file when it is gone); a file that cannot be analysed stays with its reason. */
  function indexAnalysis(uri: string, analysis: FileAnalysis | undefined): void {
    if (!analysis) {
      forget(uri);
      return;
    }
    if (analysis.skipped !== undefined) logger.info(`skipping ${uri}: ${explain(messages.files.reasons, analysis.skipped)}`);
    if (analysis.notProse !== undefined) {
      leaveAlone(uri, analysis.notProse);
      return;
    }
    leftAlone.delete(uri);
    store(analysis.article);
  }

  return {
    async indexWorkspace(token = NEVER_CANCELLED, progress) {
      const uris = await options.files.listArticles();
      // Names are told apart once the folder is read, not again for each file that names them.
      namesakes.defer();
      // Every file's findings are republished after indexing, so no rule group is watched for changes while it runs.
      diagnostics.markEveryFileStale();
      // Analyses run a few files ahead of the one entering the index, so the disk, the workers and this thread work at the same time.
      const reads = new Map<number, Promise<{ analysis?: FileAnalysis; error?: unknown }>>();
      const startRead = (i: number) => {
        if (i < uris.length) reads.set(i, analyse(uris[i], options.alwaysAnalyse?.(uris[i])).then((analysis) => ({ analysis }), (error: unknown) => ({ error })));
      };
      for (let i = 0; i < READ_AHEAD; i++) startRead(i);
      try {
        for (let i = 0; i < uris.length; i++) {
          throwIfCancelled(token);
          const read = await reads.get(i);
          reads.delete(i);
          startRead(i + READ_AHEAD);
          if (read?.error !== undefined) throw read.error;
          // A file the editor opened meanwhile keeps the editor's text.
          if (!openVersions.has(uris[i])) indexAnalysis(uris[i], read?.analysis);
          progress?.(i + 1, uris.length);
        }
      } finally {
        // Also when indexing is cancelled or fails: later edits must not wait for a settle that never comes.
        rekey(namesakes.settle());
      }
      orders.settle();
      // One line for the files left alone: a code repository's READMEs and licences are no news.
      logger.info(`indexed ${index.size} articles${leftAlone.size > 0 ? `; left ${leftAlone.size} files alone (not Vietnamese prose)` : ''}`);
    },
    setText(uri, text, version) {
      const leftBefore = leftAlone.get(uri);
      const opening = !openVersions.has(uri);
      openVersions.set(uri, version);
      const anyText = options.alwaysAnalyse?.(uri) ?? false;
      // A text just opened is most often the one on disk, whose analysis an earlier run kept; an edit never is.
      const kept = opening ? options.keptAnalysis?.(uri, text, anyText) : undefined;
      const analysis = kept?.article.text === text ? { ...kept, article: { ...kept.article, version } } : analyseText(uri, text, version, lexicon, anyText);
      if (analysis.notProse !== undefined && leftBefore === undefined) logger.info(`leaving ${uri} alone: ${analysis.notProse}`);
      indexAnalysis(uri, analysis);
    },
    rehearse(uri, text) {
      analyseText(uri, text, 0, lexicon, options.alwaysAnalyse?.(uri) ?? false);
    },
    async refreshFile(uri) {
      openVersions.delete(uri);
      indexAnalysis(uri, await analyse(uri, options.alwaysAnalyse?.(uri)));
    },
    removeFile(uri) {
      openVersions.delete(uri);
      forget(uri);
    },
    article: (uri) => index.article(uri),
    articles: () => index.allArticles(),
    uris: () => [...index.allArticles()].map((article) => article.uri),
    version: (uri) => index.article(uri)?.version,
    text: (uri) => index.article(uri)?.text,
    mentions: (uri) => index.article(uri)?.mentions,
    hover: (uri, offset, token = NEVER_CANCELLED) => hover(snapshot(), uri, offset, token, messages.hover, messages.knowledge),
    definition: (uri, offset, token = NEVER_CANCELLED, all = true) =>
      definition(snapshot(), uri, offset, token, all, (mention) => {
        const article = index.article(uri);
        return article && knowledgeEntry(article, mention, knowledge, knowledgeFile?.uri);
      }),
    references: (uri, offset, includeDeclaration, token = NEVER_CANCELLED) =>
      references(snapshot(), uri, offset, includeDeclaration, token),
    referencesByFile: (uri, offset, includeDeclaration, token = NEVER_CANCELLED) => referencesByFile(snapshot(), uri, offset, includeDeclaration, token),
    highlights: (uri, offset, token = NEVER_CANCELLED) => highlights(snapshot(), uri, offset, token),
    documentSymbols: (uri, token = NEVER_CANCELLED) => documentSymbols(snapshot(), uri, token),
    workspaceSymbols: (query, token = NEVER_CANCELLED) => workspaceSymbols(snapshot(), query, token),
    entities: (kinds, token = NEVER_CANCELLED) => entities(snapshot(), kinds, token),
    mentionsOf: (id) => index.mentionsOf(id).map(({ uri, mention }) => ({ uri, start: mention.start, end: mention.end, text: mention.text })),
    mentionCounts: (id) => ({ mentions: digest.mentionCount(id), files: index.filesOf(id).size }),
    counts: () => ({ articles: index.size, entities: index.entityCount }),
    leftAlone: (uri) => leftAlone.get(uri),
    setLanguage: (language) => {
      messages = LANGUAGES[language];
      diagnostics.setMessages(messages);
    },
    messages: () => messages,
    timeline: (key) => timeline(snapshot(), key, messages.knowledge),
    fixAllInFile: (uri, token = NEVER_CANCELLED) => diagnostics.fixAll(undefined, token, uri),
    configureRules: (settings, file) => diagnostics.configure(settings, file),
    diagnostics: (uri, token = NEVER_CANCELLED) => diagnostics.diagnostics(uri, token),
    fixCauses: (uri, token = NEVER_CANCELLED) => fixCauses(diagnostics.diagnostics(uri, token)),
    codeFixes: (uri, start, end, token = NEVER_CANCELLED) => [
      ...diagnostics.codeFixes(uri, start, end, token),
      ...annotationFixes(snapshot(), uri, start, end, knowledgeFile),
    ],
    fixAll: (ruleId, token = NEVER_CANCELLED) => diagnostics.fixAll(ruleId, token),
    rules: () => RULES.map(({ id, defaultSeverity }) => ({ id, defaultSeverity, description: messages.ruleDescriptions[id] })),
    applyEdits,
    staleDiagnostics: () => {
      const stale = new Set([...diagnostics.staleFiles(), ...knowledgeStale]);
      knowledgeStale.clear();
      return [...stale];
    },
    setKnowledgeFile,
    knowledge: () => knowledge,
    prepareRename: (uri, offset) => prepareRename(snapshot(), uri, offset),
    rename: (uri, offset, newName, token = NEVER_CANCELLED) => rename(snapshot(), uri, offset, newName, token, knowledgeNames),
    exportAnnotations: (format, token = NEVER_CANCELLED, fileName) => exportAnnotations(index.allArticles(), format, token, fileName),
  };
}
