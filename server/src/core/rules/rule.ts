import type { Article } from '../model';
import type { Lexicon } from '../lexicon';
import type { Source } from '../text/source';
import type { Contribution, Tally } from '../folderIndex/aggregates';
import type { PreferredForms, RulesConfig } from './config';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Messages } from '../messages/catalogue';

/**
 * The vocabulary of the rule engine: what a rule is, what it reports, and
 * what it may look at. Rules are plain data objects (one per file under
 * rules/), so the registry, the documentation and the CLI's SARIF rule table
 * are all generated from the same declarations.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * True when applying the fix cannot change what the text means (a space
   * put back, a tone mark moved, a letter's case): `--fix`, fix-all and
   * codeActionsOnSave apply it without asking. False for a suggestion, which
   * the user applies by hand, one at a time, after reading it.
   */
  readonly safe: boolean;
}

/** Another place that explains a finding, possibly in another file. */
export interface Related {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface Problem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly related?: readonly Related[];
  /** The first fix is the one a quick "Auto Fix" applies; only safe ones are applied in bulk. */
  readonly fixes?: readonly Fix[];
  /**
   * The finding is a matter of house style (a form the article keeps
   * consistently, or a full versus a short form), not a mistake: the engine
   * reports it at information level at most, whatever the rule's level.
   */
  readonly style?: boolean;
}

export interface Finding extends Problem {
  readonly rule: string;
  readonly severity: Severity;
  readonly uri: string;
  readonly related: readonly Related[];
  readonly fixes: readonly Fix[];
  /**
   * Other rules that saw the same words: one problem gives one finding, so
   * their findings are folded into this one (their reasons follow in the
   * message, their fixes after this rule's).
   */
  readonly alsoRules: readonly string[];
}

/** Everything a rule may read while checking one article. */
export interface RuleContext {
  readonly article: Article;
  /** The article's matching text (NFC, spaces folded) with its offset map. */
  readonly source: Source;
  readonly lexicon: Lexicon;
  readonly config: RulesConfig;
  /** The folder-wide tally of this rule (empty for rules without one). */
  readonly tally: Tally;
  /** This article's own contributions to the tally, as `contribute` listed them. */
  readonly own: readonly Contribution[];
  /** The knowledge base in force: bundled facts with the workspace file over them. */
  readonly knowledge: KnowledgeBase;
  /** The user's language, for messages and fix titles. */
  readonly messages: Messages;
}

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /**
   * The rule reads the article's URI and text alone (with the lexicon and the messages): never its
   * mentions, the tally, the knowledge base or the settings, so what it finds changes with the text
   * only. Such a rule is checked once more where the file is analysed, on every core and kept in the
   * cache with the analysis, and linting skips it where it found nothing (`Article.quietRules`).
   */
  readonly textOnly?: true;
  /**
   * Folder-wide rules list what this article adds to the folder's tally
   * (one entry per variant seen). The engine keeps the sums incrementally,
   * so a request never rescans the folder.
   */
  contribute?(article: Article, source: Source, lexicon: Lexicon): Contribution[];
  /**
   * What a file writing one variant of a group reads from the tally, as a
   * string that changes whenever that reading does: after an edit changes
   * the group, only the files of variants whose reading changed are
   * re-checked (a new minority form of a title thousands of files share
   * re-checks the files of the minority forms, not the thousands of the
   * majority's). Given the tally, a group and the configuration's preferred
   * forms, it returns the reading of each variant. A rule that leaves it out
   * has every file of a group re-checked whenever the group's majority or
   * the first files of a variant the edited file writes change.
   */
  readsOf?(tally: Tally, group: string, preferred: PreferredForms): (variant: string) => string;
  /**
   * The other groups whose files read a group (with `readsOf`): a file reads
   * the groups it writes in unless the rule names others here, as
   * name-variant does for the names one letter away from a name. Their
   * readings are compared too when an edit changes the group.
   */
  readersOf?(group: string): readonly string[];
  check(ctx: RuleContext): Problem[];
}
