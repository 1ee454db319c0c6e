import type { FileAccess } from '../server/src/core/host';
import { createReportLensService, type Finding, type ReportLensService } from '../server/src/core/service';
import type { GeneratedArticle, InjectedFault } from './generate';

/**
 * Recall on injected faults and findings on clean text, measured through the
 * service façade exactly as an editor would see them. Shared by the quality
 * test (which asserts the SPEC targets) and the benchmark (which reports them
 * on the large corpus).
 */

export interface RuleQuality {
  readonly rule: string;
  readonly injected: number;
  readonly found: number;
  readonly recall: number;
  /** Findings of this rule on the clean corpus. */
  readonly cleanFindings: number;
}

export interface QualityReport {
  readonly rules: readonly RuleQuality[];
  readonly cleanArticles: number;
  /** Every finding on the clean corpus (any rule): each one is a false positive. */
  readonly cleanFindings: readonly Finding[];
  /** Articles of the faulty corpus that received no fault. */
  readonly untouchedArticles: number;
  /** Every finding on those untouched articles: each one is a false positive. */
  readonly untouchedFindings: readonly Finding[];
  readonly missed: readonly InjectedFault[];
}

export function uriOfArticle(name: string): string {
  return `memory:///${name}`;
}

/** A FileAccess over generated articles held in memory. */
export function articleFiles(articles: readonly GeneratedArticle[]): FileAccess {
  const bytes = new Map(articles.map((a) => [uriOfArticle(a.name), new TextEncoder().encode(a.text)]));
  return {
    listArticles: async () => [...bytes.keys()],
    readFile: async (uri) => bytes.get(uri),
  };
}

export async function indexedService(articles: readonly GeneratedArticle[]): Promise<ReportLensService> {
  const service = createReportLensService({ files: articleFiles(articles) });
  await service.indexWorkspace();
  return service;
}

function allFindings(service: ReportLensService, articles: readonly GeneratedArticle[]): Map<string, Finding[]> {
  return new Map(articles.map((a) => [a.name, service.diagnostics(uriOfArticle(a.name))]));
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Whether a finding reports a fault: it is the fault's rule (or carries it,
 * when two rules' findings were folded into one), it overlaps the fault, and
 * it stays on the fault's lines, so a finding that merely spans a large
 * block around the fault does not count.
 */
export function isAtFault(finding: Finding, fault: InjectedFault, text: string): boolean {
  if (finding.rule !== fault.rule && !finding.alsoRules.includes(fault.rule)) return false;
  if (!overlaps(finding, fault)) return false;
  const lineStart = text.lastIndexOf('\n', fault.start - 1) + 1;
  const nextBreak = text.indexOf('\n', fault.end);
  return finding.start >= lineStart && finding.end <= (nextBreak === -1 ? text.length : nextBreak);
}

export async function measureQuality(clean: readonly GeneratedArticle[], faulty: readonly GeneratedArticle[], rules: readonly string[]): Promise<QualityReport> {
  const cleanFindings = [...allFindings(await indexedService(clean), clean).values()].flat();
  const findings = allFindings(await indexedService(faulty), faulty);

  const faults = faulty.flatMap((a) => a.faults);
  const texts = new Map(faulty.map((a) => [a.name, a.text]));
  const missed = faults.filter((f) => !(findings.get(f.file) ?? []).some((x) => isAtFault(x, f, texts.get(f.file) ?? '')));
  const untouched = faulty.filter((a) => a.faults.length === 0);
  // Every finding on an article that received no fault counts, including those a fault elsewhere caused.
  const untouchedFindings = untouched.flatMap((a) => findings.get(a.name) ?? []);

  const ruleIds = [...new Set([...rules, ...cleanFindings.map((f) => f.rule)])];
  return {
    rules: ruleIds.map((rule) => {
      const injected = faults.filter((f) => f.rule === rule).length;
      const found = injected - missed.filter((f) => f.rule === rule).length;
      return { rule, injected, found, recall: injected === 0 ? Number.NaN : found / injected, cleanFindings: cleanFindings.filter((f) => f.rule === rule).length };
    }),
    cleanArticles: clean.length,
    cleanFindings,
    untouchedArticles: untouched.length,
    untouchedFindings,
    missed,
  };
}

/** The per-rule table as fixed-width text, then the false-positive rates. */
export function formatQuality(report: QualityReport): string {
  const rows = report.rules.map(
    (r) =>
      `${r.rule.padEnd(18)} ${String(r.injected).padStart(8)} ${String(r.found).padStart(6)} ${(Number.isNaN(r.recall) ? '—' : r.recall.toFixed(3)).padStart(7)} ${String(r.cleanFindings).padStart(15)}`,
  );
  const per100 = (n: number, of: number) => (of === 0 ? 0 : (100 * n) / of).toFixed(2);
  return [
    `${'rule'.padEnd(18)} ${'injected'.padStart(8)} ${'found'.padStart(6)} ${'recall'.padStart(7)} ${'clean findings'.padStart(15)}`,
    ...rows,
    `findings on ${report.cleanArticles} clean articles: ${report.cleanFindings.length} (${per100(report.cleanFindings.length, report.cleanArticles)} per 100 articles)`,
    `findings on ${report.untouchedArticles} untouched articles of the faulty corpus: ${report.untouchedFindings.length} (${per100(report.untouchedFindings.length, report.untouchedArticles)} per 100 articles)`,
  ].join('\n');
}

export function findingsPer100(findings: number, articles: number): number {
  return articles === 0 ? 0 : (100 * findings) / articles;
}
