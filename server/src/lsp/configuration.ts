import * as fs from 'node:fs';
import type { Connection } from 'vscode-languageserver';
import { isObject, isRuleLevel, type PreferredForms, type RuleLevel } from '../core';
import { uriToPath } from '../node/uri';
import type { DiagnosticsPublisher } from './diagnostics';
import { DEFAULT_SETTINGS, type ServerState, type Settings } from './state';

const SECTION = 'reportLens';

/**
 * The `reportLens.*` settings: pulled with workspace/configuration when the
 * client supports it, else taken from what didChangeConfiguration pushed.
 * Malformed values fall back to their defaults one by one.
 */
export async function readSettings(connection: Connection, state: ServerState, pushed?: unknown): Promise<Settings> {
  let raw: unknown = pushed;
  if (state.support.configuration) {
    raw = await connection.workspace.getConfiguration(SECTION);
  } else if (isObject(pushed) && SECTION in pushed) {
    raw = pushed[SECTION];
  }
  return toSettings(raw);
}

export function toSettings(raw: unknown): Settings {
  if (!isObject(raw)) return DEFAULT_SETTINGS;
  const strings = (value: unknown, fallback: readonly string[]) =>
    Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : fallback;
  const rules: Record<string, RuleLevel> = {};
  if (isObject(raw.rules)) {
    for (const [id, level] of Object.entries(raw.rules)) if (isRuleLevel(level)) rules[id] = level;
  }
  const preferred: { numerals?: PreferredForms['numerals']; spelling?: PreferredForms['spelling'] } = {};
  if (isObject(raw.preferred)) {
    const { numerals, spelling } = raw.preferred;
    if (numerals === 'roman' || numerals === 'arabic') preferred.numerals = numerals;
    if (spelling === 'new' || spelling === 'old') preferred.spelling = spelling;
  }
  const hints = isObject(raw.inlayHints) ? raw.inlayHints : {};
  return {
    include: strings(raw.include, DEFAULT_SETTINGS.include),
    exclude: strings(raw.exclude, DEFAULT_SETTINGS.exclude),
    alwaysAnalyse: strings(raw.alwaysAnalyse, DEFAULT_SETTINGS.alwaysAnalyse),
    rules,
    preferred,
    inlayHints: { dates: typeof hints.dates === 'boolean' ? hints.dates : DEFAULT_SETTINGS.inlayHints.dates },
  };
}

/**
 * Reads the workspace configuration file (absent is fine), hands it with the
 * settings to the core, and publishes the file's errors in the file itself.
 */
export async function applyRuleConfiguration(state: ServerState, publisher: DiagnosticsPublisher): Promise<void> {
  const uri = state.configUri();
  const text = await readWorkspaceFile(state, uri);
  publisher.publishFileErrors(uri, state.applyConfigFile(uri, text));
}

/**
 * Reads the workspace knowledge file (absent is fine: annotations create it)
 * into the core, and publishes its problems in the file itself. The articles
 * it affects are then among the core's stale files.
 */
export async function applyKnowledge(state: ServerState, publisher: DiagnosticsPublisher): Promise<void> {
  const uri = state.knowledgeUri();
  if (!uri) return;
  const text = await readWorkspaceFile(state, uri);
  publisher.publishFileErrors(uri, state.applyKnowledgeFile(uri, text));
}

async function readWorkspaceFile(state: ServerState, uri: string | undefined): Promise<string | undefined> {
  const file = uri ? uriToPath(uri) : undefined;
  if (!file) return undefined;
  try {
    return await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') state.logger.warn(`cannot read ${file}: ${(error as Error).message}`);
    return undefined;
  }
}
