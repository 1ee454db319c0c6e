import { nameOf, parseFixture, serviceFor } from '../../../support/fixture';
import type { Finding, ReportLensService, RulesConfig } from '../../../../server/src/core/service';
import { applyEdits } from '../../../../server/src/core/rules/engine';
import type { Language } from '../../../../server/src/core/messages/catalogue';

/**
 * Shared by the rule tests: a rule's fixtures are data (a multi-file fixture
 * string, optional configuration, the expected findings), so the per-rule
 * tests and the fix property test read the same tables.
 */
export interface RuleFixture {
  readonly name: string;
  readonly fixture: string;
  /** Findings of the rule, as `file «text»`, followed by ` → «text»` when the first fix rewrites it. */
  readonly expected: readonly string[];
  readonly config?: Partial<RulesConfig>;
}

export async function lintFixture(fixture: string, config: Partial<RulesConfig> = {}, language?: Language): Promise<{ service: ReportLensService; findings: Finding[] }> {
  const service = await serviceFor(parseFixture(fixture), language);
  service.configureRules(config);
  const findings = [...service.articles()].flatMap((a) => service.diagnostics(a.uri));
  return { service, findings };
}

/** `file «text»`, then ` → «text»` with the finding's range as its first fix leaves it; line breaks shown as ⏎. */
export function show(finding: Finding, text: string): string {
  const shown = `${nameOf(finding.uri)} «${flat(text.slice(finding.start, finding.end))}»`;
  const fix = finding.fixes[0];
  if (!fix) return shown;
  const own = fix.edits.filter((e) => e.uri === finding.uri);
  const delta = own.reduce((sum, e) => sum + e.newText.length - (e.end - e.start), 0);
  const start = Math.min(finding.start, ...own.map((e) => e.start));
  const end = Math.max(finding.end, ...own.map((e) => e.end));
  return `${shown} → «${flat(applyEdits(text, own).slice(start, end + delta))}»`;
}

function flat(text: string): string {
  return text.replace(/\r?\n/g, '⏎');
}

/** The findings of one rule over a fixture, shown as `show` does, in file and text order. */
export async function findingsOf(rule: string, f: RuleFixture): Promise<string[]> {
  const { service, findings } = await lintFixture(f.fixture, f.config);
  return findings
    .filter((x) => x.rule === rule)
    .sort((a, b) => a.uri.localeCompare(b.uri) || a.start - b.start)
    .map((x) => show(x, service.article(x.uri)?.text ?? ''));
}

/** What a user reads of a finding: its message, the messages of its related locations, and the titles of its fixes. */
export interface FindingWords {
  readonly message: string;
  readonly related: readonly string[];
  readonly fixes: readonly string[];
}

/** The words of one rule's findings over a fixture, with the service created in Vietnamese, in file and text order. */
export async function inVietnamese(rule: string, f: Pick<RuleFixture, 'fixture' | 'config'>): Promise<FindingWords[]> {
  const { findings } = await lintFixture(f.fixture, f.config, 'vi');
  return findings
    .filter((x) => x.rule === rule)
    .sort((a, b) => a.uri.localeCompare(b.uri) || a.start - b.start)
    .map((x) => ({ message: x.message, related: x.related.map((r) => r.message), fixes: x.fixes.map((fix) => fix.title) }));
}
