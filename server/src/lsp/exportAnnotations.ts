import * as path from 'node:path';
import { MessageType, ShowMessageNotification, type CancellationToken, type Connection } from 'vscode-languageserver';
import { EXPORT_FORMATS, explain } from '../core';
import { isToolAnn, markedAnn, writeExport } from '../node/exportFiles';
import { canonicalUri, uriToPath } from '../node/uri';
import type { ExportResult } from './protocol';
import type { ServerState } from './state';

export { EXPORT_ANNOTATIONS_COMMAND } from './protocol';

/**
 * `reportLens.server.exportAnnotations [format, targetUri?]`: the folder's
 * annotations for NLP work, as `report-lens export` writes them: brat .ann
 * files beside each article, or one jsonl / conll file at the target the
 * user chose in the client's save dialog (which asked before replacing a
 * file). An article is never a target, and a .ann file is replaced only
 * when it carries the tool's mark. Every file is written atomically and
 * directly rather than as editor edits (thousands of .ann files must not
 * open thousands of tabs). Nothing is written in Restricted Mode.
 */
export async function exportAnnotations(
  connection: Connection,
  state: ServerState,
  args: readonly unknown[],
  token: CancellationToken,
): Promise<ExportResult> {
  if (!state.trusted) return { files: 0, error: state.messages.restricted };
  const format = EXPORT_FORMATS.find((f) => f === args[0]);
  if (!format) return { files: 0, error: state.messages.export.giveFormat(EXPORT_FORMATS.join(', ')) };
  const folder = state.folders[0];
  if (!folder) return { files: 0, error: state.messages.export.openFolder };
  const targetUri = typeof args[1] === 'string' ? canonicalUri(args[1]) : undefined;
  const target = targetUri === undefined ? undefined : uriToPath(targetUri);
  if (format !== 'brat') {
    if (target === undefined || targetUri === undefined) return { files: 0, error: state.messages.export.chooseFile(format) };
    if (state.service.version(targetUri) !== undefined || state.files.isArticle(targetUri)) return { files: 0, error: state.messages.export.isArticle(path.basename(target)) };
  }
  state.analysePendingEdits();
  const exported = state.service.exportAnnotations(format, token, (uri) => path.relative(folder, uriToPath(uri) ?? uri).split(path.sep).join('/'));
  const refused: { uri: string; reason: string }[] = [];
  for (const file of exported) {
    const to = file.uri ? uriToPath(file.uri) : target;
    if (!to) continue;
    const reason = file.uri ? await writeExport(to, markedAnn(file.content), isToolAnn) : await writeExport(to, file.content, () => true);
    if (reason !== undefined) refused.push({ uri: file.uri ?? targetUri ?? to, reason: explain(state.messages.files.notWritten, reason) });
  }
  const written = exported.length - refused.length;
  const where = format === 'brat' ? state.messages.annFilesBeside(written) : (targetUri ?? '');
  // A notification, not a request: nothing waits for the user to dismiss it.
  await connection.sendNotification(ShowMessageNotification.type, {
    type: refused.length > 0 ? MessageType.Warning : MessageType.Info,
    message: state.messages.exported(format, where, refused.length, refused[0]?.reason),
  });
  return { files: written, format, refused };
}
