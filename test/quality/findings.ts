import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Hand labels of the findings the tool raises on the development corpus
 * (`findings/NNN.tsv`, one line per finding: line, rule, quoted text, label,
 * why). A finding is matched to its label by file, rule and quoted text, the
 * nearest line first, so labels survive edits that move findings a little.
 */

export type Label = 'true' | 'style' | 'false';

export interface FindingLabel {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly quoted: string;
  readonly label: Label;
  readonly why: string;
  /** Where the label is written, for messages. */
  readonly at: string;
}

/** A finding as `report-lens check --format json` reports it, with its quoted text. */
export interface ToolFinding {
  readonly file: string;
  /** 1-based, as shown to users. */
  readonly line: number;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly quoted: string;
}

export function readLabels(dir: string): FindingLabel[] {
  if (!fs.existsSync(dir)) return [];
  const labels: FindingLabel[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    const file = name.slice(0, -'.tsv'.length);
    fs.readFileSync(path.join(dir, name), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        const content = raw.replace(/\r$/, '');
        if (content.trim() === '' || content.startsWith('#')) return;
        const [line, rule, quoted, label, ...why] = content.split('\t');
        const at = `${name}:${i + 1}`;
        if (label !== 'true' && label !== 'style' && label !== 'false') throw new Error(`${at}: label must be true, style or false, not "${label}"`);
        if (!/^\d+$/.test(line ?? '')) throw new Error(`${at}: the first field is the line number`);
        labels.push({ file, line: Number(line), rule, quoted: collapse(quoted ?? ''), label, why: why.join(' ').trim(), at });
      });
  }
  return labels;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface LabelledFindings {
  readonly matched: { finding: ToolFinding; label: FindingLabel }[];
  readonly unlabelled: ToolFinding[];
  /** Labels whose finding the tool no longer raises. */
  readonly stale: FindingLabel[];
}

export function matchLabels(findings: readonly ToolFinding[], labels: readonly FindingLabel[]): LabelledFindings {
  const keyOf = (file: string, rule: string, quoted: string) => `${file}\t${rule}\t${collapse(quoted)}`;
  const byKey = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const key = keyOf(label.file, label.rule, label.quoted);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  // Every finding–label pair with the same key, the nearest lines first, taken one to one.
  const candidates: { f: number; l: number; distance: number }[] = [];
  findings.forEach((finding, f) => {
    for (const l of byKey.get(keyOf(finding.file, finding.rule, finding.quoted)) ?? []) {
      candidates.push({ f, l, distance: Math.abs(labels[l].line - finding.line) });
    }
  });
  candidates.sort((a, b) => a.distance - b.distance);
  const labelOf = new Map<number, number>();
  const used = new Set<number>();
  for (const c of candidates) {
    if (labelOf.has(c.f) || used.has(c.l)) continue;
    labelOf.set(c.f, c.l);
    used.add(c.l);
  }
  const matched: { finding: ToolFinding; label: FindingLabel }[] = [];
  const unlabelled: ToolFinding[] = [];
  findings.forEach((finding, f) => {
    const l = labelOf.get(f);
    if (l === undefined) unlabelled.push(finding);
    else matched.push({ finding, label: labels[l] });
  });
  return { matched, unlabelled, stale: labels.filter((_, i) => !used.has(i)) };
}
