import {
  CodeActionKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  createConnection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { setFlagsFromString } from 'node:v8';
import { type Logger } from '../core';
import { registerCodeAction } from './codeAction';
import { registerCodeLens } from './codeLens';
import { registerDefinition } from './definition';
import { DiagnosticsPublisher } from './diagnostics';
import { registerDocumentHighlight } from './documentHighlight';
import { registerDocumentSymbol } from './documentSymbol';
import { registerEntities } from './entities';
import { COMMANDS, registerExecuteCommand } from './executeCommand';
import { registerHover } from './hover';
import { registerInlayHint } from './inlayHint';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { SEMANTIC_TOKENS_LEGEND, registerSemanticTokens } from './semanticTokens';
import { ServerState } from './state';
import { Status } from './status';
import { registerTextSync } from './textSync';
import { registerTimeline } from './timeline';
import { filePaths } from '../node/uri';
import { FIX_ALL_ON_SAVE_KIND } from './codeAction';
import { Workspace } from './workspace';
import { registerWorkspaceSymbol } from './workspaceSymbol';

/**
 * The Report Lens language server. `node dist/server.js --stdio` (or
 * `--node-ipc`, `--socket=<port>`, `--pipe=<name>`) speaks LSP to any editor.
 * This file only wires the transport, the capabilities and the feature files
 * together; each feature lives in its own file.
 */

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => TRANSPORTS.some((t) => arg === t || arg.startsWith(`${t}=`)))) {
  process.stderr.write('usage: node dist/server.js --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  process.exit(2);
}

/**
 * How far V8 lets the heap grow past what its last full collection kept, in per cent. V8 sizes
 * that room for a short batch job, up to 4 times the live heap on a machine with memory to spare.
 * A language server runs for hours, and the results of its larger requests (references: thousands
 * of locations) live long enough to be promoted, so the room filled with their garbage and stayed
 * resident: on 10,000 generated articles the live heap after indexing is about 350 MiB, yet the
 * server's peak rose from 615 MiB at the end of indexing to 1.0–1.2 GiB over the benchmark's
 * requests. Half the live heap as room bounds the peak by what the folder needs, not by how many
 * requests were answered. V8 reads this setting at each full collection, so setting it here, before
 * the folder is read, is early enough.
 */
const HEAP_GROWING_PERCENT = 50;
setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

const connection = createConnection(ProposedFeatures.all);
const logger: Logger = {
  info: (message) => connection.console.info(message),
  warn: (message) => connection.console.warn(message),
  error: (message) => connection.console.error(message),
};
const state = new ServerState(logger);
const status = new Status(connection, state);
const publisher = new DiagnosticsPublisher(connection, state, status);
const workspace = new Workspace(connection, state, publisher, status);
state.onAnalysed(() => publisher.publishStale());

connection.onInitialize((params: InitializeParams): InitializeResult => {
  state.initialize(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      declarationProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Report Lens' },
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_ON_SAVE_KIND] },
      executeCommandProvider: { commands: COMMANDS },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'report-lens' },
  };
});

connection.onInitialized(() => {
  if (state.support.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
      await workspace.foldersChanged(filePaths(folders.map((f) => f.uri)));
    });
  }
  void workspace.start();
});

connection.onDidChangeConfiguration(({ settings }) => void workspace.configurationChanged(settings));
connection.onDidChangeWatchedFiles(({ changes }) => void workspace.filesChanged(changes));

registerTextSync(connection, state, publisher);
registerHover(connection, state);
registerDefinition(connection, state);
registerReferences(connection, state);
registerRename(connection, state);
registerDocumentHighlight(connection, state);
registerDocumentSymbol(connection, state);
registerWorkspaceSymbol(connection, state);
registerCodeAction(connection, state);
registerExecuteCommand(connection, state);
registerSemanticTokens(connection, state);
registerInlayHint(connection, state);
registerCodeLens(connection, state);
registerEntities(connection, state);
registerTimeline(connection, state);

connection.listen();
