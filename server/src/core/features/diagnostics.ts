import type { Article } from '../model';
import type { Lexicon } from '../lexicon';
import { throwIfCancelled, type CancellationToken } from '../host';
import type { WorkspaceIndex } from '../folderIndex/workspaceIndex';
import { WorkspaceAggregates } from '../folderIndex/aggregates';
import {
  CONFIG_FILE,
  DEFAULT_RULES_CONFIG,
  mergeRulesConfig,
  parseConfigJson,
  parseRulesConfig,
  suppressionPath,
  type ConfigError,
  type RulesConfig,
} from '../rules/config';
import { applyEdits as applyJsonEdits, modify } from 'jsonc-parser';
import { applyEdits, composeEdits, lintArticle, nonOverlappingEdits } from '../rules/engine';
import { RULES, RULE_IDS } from '../rules/index';
import type { Finding, Severity, TextEdit } from '../rules/rule';
import { bundledKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledgeBase';
import { analysedText, touchesMasked } from '../text/articleText';
import { ruleName, type Messages } from '../messages/catalogue';
import { explain } from '../messages/sentences';
import { EN } from '../messages/en';

export type { Finding, TextEdit, ConfigError, RulesConfig };

/** A code action in core terms; the LSP layer turns it into a CodeAction with a WorkspaceEdit. */
export interface CodeFix {
  readonly title: string;
  /** quickfix for one finding; source.fixAll for every fix of a rule in a file. */
  readonly kind: 'quickfix' | 'source.fixAll';
  readonly edits: readonly TextEdit[];
  /** The finding the action resolves, for the editor to link them. */
  readonly finding?: Finding;
  /** The safe fix of a finding: the one "Auto Fix" applies. */
  readonly preferred?: boolean;
  /** Set when the edit writes a file that does not exist yet (the configuration file): create it first. */
  readonly createsFile?: string;
}

/** The workspace configuration file as the host read it (text undefined when absent). */
export interface ConfigFile {
  readonly uri: string;
  readonly text?: string;
}

/**
 * Diagnostics, quick fixes and fix-all over the workspace index. It keeps the
 * folder-wide rule aggregates in step with the index (the façade tells it of
 * every article set or deleted), so linting one file never rescans the folder.
 */
export class DiagnosticsFeature {
  private readonly aggregates: WorkspaceAggregates;
  private config: RulesConfig = DEFAULT_RULES_CONFIG;
  private configFile?: ConfigFile;
  private knowledge: KnowledgeBase = bundledKnowledgeBase();
  private messages: Messages = EN;

  /**
   * @param analyse analyses a file's text as indexing would (recognisers and
   * the workspace knowledge), for fix-all to re-check the text it has fixed.
   */
  constructor(
    private readonly index: WorkspaceIndex,
    lexicon: Lexicon,
    private readonly analyse: (uri: string, text: string) => Article,
  ) {
    this.aggregates = new WorkspaceAggregates(lexicon, RULES);
  }

  articleSet(article: Article): void {
    // An unreadable article's mangled text must not count towards the folder's majorities.
    if (article.unreadable) this.aggregates.delete(article.uri);
    else this.aggregates.set(article);
  }

  articleDeleted(uri: string): void {
    this.aggregates.delete(uri);
  }

  /** The language of fix titles. */
  setMessages(messages: Messages): void {
    this.messages = messages;
  }

  /** The knowledge base the rules check against (the façade decides which articles go stale). */
  setKnowledge(knowledge: KnowledgeBase): void {
    this.knowledge = knowledge;
  }

  /** A folder is being indexed: every file's findings are to be republished when it is done. */
  markEveryFileStale(): void {
    this.aggregates.markEveryFileStale();
  }

  /** Files whose findings may have changed since the last call, for the editor to republish. */
  staleFiles(): string[] {
    return this.aggregates.takeStale();
  }

  /** Settings from the editor, overridden entry by entry by the workspace file; returns the file's errors. */
  configure(settings: Partial<RulesConfig>, file?: ConfigFile): ConfigError[] {
    this.configFile = file;
    const parsed = parseRulesConfig(file?.text ?? '', [...RULE_IDS, UNREADABLE_RULE], this.messages.config);
    this.config = mergeRulesConfig(settings, parsed.config);
    this.aggregates.prefer(this.config.preferred);
    return parsed.errors;
  }

  diagnostics(uri: string, token: CancellationToken): Finding[] {
    const article = this.index.article(uri);
    if (!article) return [];
    const files = this.messages.files;
    if (article.skipped && article.unreadable) return [fileFinding(article, SKIPPED_RULE, 'warning', 0, explain(files.reasons, article.unreadable))];
    const level = this.config.rules[UNREADABLE_RULE];
    if (article.unreadable) return level === 'off' ? [] : [fileFinding(article, UNREADABLE_RULE, level ?? 'error', 0, explain(files.reasons, article.unreadable))];
    const findings = this.lint(article, token);
    const bad = article.invalidUtf8;
    return bad && level !== 'off' ? [fileFinding(article, UNREADABLE_RULE, level ?? 'warning', bad.offset, files.invalidUtf8(bad.line, bad.column, bad.count)), ...findings] : findings;
  }

  /** Quick fixes for the findings touching a range, then fix-all for their rules in the file, then suppressions. */
  codeFixes(uri: string, start: number, end: number, token: CancellationToken): CodeFix[] {
    const all = this.diagnostics(uri, token);
    const here = all.filter((f) => f.start <= end && start <= f.end);
    const fixes: CodeFix[] = [];
    for (const finding of here) {
      finding.fixes.forEach((fix, i) => fixes.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, finding, preferred: i === 0 }));
    }
    for (const rule of new Set(here.map((f) => f.rule))) {
      const count = all.filter((f) => f.rule === rule && f.fixes.some((x) => x.safe)).length;
      if (count > 1) fixes.push({ title: this.messages.fixAllInFile(ruleName(this.messages, rule), count), kind: 'source.fixAll', edits: this.fixAll(rule, token, uri) });
    }
    for (const finding of here) {
      const suppress = this.suppression(finding);
      if (suppress) fixes.push(suppress);
    }
    return fixes;
  }

  /**
   * The safe fixes of every file (or of one file; of one rule, or all), as
   * edits of the texts as they are now. A fix can reveal or unblock another
   * (two fixes of the same words wait for each other), so fixing goes round
   * until no safe fix is left: applying the result, the file has nothing
   * left for a second run to fix. The first round checks every file; later
   * rounds only the files the previous one changed, since fixes move texts
   * towards the folder's majorities and never away from them.
   */
  fixAll(ruleId: string | undefined, token: CancellationToken, onlyUri?: string): TextEdit[] {
    const fixed = new Map<string, { original: Article; edits: TextEdit[] }>();
    const only = onlyUri === undefined ? undefined : this.index.article(onlyUri);
    let round: Iterable<Article> = only ? [only] : onlyUri === undefined ? this.index.allArticles() : [];
    try {
      for (let n = 0; n < MAX_FIX_ROUNDS; n++) {
        const next: Article[] = [];
        for (const article of round) {
          throwIfCancelled(token);
          if (article.unreadable) continue;
          const findings = this.lint(article, token).filter((f) => ruleId === undefined || f.rule === ruleId);
          const edits = nonOverlappingEdits(findings);
          if (edits.length === 0) continue;
          const before = fixed.get(article.uri);
          const updated = this.analyse(article.uri, applyEdits(article.text, edits));
          // Counted as fixed while fixing goes on, so the next round sees the folder as it will be.
          this.aggregates.set(updated);
          fixed.set(article.uri, { original: before?.original ?? article, edits: composeEdits(article.text, before?.edits ?? [], edits) });
          next.push(updated);
        }
        if (next.length === 0) break;
        round = next;
      }
    } finally {
      // The index still holds the texts as they are; the folder's counts go back to them.
      for (const { original } of fixed.values()) this.articleSet(original);
    }
    return [...fixed.values()].flatMap((f) => f.edits);
  }

  /**
   * The rules' findings, less what lies in a Markdown report's code, URLs or
   * markup: the rules read those regions as blanks, and a fix there would
   * edit text that is not prose.
   */
  private lint(article: Article, token: CancellationToken): Finding[] {
    const findings = lintArticle(article, this.aggregates, this.config, token, RULES, this.knowledge, this.messages);
    const { masked } = analysedText(article);
    if (masked.length === 0) return findings;
    const outside = (edit: TextEdit) => edit.uri !== article.uri || !touchesMasked(masked, edit.start, edit.end);
    return findings
      .filter((f) => !touchesMasked(masked, f.start, f.end))
      .map((f) => (f.fixes.every((fix) => fix.edits.every(outside)) ? f : { ...f, fixes: f.fixes.filter((fix) => fix.edits.every(outside)) }));
  }

  /** "Suppress this finding": adds it to the workspace configuration file, never to the article. */
  private suppression(finding: Finding): CodeFix | undefined {
    const file = this.configFile;
    if (!file) return undefined;
    const current = file.text ?? '';
    const parsed = parseConfigJson(current);
    // A file that does not parse is not rewritten: its diagnostic asks the user to repair it first.
    if (parsed.errors.length > 0 || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return undefined;
    const article = this.index.article(finding.uri);
    const entry = { rule: finding.rule, uri: this.relative(finding.uri, file.uri), text: article?.text.slice(finding.start, finding.end) ?? '' };
    // The entry is added in place, so the user's comments, order and layout survive (the file is JSON with comments).
    const bom = current.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const body = current.trim() === '' ? '{}\n' : current.slice(bom.length);
    const list = (parsed.value as Record<string, unknown>).suppressions;
    const where = Array.isArray(list) ? ['suppressions', -1] : ['suppressions'];
    const edits = modify(body, where, Array.isArray(list) ? entry : [entry], { formattingOptions: { insertSpaces: true, tabSize: 2 }, isArrayInsertion: true });
    return {
      title: this.messages.suppress(ruleName(this.messages, finding.rule), CONFIG_FILE),
      kind: 'quickfix',
      finding,
      edits: [{ uri: file.uri, start: 0, end: current.length, newText: bom + applyJsonEdits(body, edits) }],
      createsFile: file.text === undefined ? file.uri : undefined,
    };
  }

  /**
   * A file's path relative to the folder holding the configuration, decoded
   * as the user would write it (`báo cáo.txt`, not `b%C3%A1o%20c%C3%A1o.txt`),
   * so suppressions survive moving the folder and read as they were written.
   */
  private relative(uri: string, configUri: string): string {
    const file = suppressionPath(uri);
    const config = suppressionPath(configUri);
    const root = config.endsWith(CONFIG_FILE) ? config.slice(0, -CONFIG_FILE.length) : undefined;
    return root && file.startsWith(root) ? file.slice(root.length) : uri;
  }
}

/** Rounds of fix-all before it stops: each round fixes what the previous one revealed or left waiting. */
const MAX_FIX_ROUNDS = 8;

/**
 * The id of the finding a file in a legacy encoding (error, not analysed) or
 * with invalid UTF-8 (warning, analysed) gets. It is no consistency rule, but
 * its level can be set, or switched off, like one.
 */
export const UNREADABLE_RULE = 'file-encoding';

/** The id of the finding a skipped file gets (binary, not a regular file, too large, unreadable); it cannot be switched off. */
export const SKIPPED_RULE = 'file-skipped';

/** Points at the rest of the line from an offset (the file's first line, or its start when the text is empty) and says what is wrong. */
function fileFinding(article: Article, rule: string, severity: Severity, start: number, message: string): Finding {
  const lineEnd = article.text.slice(start).search(/\r|\n/);
  const end = lineEnd === -1 ? article.text.length : start + lineEnd;
  return { rule, severity, uri: article.uri, start, end: Math.max(end, Math.min(start + 1, article.text.length)), message, related: [], fixes: [], alsoRules: [] };
}
