import type { Finding, TextEdit } from '../rules/rule';

/**
 * Which finding and fix an edit of fix-all comes from, so the CLI can list
 * what it changed and the editor can show what "Fix All Problems in Folder"
 * will change, rule by rule. Fix-all returns bare edits; they are the very
 * edits of the findings' fixes, so position and text identify them.
 */
export interface FixCause {
  readonly rule: string;
  readonly title: string;
}

/** The key an edit is known by (its file is implied: one call per file). */
export function editKey(edit: TextEdit): string {
  return `${edit.start}:${edit.end}:${edit.newText}`;
}

/**
 * The rule and fix title behind each edit the findings of one file offer.
 * An edit no single fix offers is one fix-all composed from several fixes of
 * the same words (a repeated word written in NFD, say): it stands for every
 * finding inside it, with the rules each of them folded in.
 */
export function fixCauses(findings: readonly Finding[]): (edit: TextEdit) => FixCause {
  const causes = new Map<string, FixCause>();
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      for (const edit of fix.edits) if (!causes.has(editKey(edit))) causes.set(editKey(edit), { rule: finding.rule, title: fix.title });
    }
  }
  return (edit) => causes.get(editKey(edit)) ?? composedCause(findings, edit);
}

function composedCause(findings: readonly Finding[], edit: TextEdit): FixCause {
  const inside = findings.filter((f) => f.fixes.length > 0 && f.start < Math.max(edit.end, edit.start + 1) && edit.start < f.end);
  const rules = [...new Set(inside.flatMap((f) => [f.rule, ...f.alsoRules]))];
  const titles = [...new Set(inside.map((f) => f.fixes[0].title))];
  return { rule: rules.join(',') || 'fix', title: titles.join('; ') || 'Fix' };
}
