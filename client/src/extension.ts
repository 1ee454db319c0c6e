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
import {
  EXPORT_ANNOTATIONS_COMMAND,
  FIX_ALL_IN_FOLDER_COMMAND,
  RESTRICTED_MESSAGE,
  SHOW_REFERENCES_COMMAND,
  StatusNotification,
  type ExportResult,
  type FixAllResult,
  type InitializationOptions,
  type StatusParams,
} from './protocol';
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
    vscode.commands.registerCommand('reportLens.fixAllInFolder', (ruleId?: string) => fixAllInFolder(ruleId)),
    vscode.commands.registerCommand('reportLens.exportAnnotations', (format?: string) => exportAnnotations(format)),
    // Trust is granted once, for good: a fresh server then starts with writes allowed.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      statusBar.setRestricted(false);
      await client?.restart();
    }),
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

  statusBar.setRestricted(!vscode.workspace.isTrusted);
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
    // Read when the server starts, so a restart after trust is granted starts it trusted.
    get initializationOptions(): InitializationOptions {
      // The server keeps its per-file analysis cache in this workspace's storage.
        return { trusted: vscode.workspace.isTrusted, storageUri: context.storageUri?.toString() };
    },
  };
  return new LanguageClient('reportLens', 'Report Lens', serverOptions, clientOptions);
}

/** Runs a server command once the server is up; undefined when it is not running. */
async function serverCommand<T>(command: string, args: unknown[]): Promise<T | undefined> {
  if (!client || !client.isRunning()) {
    void vscode.window.showWarningMessage('Report Lens: the language server is not running; see the "Report Lens" output.');
    return undefined;
  }
  return (await client.sendRequest('workspace/executeCommand', { command, arguments: args })) as T;
}

/**
 * "Fix All Problems in Folder": asks the server what its safe fixes would
 * change (rules, edits, files), shows that in a modal dialog, and applies
 * exactly those edits only when the user confirms. If the folder changed in
 * between, the server refuses and the user is shown the new changes.
 */
async function fixAllInFolder(ruleId?: string): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(RESTRICTED_MESSAGE);
    return;
  }
  let result = await serverCommand<FixAllResult>(FIX_ALL_IN_FOLDER_COMMAND, [ruleId ?? null]);
  for (let attempt = 0; attempt < 3 && result?.preview && !result.applied; attempt++) {
    const { preview } = result;
    const rules = preview.rules.map((r) => `${r.rule}: ${r.edits} edit${r.edits === 1 ? '' : 's'} in ${r.files} file${r.files === 1 ? '' : 's'}`);
    const shown = preview.files.slice(0, 10).map((uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
    const more = preview.files.length > shown.length ? [`… and ${preview.files.length - shown.length} more files`] : [];
    const apply = `Apply ${preview.edits} Safe Fix${preview.edits === 1 ? '' : 'es'}`;
    const answer = await vscode.window.showWarningMessage(
      `${result.changed ? 'The folder changed. ' : ''}Report Lens will change ${preview.files.length} file${preview.files.length === 1 ? '' : 's'} with ${preview.edits} safe fix${preview.edits === 1 ? '' : 'es'}.`,
      { modal: true, detail: [...rules, '', ...shown, ...more, '', 'One undo reverts it. Suggestions are never applied here.'].join('\n') },
      apply,
    );
    if (answer !== apply) return;
    result = await serverCommand<FixAllResult>(FIX_ALL_IN_FOLDER_COMMAND, [ruleId ?? null, preview.fingerprint]);
  }
  if (result?.restricted) void vscode.window.showWarningMessage(result.restricted);
  else if (result && result.edits === 0) void vscode.window.showInformationMessage('Report Lens: no safe fix to apply in the folder.');
}

/**
 * "Export Annotations…": asks for the format, then for the file to write
 * with a save dialog (brat writes a marked .ann beside each article instead).
 */
async function exportAnnotations(format?: string): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(RESTRICTED_MESSAGE);
    return;
  }
  const formats = [
    { label: 'jsonl', description: 'one JSON line per article, offsets in code points' },
    { label: 'conll', description: 'tokens with IOB tags' },
    { label: 'brat', description: 'a .ann file beside each article' },
  ];
  const chosen = format ?? (await vscode.window.showQuickPick(formats, { title: 'Export the folder’s annotations as' }))?.label;
  if (!chosen) return;
  let target: vscode.Uri | undefined;
  if (chosen !== 'brat') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await vscode.window.showSaveDialog({
      title: 'Export the annotations to',
      defaultUri: folder ? vscode.Uri.joinPath(folder, `annotations.${chosen}`) : undefined,
      filters: { [chosen]: [chosen] },
    });
    if (!target) return;
  }
  const result = await serverCommand<ExportResult>(EXPORT_ANNOTATIONS_COMMAND, target ? [chosen, target.toString()] : [chosen]);
  if (result?.error) void vscode.window.showWarningMessage(`Report Lens: nothing exported: ${result.error}`);
}
