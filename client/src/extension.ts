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
import {
  EntitiesRequest,
  EXPORT_ANNOTATIONS_COMMAND,
  FIX_ALL_IN_FOLDER_COMMAND,
  RESTRICTED_MESSAGE,
  SHOW_REFERENCES_COMMAND,
  SHOW_TIMELINE_COMMAND,
  StatusNotification,
  type ExportResult,
  type FixAllResult,
  type InitializationOptions,
  type StatusParams,
} from './protocol';
import { ReportStatusBar } from './statusBar';
import { messagesFor, ruleName } from '../../server/src/core/messages/catalogue';
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
    vscode.commands.registerCommand('reportLens.fixAllInFolder', (ruleId?: string) => {
      revealed();
      return fixAllInFolder(ruleId);
    }),
    vscode.commands.registerCommand('reportLens.exportAnnotations', (format?: string) => {
      revealed();
      return exportAnnotations(format);
    }),
    // Trust is granted once, for good: a fresh server then starts with writes allowed.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      statusBar.setRestricted(false);
      await client?.restart();
    }),
    vscode.commands.registerCommand('reportLens.refreshEntities', () => entities.refresh()),
    vscode.commands.registerCommand(SHOW_TIMELINE_COMMAND, async (arg?: unknown) => {
      revealed();
      const id = typeof arg === 'string' ? arg : (entityIdOf(arg) ?? (await pickOfficial()));
      if (id) await timeline.show(id);
    }),
    // Code lenses from the server carry counts only; a click asks for the
    // references then, so a lens on an entity named thousands of times stays small.
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, async (uri: string, position: Position) => {
      const p2c = client!.protocol2CodeConverter;
      const where = p2c.asUri(uri);
      const at = p2c.asPosition(position);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', where, at);
      return vscode.commands.executeCommand('editor.action.showReferences', where, at, locations ?? []);
    }),
  );

  statusBar.setRestricted(!vscode.workspace.isTrusted);
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
    // Read when the server starts, so a restart after trust is granted starts it trusted.
    // The status bar item shows indexing, so the server sends no window progress of its own.
    get initializationOptions(): InitializationOptions {
      // The server keeps its per-file analysis cache in this workspace's storage.
      return { trusted: vscode.workspace.isTrusted, statusBar: true, storageUri: context.storageUri?.toString() };
    },
    // Hovers may run one command only: the "Show timeline" link.
    markdown: { isTrusted: { enabledCommands: [SHOW_TIMELINE_COMMAND] } },
  };
  return new LanguageClient('reportLens', 'Report Lens', serverOptions, clientOptions);
}

/** Runs a server command once the server is up; undefined when it is not running. */
async function serverCommand<T>(command: string, args: unknown[]): Promise<T | undefined> {
  if (!client || !client.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Report Lens: the language server is not running; see the "Report Lens" output.'));
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
    void vscode.window.showWarningMessage(vscode.l10n.t(RESTRICTED_MESSAGE));
    return;
  }
  const names = messagesFor(vscode.env.language);
  let result = await serverCommand<FixAllResult>(FIX_ALL_IN_FOLDER_COMMAND, [ruleId ?? null]);
  for (let attempt = 0; attempt < 3 && result?.preview && !result.applied; attempt++) {
    const { preview } = result;
    const rules = preview.rules.map((r) => vscode.l10n.t('{0}: {1} edits in {2} files', ruleName(names, r.rule), r.edits, r.files));
    const shown = preview.files.slice(0, 10).map((uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
    const more = preview.files.length > shown.length ? [vscode.l10n.t('… and {0} more files', preview.files.length - shown.length)] : [];
    const apply = vscode.l10n.t('Apply {0} Safe Fixes', preview.edits);
    const change = vscode.l10n.t('Report Lens will change {0} files with {1} safe fixes.', preview.files.length, preview.edits);
    const answer = await vscode.window.showWarningMessage(
      result.changed ? `${vscode.l10n.t('The folder changed.')} ${change}` : change,
      { modal: true, detail: [...rules, '', ...shown, ...more, '', vscode.l10n.t('One undo reverts it. Suggestions are never applied here.')].join('\n') },
      apply,
    );
    if (answer !== apply) return;
    result = await serverCommand<FixAllResult>(FIX_ALL_IN_FOLDER_COMMAND, [ruleId ?? null, preview.fingerprint]);
  }
  if (result?.restricted) void vscode.window.showWarningMessage(result.restricted);
  else if (result && result.edits === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Report Lens: no safe fix to apply in the folder.'));
}

/**
 * "Export Annotations…": asks for the format, then for the file to write
 * with a save dialog (brat writes a marked .ann beside each article instead).
 */
async function exportAnnotations(format?: string): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t(RESTRICTED_MESSAGE));
    return;
  }
  const formats = [
    { label: 'jsonl', description: vscode.l10n.t('one JSON line per article, offsets in code points') },
    { label: 'conll', description: vscode.l10n.t('tokens with IOB tags') },
    { label: 'brat', description: vscode.l10n.t('a .ann file beside each article') },
  ];
  const chosen = format ?? (await vscode.window.showQuickPick(formats, { title: vscode.l10n.t('Export the folder’s annotations as') }))?.label;
  if (!chosen) return;
  let target: vscode.Uri | undefined;
  if (chosen !== 'brat') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export the annotations to'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, `annotations.${chosen}`) : undefined,
      filters: { [chosen]: [chosen] },
    });
    if (!target) return;
  }
  const result = await serverCommand<ExportResult>(EXPORT_ANNOTATIONS_COMMAND, target ? [chosen, target.toString()] : [chosen]);
  if (result?.error) void vscode.window.showWarningMessage(vscode.l10n.t('Report Lens: nothing exported: {0}', result.error));
}
