import type { Severity } from './rule';

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

const LEVELS: readonly string[] = ['off', 'error', 'warning', 'information', 'hint'];

/** Example words users may give instead of naming the tone style. */
const SPELLING_STYLE: Readonly<Record<string, 'new' | 'old'>> = {
  new: 'new', old: 'old', 'khóa': 'new', 'khoá': 'old', 'ủy': 'new', 'uỷ': 'old', 'hòa': 'new', 'hoà': 'old',
};

/**
 * Parses the configuration file. Whatever is malformed is reported and left
 * at its default, so a typo in one entry never switches the other rules off.
 */
export function parseRulesConfig(text: string, knownRules: readonly string[]): { config: RulesConfig; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const whole = (message: string) => errors.push({ message, start: 0, end: text.length });
  // Points an error at the first place the offending value is written, else at the whole file.
  const at = (needle: string, message: string) => {
    const start = text.indexOf(JSON.stringify(needle));
    errors.push(start === -1 ? { message, start: 0, end: text.length } : { message, start, end: start + JSON.stringify(needle).length });
  };
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch (e) {
    whole(`The rules configuration is not valid JSON (${(e as Error).message}); defaults are used.`);
    return { config: DEFAULT_RULES_CONFIG, errors };
  }
  if (!isObject(raw)) {
    whole('The rules configuration must be a JSON object; defaults are used.');
    return { config: DEFAULT_RULES_CONFIG, errors };
  }

  const rules: Record<string, RuleLevel> = {};
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) at('rules', '"rules" must map rule ids to a level.');
    else
      for (const [id, level] of Object.entries(raw.rules)) {
        if (!knownRules.includes(id)) at(id, `Unknown rule "${id}"; known rules: ${knownRules.join(', ')}.`);
        else if (typeof level !== 'string' || !LEVELS.includes(level)) at(id, `The level of "${id}" must be one of ${LEVELS.join(', ')}.`);
        else rules[id] = level as RuleLevel;
      }
  }

  let preferred: PreferredForms = {};
  if (raw.preferred !== undefined) {
    if (!isObject(raw.preferred)) at('preferred', '"preferred" must be an object.');
    else {
      const { numerals, spelling } = raw.preferred;
      if (numerals !== undefined && numerals !== 'roman' && numerals !== 'arabic') at('numerals', '"numerals" must be "roman" or "arabic".');
      const style = typeof spelling === 'string' ? SPELLING_STYLE[spelling.normalize('NFC').toLowerCase()] : undefined;
      if (spelling !== undefined && !style) at('spelling', '"spelling" must be "new" (khóa, Ủy) or "old" (khoá, Uỷ).');
      preferred = {
        ...(numerals === 'roman' || numerals === 'arabic' ? { numerals } : {}),
        ...(style ? { spelling: style } : {}),
      };
    }
  }

  const suppressions: Suppression[] = [];
  if (raw.suppressions !== undefined) {
    if (!Array.isArray(raw.suppressions)) at('suppressions', '"suppressions" must be a list.');
    else
      for (const entry of raw.suppressions) {
        if (isObject(entry) && typeof entry.rule === 'string' && typeof entry.uri === 'string' && typeof entry.text === 'string') {
          suppressions.push({ rule: entry.rule, uri: entry.uri, text: entry.text });
        } else at('suppressions', 'Each suppression needs "rule", "uri" and "text" strings; the malformed ones are ignored.');
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

/** Whether a suppression names this finding: same rule, same text, and the same file or a path ending it. */
export function isSuppressed(config: RulesConfig, rule: string, uri: string, text: string): boolean {
  return config.suppressions.some(
    (s) => s.rule === rule && s.text === text && (s.uri === uri || uri.endsWith(`/${s.uri.replace(/^\.?\//, '')}`)),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
