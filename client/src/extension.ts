import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type Position,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { EntitiesProvider, entityIdOf } from './entitiesView';
import { EntitiesRequest, SHOW_REFERENCES_COMMAND, SHOW_TIMELINE_COMMAND, StatusNotification, type StatusParams } from './protocol';
import { ReportStatusBar } from './statusBar';
import { TimelinePanel } from './timelinePanel';

/**
 * The Report Lens extension is a thin client: it starts the language server
 * (dist/server.js) and shows what the server reports in a status bar item,
 * the Entities view and the timeline panel. Every language feature comes
 * from the server. Nothing shows until the folder holds Vietnamese articles
 * or the user runs a Report Lens command.
 */

let client: LanguageClient | undefined;

/** Views follow the server's reports at most this often, so typing does not redraw them on every keystroke. */
const VIEW_REFRESH_MS = 300;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const statusBar = new ReportStatusBar();
  const entities = new EntitiesProvider(() => client);
  const timeline = new TimelinePanel(() => client);
  const view = vscode.window.createTreeView('reportLens.entities', { treeDataProvider: entities, showCollapseAll: true });
  context.subscriptions.push(statusBar, entities, view, timeline);

  const watchers = [vscode.workspace.createFileSystemWatcher('**/*.{txt,md}'), vscode.workspace.createFileSystemWatcher('**/.report-lens/**')];
  context.subscriptions.push(...watchers);
  // Stopped by deactivate(), which VS Code awaits, rather than disposed with the subscriptions.
  client = createClient(context, watchers);

  // A Report Lens command shows the extension even in a folder without articles.
  const revealed = () => {
    statusBar.reveal();
    void vscode.commands.executeCommand('setContext', 'reportLens.active', true);
  };
  // Every report after an edit, a rename or a knowledge change refreshes the views, once the burst is over.
  let refreshTimer: NodeJS.Timeout | undefined;
  const onStatus = (status: StatusParams) => {
    statusBar.update(status);
    if (status.articles > 0) void vscode.commands.executeCommand('setContext', 'reportLens.active', true);
    if (status.indexing) return;
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      entities.refresh();
      void timeline.refresh();
    }, VIEW_REFRESH_MS);
  };
  context.subscriptions.push(
    { dispose: () => clearTimeout(refreshTimer) },
    client.onNotification(StatusNotification, onStatus),
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Starting) statusBar.starting();
      if (newState === State.Stopped) statusBar.stopped(vscode.l10n.t('the language server stopped; see the "Report Lens" output.'));
      if (newState === State.Running) entities.refresh();
    }),
    vscode.commands.registerCommand('reportLens.reindex', async () => {
      revealed();
      // A fresh server reads the whole folder again from disk.
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Report Lens: re-indexing the folder') }, () =>
        client!.restart(),
      );
    }),
    vscode.commands.registerCommand('reportLens.showEntities', () => {
      revealed();
      return vscode.commands.executeCommand('reportLens.entities.focus');
    }),
    vscode.commands.registerCommand('reportLens.refreshEntities', () => entities.refresh()),
    vscode.commands.registerCommand(SHOW_TIMELINE_COMMAND, async (arg?: unknown) => {
      revealed();
      const id = typeof arg === 'string' ? arg : (entityIdOf(arg) ?? (await pickOfficial()));
      if (id) await timeline.show(id);
    }),
    // Code lenses carry only their position: the references are asked for when one is clicked.
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, async (uri: string, position: Position) => {
      const p2c = client!.protocol2CodeConverter;
      const where = p2c.asUri(uri);
      const at = p2c.asPosition(position);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', where, at);
      return vscode.commands.executeCommand('editor.action.showReferences', where, at, locations ?? []);
    }),
  );

  try {
    await client.start();
  } catch (error) {
    statusBar.stopped(vscode.l10n.t('the language server could not start: {0}', (error as Error).message));
    throw error;
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

/** The palette's "Show Timeline": a quick pick of the folder's officials, most mentioned first. */
async function pickOfficial(): Promise<string | undefined> {
  if (!client?.isRunning()) return undefined;
  const { entities } = await client.sendRequest(EntitiesRequest, { kinds: ['person'] });
  const items = entities
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi'))
    .map((e) => ({ label: e.name, description: vscode.l10n.t('{0} mentions in {1} files', e.mentions, e.files), id: e.id }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Whose timeline?'), matchOnDescription: false });
  return picked?.id;
}

function createClient(context: vscode.ExtensionContext, fileEvents: vscode.FileSystemWatcher[]): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', pattern: '**/*.txt' },
    ],
    synchronize: {
      configurationSection: 'reportLens',
      fileEvents,
    },
    // The status bar item shows indexing, so the server sends no window progress of its own.
    initializationOptions: { statusBar: true },
    // Hovers may run one command only: the "Show timeline" link.
    markdown: { isTrusted: { enabledCommands: [SHOW_TIMELINE_COMMAND] } },
  };
  return new LanguageClient('reportLens', 'Report Lens', serverOptions, clientOptions);
}
