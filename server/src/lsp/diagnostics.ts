import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { type ConfigError, type Finding, type Severity } from '../core';
import { safely } from './guard';
import type { ServerState } from './state';
import type { Status } from './status';

const SOURCE = 'report-lens';
/**
 * The rules' documentation shipped with the server (docs/rules.md beside
 * dist/), one heading per rule id: a diagnostic's code links to its rule,
 * offline, in the version installed.
 */
const RULES_DOC = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules.md')).href;
/**
 * Publishing the whole folder yields to the event loop after this much work,
 * so requests (a hover while a large folder is linted) are still answered.
 */
const PUBLISH_SLICE_MS = 4;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A core finding as an LSP diagnostic: rule id as code, related places (in any file) as related information. */
export function toDiagnostic(state: ServerState, finding: Finding): Diagnostic | undefined {
  const positions = state.positions(finding.uri);
  if (!positions) return undefined;
  const relatedInformation = finding.related.flatMap((r) => {
    const there = state.positions(r.uri);
    return there ? [{ location: { uri: r.uri, range: there.range(r.start, r.end) }, message: r.message }] : [];
  });
  return {
    range: positions.range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: `${RULES_DOC}#${finding.rule}` },
    source: SOURCE,
    message: finding.message,
    ...(relatedInformation.length > 0 ? { relatedInformation } : {}),
  };
}

/**
 * Pushes diagnostics for articles, opened or not: the whole folder after
 * indexing or a configuration change, and after each edit only the files
 * the core names as stale.
 */
export class DiagnosticsPublisher {
  constructor(
    private readonly connection: Connection,
    private readonly state: ServerState,
    private readonly status: Status,
  ) {}

  /** Publishes one file's findings (none when the core no longer has it). */
  publish(uri: string): void {
    const indexed = this.state.service.version(uri) !== undefined;
    const diagnostics = indexed
      ? this.state.service.diagnostics(uri).flatMap((f) => toDiagnostic(this.state, f) ?? [])
      : [];
    this.state.recordPublished(uri, indexed ? diagnostics.length : undefined);
    const version = this.state.openVersion(uri);
    void this.connection.sendDiagnostics({
      uri,
      diagnostics,
      ...(version !== undefined && this.state.service.version(uri) === version ? { version } : {}),
    });
  }

  /**
   * Republishes what changed since the last time. Open documents (what the
   * user is looking at, the edited one among them) are published at once;
   * other files a folder-wide change touched follow in time slices, so one
   * keystroke never waits for the rest of the folder.
   */
  publishStale(): void {
    void safely(this.state.logger, 'publishing diagnostics', () => {
      // While the folder is indexed, every file is published when indexing ends (publishAll). Taking the stale files
      // before then would make the core look, for each article still to come, for the rule groups it changes: only
      // the open documents are published meanwhile.
      if (this.state.indexing) {
        for (const uri of this.state.openUris()) this.publish(uri);
        return;
      }
      for (const uri of this.state.service.staleDiagnostics()) {
        if (this.state.isOpen(uri)) this.publish(uri);
        else this.background.add(uri);
      }
      if (this.background.size === 0) this.status.send();
      else this.drainBackground();
    });
  }

  private readonly background = new Set<string>();
  private draining = false;

  private drainBackground(): void {
    if (this.draining) return;
    this.draining = true;
    const slice = () => {
      // Each file leaves the queue before it is published, so a file that fails cannot stall the rest.
      void safely(this.state.logger, 'publishing diagnostics', () => {
        const sliceStart = performance.now();
        for (const uri of this.background) {
          this.background.delete(uri);
          this.publish(uri);
          if (performance.now() - sliceStart > PUBLISH_SLICE_MS) break;
        }
      });
      if (this.background.size > 0) {
        setImmediate(slice);
      } else {
        this.draining = false;
        this.status.send();
      }
    };
    setImmediate(slice);
  }

  /** Publishes every article of the folder (and clears files that are gone), yielding between batches. */
  async publishAll(): Promise<void> {
    await safely(this.state.logger, 'publishing diagnostics', async () => {
      this.state.service.staleDiagnostics();
      this.background.clear();
      const uris = this.state.service.uris();
      const current = new Set(uris);
      for (const uri of this.state.publishedFiles()) if (!current.has(uri)) this.publish(uri);
      let sliceStart = performance.now();
      for (const uri of uris) {
        this.publish(uri);
        if (performance.now() - sliceStart > PUBLISH_SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
      this.status.send();
    });
  }

  /** A workspace file's errors (configuration, knowledge), as diagnostics in that file. */
  publishFileErrors(uri: string | undefined, errors: readonly ConfigError[]): void {
    if (!uri) return;
    const positions = this.state.positions(uri);
    const diagnostics: Diagnostic[] = errors.map((e) => ({
      range: positions ? positions.range(e.start, e.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'workspace-file',
      source: SOURCE,
      message: e.message,
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}
