import {
  CancellationTokenSource,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver';
import { CONFIG_FILE, WORKSPACE_KNOWLEDGE_PATH } from '../core';
import { canonicalUri } from '../node/uri';
import { applyKnowledge, applyRuleConfiguration, readSettings } from './configuration';
import type { DiagnosticsPublisher } from './diagnostics';
import { isCancelled, safely } from './guard';
import type { ServerState } from './state';
import type { Status } from './status';

/** The least time between two indexing progress reports to the editor. */
const PROGRESS_INTERVAL_MS = 250;

/**
 * The folder as a whole: indexing with progress, configuration changes and
 * files changed on disk. Each of these ends by republishing diagnostics.
 */
export class Workspace {
  private indexRun?: CancellationTokenSource;

  constructor(
    private readonly connection: Connection,
    private readonly state: ServerState,
    private readonly publisher: DiagnosticsPublisher,
    private readonly status: Status,
  ) {}

  /** After `initialized`: settings, the configuration file, watchers, then the index. */
  async start(): Promise<void> {
    await safely(this.state.logger, 'starting', async () => {
      this.state.applySettings(await readSettings(this.connection, this.state));
      await this.register();
      await applyRuleConfiguration(this.state, this.publisher);
      await applyKnowledge(this.state, this.publisher);
      await this.index();
    });
  }

  /**
   * Reads and analyses every article, reporting progress to the editor and
   * the status notification, then publishes the diagnostics of every file.
   * A new run (a changed include glob, a new folder) cancels the one in flight.
   */
  async index(): Promise<void> {
    this.indexRun?.cancel();
    const run = new CancellationTokenSource();
    this.indexRun = run;
    const progress = await this.beginProgress();
    try {
      // Files no longer listed (a glob or folder changed) leave the index; open documents stay while open.
      const listed = new Set(await this.state.files.listArticles());
      for (const uri of this.state.service.uris()) {
        if (!listed.has(uri) && !this.state.isOpen(uri)) this.state.service.removeFile(uri);
      }
      this.state.beginIndexing(listed.size);
      this.status.send();
      let reported = 0;
      await this.state.service.indexWorkspace(run.token, (done, total) => {
        this.state.advanceIndexing(done, total);
        // A few progress messages a second, not one per article: each is a message the editor must handle.
        const now = performance.now();
        if (now - reported >= PROGRESS_INTERVAL_MS || done === total) {
          reported = now;
          progress?.report(total === 0 ? 100 : Math.floor((done * 100) / total), this.state.messages.progressArticles(done, total));
        }
        this.status.indexingProgress();
      });
      // Indexing shows until the diagnostics are published, so the status never flashes zero findings.
      await this.publisher.publishAll();
      this.state.endIndexing();
      this.status.send();
      await this.refreshViews();
      this.state.folderIndexed();
    } catch (error) {
      if (!isCancelled(error)) throw error;
    } finally {
      if (this.indexRun === run) {
        this.indexRun = undefined;
        this.state.endIndexing();
      }
      progress?.done();
      run.dispose();
    }
  }

  async configurationChanged(pushed: unknown): Promise<void> {
    await safely(this.state.logger, 'applying the configuration', async () => {
      const filesChanged = this.state.applySettings(await readSettings(this.connection, this.state, pushed));
      await applyRuleConfiguration(this.state, this.publisher);
      if (filesChanged) {
        await this.index();
      } else {
        await this.publisher.publishAll();
        await this.refreshViews();
      }
    });
  }

  async foldersChanged(folders: readonly string[]): Promise<void> {
    await safely(this.state.logger, 'changing workspace folders', async () => {
      this.state.setFolders(folders);
      await applyRuleConfiguration(this.state, this.publisher);
      await applyKnowledge(this.state, this.publisher);
      await this.index();
    });
  }

  /** Files created, changed or deleted on disk: articles are re-read or forgotten, workspace files reloaded. */
  async filesChanged(changes: readonly { uri: string; type: FileChangeType }[]): Promise<void> {
    await safely(this.state.logger, 'reading changed files', async () => {
      let configChanged = false;
      let knowledgeChanged = false;
      for (const change of changes) {
        const uri = canonicalUri(change.uri);
        if (uri === this.state.configUri()) {
          configChanged = true;
        } else if (uri === this.state.knowledgeUri()) {
          await applyKnowledge(this.state, this.publisher);
          knowledgeChanged = true;
        } else if (this.state.isOpen(uri)) {
          // The editor's text wins over the disk until the document is closed.
          continue;
        } else if (change.type === FileChangeType.Deleted) {
          this.removeUnder(uri);
        } else if (this.state.files.isArticle(uri)) {
          await this.state.service.refreshFile(uri);
        }
      }
      if (configChanged) {
        await applyRuleConfiguration(this.state, this.publisher);
        await this.publisher.publishAll();
      } else {
        this.publisher.publishStale();
      }
      // Taught names and links change mentions in articles that were not edited.
      if (configChanged || knowledgeChanged) await this.refreshViews();
    });
  }

  /**
   * Asks the editor to re-request what other files' changes may have altered
   * in the visible ones: mention counts in code lenses, tokens, date hints.
   */
  private async refreshViews(): Promise<void> {
    const { support } = this.state;
    if (support.codeLensRefresh) await this.connection.sendRequest(CodeLensRefreshRequest.type);
    if (support.semanticTokensRefresh) this.connection.languages.semanticTokens.refresh();
    if (support.inlayHintRefresh) await this.connection.languages.inlayHint.refresh();
  }

  /** A deleted file, or every article under a deleted folder. */
  private removeUnder(uri: string): void {
    if (this.state.service.version(uri) !== undefined) {
      this.state.service.removeFile(uri);
      return;
    }
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    for (const file of this.state.service.uris()) {
      if (file.startsWith(prefix) && !this.state.isOpen(file)) this.state.service.removeFile(file);
    }
  }

  /** Watches the articles and the configuration file, and asks to be told of setting changes. */
  private async register(): Promise<void> {
    if (this.state.support.watchedFilesRegistration) {
      const patterns = [...this.state.settings.include, `**/${CONFIG_FILE}`, `**/${WORKSPACE_KNOWLEDGE_PATH}`];
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: patterns.map((globPattern) => ({ globPattern })),
      });
    }
    if (this.state.support.configurationRegistration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'reportLens' });
    }
  }

  private async beginProgress(): Promise<WorkDoneProgressServerReporter | undefined> {
    if (!this.state.support.workDoneProgress || this.state.clientShowsStatus) return undefined;
    try {
      const progress = await this.connection.window.createWorkDoneProgress();
      progress.begin(this.state.messages.progressTitle, 0, this.state.messages.progressListing, false);
      return progress;
    } catch (error) {
      this.state.logger.warn(`no progress reporting: ${(error as Error).message}`);
      return undefined;
    }
  }
}
