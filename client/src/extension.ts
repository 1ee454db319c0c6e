import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type Position,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { EntitiesProvider } from './entitiesView';
import { SHOW_REFERENCES_COMMAND, StatusNotification, type StatusParams } from './protocol';
import { ReportStatusBar } from './statusBar';

/**
 * The Report Lens extension is a thin client: it starts the language server
 * (dist/server.js) and shows what the server reports in a status bar item
 * and the Entities view. Every language feature comes from the server.
 */

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const statusBar = new ReportStatusBar();
  const entities = new EntitiesProvider(() => client);
  const view = vscode.window.createTreeView('reportLens.entities', { treeDataProvider: entities, showCollapseAll: true });
  context.subscriptions.push(statusBar, entities, view);

  const watchers = [vscode.workspace.createFileSystemWatcher('**/*.txt'), vscode.workspace.createFileSystemWatcher('**/.report-lens/**')];
  context.subscriptions.push(...watchers);
  // Stopped by deactivate(), which VS Code awaits, rather than disposed with the subscriptions.
  client = createClient(context, watchers);

  // The tree is asked again only when the folder's content changed, not on
  // every progress tick while indexing.
  let shown: StatusParams | undefined;
  const onStatus = (status: StatusParams) => {
    statusBar.update(status);
    const settled = !status.indexing || status.indexing.done >= status.indexing.total;
    if (settled && (shown?.articles !== status.articles || shown?.entities !== status.entities || shown?.findings !== status.findings)) {
      shown = status;
      entities.refresh();
    }
  };
  context.subscriptions.push(
    client.onNotification(StatusNotification, onStatus),
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Starting) statusBar.starting();
      if (newState === State.Stopped) statusBar.stopped('the language server stopped; see the "Report Lens" output.');
      if (newState === State.Running) entities.refresh();
    }),
    vscode.commands.registerCommand('reportLens.reindex', async () => {
      // A fresh server reads the whole folder again from disk.
      shown = undefined;
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Report Lens: re-indexing the folder' },
        () => client!.restart(),
      );
    }),
    vscode.commands.registerCommand('reportLens.showEntities', () => vscode.commands.executeCommand('reportLens.entities.focus')),
    vscode.commands.registerCommand('reportLens.refreshEntities', () => entities.refresh()),
    // Code lenses from the server carry counts only; a click asks for the
    // references then, so a lens on an entity named thousands of times stays small.
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, async (uri: string, position: Position) => {
      const p2c = client!.protocol2CodeConverter;
      const target = p2c.asUri(uri);
      const at = p2c.asPosition(position);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, at);
      return vscode.commands.executeCommand('editor.action.showReferences', target, at, locations ?? []);
    }),
  );

  try {
    await client.start();
  } catch (error) {
    statusBar.stopped(`the language server could not start: ${(error as Error).message}`);
    throw error;
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
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
      { scheme: 'file', pattern: '**/*.txt' },
    ],
    synchronize: {
      configurationSection: 'reportLens',
      fileEvents,
    },
    // The server keeps its per-file analysis cache in this workspace's storage.
    initializationOptions: { storageUri: context.storageUri?.toString() },
  };
  return new LanguageClient('reportLens', 'Report Lens', serverOptions, clientOptions);
}
