/**
 * The analysis core's one boundary. The LSP layer and the CLI import the core
 * from here only (ESLint's no-restricted-imports enforces it), so everything
 * else under core/ may change shape without touching them.
 *
 * What crosses: the façade (createReportLensService and the types of what it
 * answers), the host interfaces the outside implements (file access, logger,
 * cancellation, progress), plain data types and constants (entity kinds,
 * rule levels, file names), and the few pure helpers an edge needs to turn
 * core answers into its own terms: LineIndex (offset ↔ line/character, once,
 * at the edge), the byte decoder and encoder (the CLI writes fixed files back
 * in their own encoding), editKey (how a fix-all edit is known), and
 * entityName (the label of an entity key), fileName (how hovers name an article),
 * and the message catalogues the edges speak in the user's language.
 */

export { createReportLensService } from './service';
export type {
  CodeFix,
  ConfigError,
  ConfigFile,
  Finding,
  FixCause,
  FileReferences,
  Location,
  References,
  ReportLensService,
  RuleInfo,
  ServiceOptions,
  TextEdit,
  Timeline,
  TimelinePost,
} from './service';
export { CancelledError, SILENT_LOGGER } from './host';
export type { CancellationToken, FileAccess, FileAnalyser, Logger, ProgressReporter } from './host';
export { ENTITY_KINDS, isEntityKind } from './model';
export type { Article, EntityKind, Mention } from './model';
export type { Severity } from './rules/rule';
export { CONFIG_FILE, RULE_LEVELS, isObject, isRuleLevel } from './rules/config';
export type { PreferredForms, RuleLevel } from './rules/config';
export { SKIPPED_RULE } from './features/diagnostics';
export { EXPORT_FORMATS } from './features/export';
export type { ExportFormat } from './features/export';
export { WORKSPACE_KNOWLEDGE_PATH } from './knowledge/workspaceKnowledge';
export { LineIndex } from './text/lineIndex';
export type { Position } from './text/lineIndex';
export { decodeArticle, encodeArticle } from './text/decode';
export { editKey } from './features/fixCauses';
export { entityName } from './features/describe';
export { fileName } from './features/hover';
export { LANGUAGES, languageOf, messagesFor, ruleName } from './messages/catalogue';
export { explain } from './messages/sentences';
export type { CliCommand, Language, Messages } from './messages/catalogue';
