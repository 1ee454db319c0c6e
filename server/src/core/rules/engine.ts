import type { Article } from '../model';
import { throwIfCancelled, type CancellationToken } from '../host';
import { articleSource } from '../text/articleText';
import type { Contribution, WorkspaceAggregates } from './aggregates';
import { isSuppressed, type RulesConfig } from './config';
import type { Finding, Rule, Severity, TextEdit } from './rule';
import { RULES } from './index';
import { bundledKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledgeBase';

/**
 * Runs the rules on one article. The work is proportional to the article:
 * folder-wide rules read the aggregates' counters instead of other files.
 */
export function lintArticle(
  article: Article,
  aggregates: WorkspaceAggregates,
  config: RulesConfig,
  token: CancellationToken,
  rules: readonly Rule[] = RULES,
  knowledge: KnowledgeBase = bundledKnowledgeBase(),
): Finding[] {
  const source = articleSource(article);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = levelOf(rule, config);
    if (severity === undefined) continue;
    throwIfCancelled(token);
    let own: readonly Contribution[] | undefined;
    const problems = rule.check({
      article,
      source,
      lexicon: aggregates.lexicon,
      config,
      tally: aggregates.tally(rule.id),
      // Listed on first use: the aggregates do not keep them, and most rules never read them.
      get own() {
        return (own ??= rule.contribute ? aggregates.own(rule.id, article) : []);
      },
      knowledge,
    });
    for (const p of problems) {
      if (isSuppressed(config, rule.id, article.uri, article.text.slice(p.start, p.end))) continue;
      findings.push({ ...p, rule: rule.id, severity, uri: article.uri, related: p.related ?? [], fixes: p.fixes ?? [] });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** The configured severity of a rule, or undefined when it is switched off. */
export function levelOf(rule: Rule, config: RulesConfig): Severity | undefined {
  const level = config.rules[rule.id] ?? rule.defaultSeverity;
  return level === 'off' ? undefined : level;
}

/**
 * The edits of the first fix of each finding, in text order, leaving out any
 * edit that overlaps one already taken (two fixes for the same text would
 * corrupt it; the rest is fixed on the next run).
 */
export function nonOverlappingEdits(findings: readonly Finding[]): TextEdit[] {
  const candidates = findings.flatMap((f) => (f.fixes.length > 0 ? [f.fixes[0].edits] : []));
  candidates.sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end);
  const taken: TextEdit[] = [];
  for (const edits of candidates) {
    const clashes = edits.some((e) => taken.some((t) => e.uri === t.uri && overlaps(e, t)));
    if (!clashes) taken.push(...edits);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Two edits overlap when their ranges share text, or both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.start < b.end && b.start < a.end ? true : a.start === b.start && (a.start === a.end || b.start === b.end);
}

/** Applies non-overlapping edits of one file to its text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
