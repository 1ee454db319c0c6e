import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageType, ShowMessageNotification, type CancellationToken, type Connection } from 'vscode-languageserver';
import { EXPORT_FORMATS, type ExportFormat } from '../core/features/export';
import { pathToUri, uriToPath } from '../node/uri';
import type { ServerState } from './state';

/**
 * `reportLens.exportAnnotations [format]`: the folder's annotations for NLP
 * work, as `report-lens export` writes them: brat .ann files beside each
 * article, or one annotations.jsonl / annotations.conll in the first
 * workspace folder. Without a format the server asks which one. The files
 * are outputs, not articles, so they are written directly rather than as
 * editor edits (thousands of .ann files must not open thousands of tabs).
 */
export const EXPORT_ANNOTATIONS_COMMAND = 'reportLens.exportAnnotations';

export async function exportAnnotations(
  connection: Connection,
  state: ServerState,
  args: readonly unknown[],
  token: CancellationToken,
): Promise<{ files: number; format?: ExportFormat }> {
  let format = EXPORT_FORMATS.find((f) => f === args[0]);
  if (!format) {
    const choice = await connection.window.showInformationMessage('Export the folder’s annotations as', ...EXPORT_FORMATS.map((title) => ({ title })));
    format = EXPORT_FORMATS.find((f) => f === choice?.title);
  }
  if (!format) return { files: 0 };
  const folder = state.folders[0];
  if (!folder) return { files: 0 };
  state.flushAll();
  const exported = state.service.exportAnnotations(format, token, (uri) => path.relative(folder, uriToPath(uri) ?? uri).split(path.sep).join('/'));
  for (const file of exported) {
    const target = file.uri ? uriToPath(file.uri) : path.join(folder, `annotations.${format}`);
    if (target) await fs.promises.writeFile(target, file.content);
  }
  const where = format === 'brat' ? `${exported.length} .ann files beside the articles` : pathToUri(path.join(folder, `annotations.${format}`));
  // A notification, not a request: nothing waits for the user to dismiss it.
  await connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Report Lens exported the annotations (${format}): ${where}` });
  return { files: exported.length, format };
}
