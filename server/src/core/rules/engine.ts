import type { Article } from '../model';
import { throwIfCancelled, type CancellationToken } from '../host';
import { articleSource } from '../text/articleText';
import { ruleName, type Messages } from '../messages/catalogue';
import { EN } from '../messages/en';
import type { Contribution, WorkspaceAggregates } from '../folderIndex/aggregates';
import type { Lexicon } from '../lexicon';
import { isSuppressed, type RulesConfig } from './config';
import type { Finding, Rule, RuleContext, Severity, TextEdit } from './rule';
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
  messages: Messages = EN,
): Finding[] {
  const source = articleSource(article);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = levelOf(rule, config);
    if (severity === undefined || (rule.textOnly && article.quietRules?.includes(rule.id))) continue;
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
        return (own ??= rule.contribute ? aggregates.own(rule.id, article, source) : []);
      },
      knowledge,
      messages,
    });
    for (const p of problems) {
      if (isSuppressed(config, rule.id, article.uri, article.text.slice(p.start, p.end))) continue;
      const level = p.style ? milder(severity, 'information') : severity;
      findings.push({ ...p, rule: rule.id, severity: level, uri: article.uri, related: p.related ?? [], fixes: p.fixes ?? [], alsoRules: [] });
    }
  }
  return mergeOverlapping(findings, rules, messages);
}

/**
 * The text-only rules that find nothing in an article's text (see `Rule.textOnly`), checked where the
 * file is analysed. Their context holds the article, its text and the lexicon; reading the tally, the
 * article's contributions, the knowledge base or the settings throws, so a rule marked text-only that
 * reads more fails its tests instead of being skipped wrongly.
 */
export function quietRules(article: Article, lexicon: Lexicon, rules: readonly Rule[] = RULES): string[] {
  const source = articleSource(article);
  const quiet: string[] = [];
  for (const rule of rules) {
    if (!rule.textOnly) continue;
    const ctx: RuleContext = {
      article,
      source,
      lexicon,
      messages: EN,
      get config() {
        return outOfReach(rule, 'the settings');
      },
      get tally() {
        return outOfReach(rule, 'the tally');
      },
      get own() {
        return outOfReach(rule, 'its contributions');
      },
      get knowledge() {
        return outOfReach(rule, 'the knowledge base');
      },
    };
    if (rule.check(ctx).length === 0) quiet.push(rule.id);
  }
  return quiet;
}

function outOfReach(rule: Rule, what: string): never {
  throw new Error(`${rule.id} is marked text-only, yet it read ${what}`);
}

/** Severities from the most to the least pressing. */
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function milder(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(a) >= SEVERITY_ORDER.indexOf(b) ? a : b;
}

/**
 * One problem gives one finding: findings of different rules over shared
 * words are folded into one, led by the most severe (on a tie, the rule
 * listed first), whose range covers them all and whose message gives every
 * reason. A sweep over the findings in text order: linear after the sort.
 */
function mergeOverlapping(findings: Finding[], rules: readonly Rule[], messages: Messages): Finding[] {
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const rank = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity) * rules.length + rules.findIndex((r) => r.id === f.rule);
  const out: Finding[] = [];
  let group: Finding[] = [];
  let groupEnd = -1;
  const flush = () => {
    if (group.length === 1) out.push(group[0]);
    else if (group.length > 1) out.push(fold(group, rank, messages));
    group = [];
  };
  for (const f of findings) {
    // Folded only when they share words and come from different rules; a rule's own findings stay apart.
    if (group.length > 0 && !(f.start < groupEnd && group.some((g) => g.rule !== f.rule))) flush();
    if (group.length === 0) groupEnd = f.end;
    group.push(f);
    groupEnd = Math.max(groupEnd, f.end);
  }
  flush();
  return out;
}

function fold(group: readonly Finding[], rank: (f: Finding) => number, messages: Messages): Finding {
  const [lead, ...others] = [...group].sort((a, b) => rank(a) - rank(b));
  return {
    ...lead,
    start: Math.min(...group.map((f) => f.start)),
    end: Math.max(...group.map((f) => f.end)),
    message: [lead.message, ...others.map((f) => messages.also(ruleName(messages, f.rule), f.message))].join(' '),
    related: [...lead.related, ...others.flatMap((f) => f.related)],
    fixes: [...lead.fixes, ...others.flatMap((f) => f.fixes)],
    alsoRules: [...new Set(others.map((f) => f.rule).filter((r) => r !== lead.rule))],
  };
}

/** The configured severity of a rule, or undefined when it is switched off. */
export function levelOf(rule: Rule, config: RulesConfig): Severity | undefined {
  const level = config.rules[rule.id] ?? rule.defaultSeverity;
  return level === 'off' ? undefined : level;
}

/**
 * The edits of one round of fix-all: the first safe fix of each finding,
 * taken in text order when it starts after the fixes already taken (two
 * fixes of the same text would corrupt it; the one left out is fixed on a
 * later round). Sorting, then one sweep: no fix is compared with every other.
 * Fixes edit their own article only, so one file's findings are given.
 */
export function nonOverlappingEdits(findings: readonly Finding[]): TextEdit[] {
  const candidates: { start: number; end: number; edits: readonly TextEdit[] }[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe);
    if (!fix || fix.edits.length === 0) continue;
    candidates.push({ start: Math.min(...fix.edits.map((e) => e.start)), end: Math.max(...fix.edits.map((e) => e.end)), edits: fix.edits });
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: TextEdit[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const c of candidates) {
    // Two insertions at one point, or an insertion where an edit begins, have no defined order: one waits.
    if (c.start < lastEnd || (c.start === lastStart && lastStart === lastEnd)) continue;
    taken.push(...c.edits);
    lastStart = c.start;
    lastEnd = c.end;
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
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

/** An edit of the composed list: its range in the original text and in the text after the earlier round. */
interface Piece {
  os: number;
  oe: number;
  cs: number;
  ce: number;
  /** How much the earlier round's edit in this piece lengthened the text (0 for a piece the later round made). */
  readonly shift: number;
  /** The piece's new text up to `mark` (an offset of the intermediate text); the rest is copied from that text. */
  done: string;
  mark: number;
}

/**
 * Folds two rounds of fixes of one file into edits of the original text:
 * `earlier` is against the original, `later` against `intermediate` (the
 * original with `earlier` applied). A later edit that touches an earlier
 * one becomes one edit with it, so the result never overlaps itself. Both
 * lists are swept once, in text order.
 */
export function composeEdits(intermediate: string, earlier: readonly TextEdit[], later: readonly TextEdit[]): TextEdit[] {
  if (earlier.length === 0 || later.length === 0) return [...earlier, ...later];
  const { uri } = earlier[0];
  const pieces: Piece[] = [];
  let shift = 0;
  for (const e of [...earlier].sort((a, b) => a.start - b.start)) {
    const cs = e.start + shift;
    const grown = e.newText.length - (e.end - e.start);
    pieces.push({ os: e.start, oe: e.end, cs, ce: cs + e.newText.length, shift: grown, done: '', mark: cs });
    shift += grown;
  }
  const out: Piece[] = [];
  let i = 0;
  // The lengthening of the earlier edits passed so far: an intermediate offset outside them, less this, is an original one.
  let passed = 0;
  for (const n of [...later].sort((a, b) => a.start - b.start)) {
    while (i < pieces.length && pieces[i].ce < n.start) {
      passed += pieces[i].shift;
      out.push(pieces[i++]);
    }
    let p = out.length > 0 && out[out.length - 1].ce >= n.start ? out.pop() : undefined;
    if (!p && i < pieces.length && pieces[i].cs <= n.start) {
      p = pieces[i++];
      passed += p.shift;
    }
    p ??= { os: n.start - passed, oe: n.start - passed, cs: n.start, ce: n.start, shift: 0, done: '', mark: n.start };
    // Earlier edits that the later one reaches join the same piece.
    while (i < pieces.length && pieces[i].cs <= n.end) {
      const q = pieces[i++];
      passed += q.shift;
      if (q.ce > p.ce) {
        p.ce = q.ce;
        p.oe = q.oe;
      }
    }
    p.done += intermediate.slice(p.mark, n.start) + n.newText;
    p.mark = n.end;
    if (n.end > p.ce) {
      p.ce = n.end;
      p.oe = n.end - passed;
    }
    out.push(p);
  }
  out.push(...pieces.slice(i));
  return out.map((p) => ({ uri, start: p.os, end: p.oe, newText: p.done + intermediate.slice(p.mark, p.ce) }));
}
