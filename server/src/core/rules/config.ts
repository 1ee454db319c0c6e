import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { URI } from 'vscode-uri';
import type { Severity } from './rule';
import type { ConfigMessages } from '../messages/catalogue';
import { EN } from '../messages/en';

/**
 * Rule configuration: per-rule level, preferred forms that override the
 * folder's majority, and suppressed findings. It comes from the workspace
 * file `.report-lens/config.json` merged over the editor settings; parsing is
 * pure so the LSP layer, the CLI and the tests share it.
 */

export type RuleLevel = 'off' | Severity;

/** A finding the user chose to hide: its rule, file (workspace-relative path or URI) and text. */
export interface Suppression {
  readonly rule: string;
  readonly uri: string;
  readonly text: string;
}

export interface PreferredForms {
  /** How congress and term ordinals are written. */
  readonly numerals?: 'roman' | 'arabic';
  /** Tone placement in oa/oe/uy: new style `khóa`, `Ủy`, `hòa` or old style `khoá`, `Uỷ`, `hoà`. */
  readonly spelling?: 'new' | 'old';
}

export interface RulesConfig {
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly preferred: PreferredForms;
  readonly suppressions: readonly Suppression[];
}

export const DEFAULT_RULES_CONFIG: RulesConfig = { rules: {}, preferred: {}, suppressions: [] };

/** The workspace file the configuration is read from, relative to the folder. */
export const CONFIG_FILE = '.report-lens/config.json';

export interface ConfigError {
  readonly message: string;
  /** Offsets in the configuration text (the whole file when the JSON does not parse). */
  readonly start: number;
  readonly end: number;
}

/** Every rule level, as settings and the configuration file write them. */
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

/** True when a value from outside (settings, a configuration file) names a rule level. */
export function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value);
}

/** Example words users may give instead of naming the tone style. */
const SPELLING_STYLE: Readonly<Record<string, 'new' | 'old'>> = {
  new: 'new', old: 'old', 'khóa': 'new', 'khoá': 'old', 'ủy': 'new', 'uỷ': 'old', 'hòa': 'new', 'hoà': 'old',
};

/**
 * Parses the configuration file. Whatever is malformed is reported (in the
 * language of `m`) and left at its default, so a typo in one entry never
 * switches the other rules off.
 */
export function parseRulesConfig(text: string, knownRules: readonly string[], m: ConfigMessages = EN.config): { config: RulesConfig; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const whole = (message: string) => errors.push({ message, start: 0, end: text.length });
  // Points an error at the first place the offending value is written, else at the whole file.
  const at = (needle: string, message: string) => {
    const start = text.indexOf(JSON.stringify(needle));
    errors.push(start === -1 ? { message, start: 0, end: text.length } : { message, start, end: start + JSON.stringify(needle).length });
  };
  const parsed = parseConfigJson(text, m);
  if (parsed.errors.length > 0) {
    errors.push(...parsed.errors);
    return { config: DEFAULT_RULES_CONFIG, errors };
  }
  const raw = parsed.value;
  if (!isObject(raw)) {
    whole(m.notObject);
    return { config: DEFAULT_RULES_CONFIG, errors };
  }

  const rules: Record<string, RuleLevel> = {};
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) at('rules', m.rulesNotMap);
    else
      for (const [id, level] of Object.entries(raw.rules)) {
        if (!knownRules.includes(id)) at(id, m.unknownRule(id, knownRules.join(', ')));
        else if (!isRuleLevel(level)) at(id, m.level(id, RULE_LEVELS.join(', ')));
        else rules[id] = level as RuleLevel;
      }
  }

  let preferred: PreferredForms = {};
  if (raw.preferred !== undefined) {
    if (!isObject(raw.preferred)) at('preferred', m.preferredNotObject);
    else {
      const { numerals, spelling } = raw.preferred;
      if (numerals !== undefined && numerals !== 'roman' && numerals !== 'arabic') at('numerals', m.numerals);
      const style = typeof spelling === 'string' ? SPELLING_STYLE[spelling.normalize('NFC').toLowerCase()] : undefined;
      if (spelling !== undefined && !style) at('spelling', m.spelling);
      preferred = {
        ...(numerals === 'roman' || numerals === 'arabic' ? { numerals } : {}),
        ...(style ? { spelling: style } : {}),
      };
    }
  }

  const suppressions: Suppression[] = [];
  if (raw.suppressions !== undefined) {
    if (!Array.isArray(raw.suppressions)) at('suppressions', m.suppressionsNotList);
    else
      for (const entry of raw.suppressions) {
        if (isObject(entry) && typeof entry.rule === 'string' && typeof entry.uri === 'string' && typeof entry.text === 'string') {
          suppressions.push({ rule: entry.rule, uri: entry.uri, text: entry.text });
        } else at('suppressions', m.suppressionMalformed);
      }
  }
  return { config: { rules, preferred, suppressions }, errors };
}

/** The workspace file wins over the settings, entry by entry; suppressions add up. */
export function mergeRulesConfig(settings: Partial<RulesConfig>, file: RulesConfig): RulesConfig {
  return {
    rules: { ...settings.rules, ...file.rules },
    preferred: { ...settings.preferred, ...file.preferred },
    suppressions: [...(settings.suppressions ?? []), ...file.suppressions],
  };
}

/**
 * Whether a suppression names this finding: same rule, same text, and the
 * same file or a path ending it. Files are compared as decoded, NFC paths,
 * so `báo cáo.txt` written by hand, its percent-encoded form and a full URI
 * all name the same file.
 */
export function isSuppressed(config: RulesConfig, rule: string, uri: string, text: string): boolean {
  if (config.suppressions.length === 0) return false;
  const file = suppressionPath(uri);
  return config.suppressions.some((s) => {
    if (s.rule !== rule || s.text !== text) return false;
    const named = suppressionPath(s.uri).replace(/^\.?\//, '');
    return file === named || file.endsWith(`/${named}`);
  });
}

/** A file as a suppression names it: the path of a URI, or a relative path, percent-decoded when it was encoded, in NFC. */
export function suppressionPath(written: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(written)) return URI.parse(written).path.normalize('NFC');
  try {
    return decodeURIComponent(written).normalize('NFC');
  } catch {
    // A lone % in a hand-written name is the name itself.
    return written.normalize('NFC');
  }
}

/**
 * The configuration file's JSON, as VS Code reads its own settings files:
 * a byte-order mark, comments and trailing commas are allowed. Each syntax
 * error points at its own offset in the text.
 */
export function parseConfigJson(text: string, m: ConfigMessages = EN.config): { value: unknown; errors: ConfigError[] } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(bom);
  if (body.trim() === '') return { value: {}, errors: [] };
  const problems: ParseError[] = [];
  const value: unknown = parseJsonc(body, problems, { allowTrailingComma: true });
  const errors = problems.map((p) => ({
    message: m.notJson(printParseErrorCode(p.error)),
    start: bom + p.offset,
    end: bom + p.offset + Math.max(p.length, 1),
  }));
  return { value, errors };
}

/** True for a JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
