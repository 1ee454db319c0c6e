/**
 * The extension inside a real VS Code extension host, on a copy of seeds/:
 * the same user-visible behaviour the end-to-end tests check through the
 * browser, through VS Code's own provider commands. Files are named *.spec.ts
 * so the plain mocha run (which needs no VS Code) does not pick them up.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const ARTICLE_000 = '000_a0bfb8074f4957ff.txt';
const ARTICLE_002 = '002_d5d8ab22265d025f.txt';
const ARTICLE_003 = '003_c3f5d0e4081dce2b.txt';

function fileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the seeds folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function positionOf(uri: vscode.Uri, text: string, offsetInText = 0): Promise<vscode.Position> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = document.getText().indexOf(text);
  assert.ok(at >= 0, `${text} is in ${uri.path}`);
  return document.positionAt(at + offsetInText);
}

/** Waits, polling, until the server has published the folder's diagnostics for a file. */
async function diagnosticsOf(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 200; i++) {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    if (diagnostics.length > 0) return diagnostics;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [];
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

describe('Report Lens in the VS Code extension host', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension('report-lens.report-lens');
    assert.ok(extension, 'the extension is installed');
    await extension.activate();
    await diagnosticsOf(fileUri(ARTICLE_002));
  });

  it('contributes its commands to the palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['reportLens.fixAllInFolder', 'reportLens.reindex', 'reportLens.showEntities']) assert.ok(commands.includes(id), id);
  });

  it('hover on Trương Thị Mai in 002 lists her titles in 000', async () => {
    const uri = fileUri(ARTICLE_002);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, await positionOf(uri, 'Trương Thị Mai', 3));
    const lines = hoverText(hovers).split('\n');
    assert.equal(lines[0], '**Trương Thị Mai** — official');
    assert.ok(
      lines.includes(`- 2022-01-12 · \`${ARTICLE_000}\`: Trưởng Ban Tổ chức Trung ương; Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng`),
      lines.join('\n'),
    );
  });

  it('Go to Definition on Mai Văn Chính in 000 lands on his introduction in 003', async () => {
    const uri = fileUri(ARTICLE_000);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      uri,
      await positionOf(uri, 'Mai Văn Chính', 2),
    );
    assert.ok(targets.length > 0);
    const first = targets[0];
    const target = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetUri' in first ? first.targetSelectionRange ?? first.targetRange : first.range;
    assert.equal(target.path.split('/').pop(), ARTICLE_003);
    const document = await vscode.workspace.openTextDocument(target);
    assert.equal(document.getText(range), 'Mai Văn Chính');
  });

  it('diagnostics list the repeated word in 002 and its quick fix removes it', async () => {
    const uri = fileUri(ARTICLE_002);
    const diagnostics = await diagnosticsOf(uri);
    const repeated = diagnostics.find((d) => d.code === 'text-artifact' && d.message.includes('tác'));
    assert.ok(repeated, diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, repeated.range);
    // The fix edits the article itself (suppressing the finding would edit .report-lens/config.json instead).
    const fix = actions.find((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && a.edit?.has(uri));
    assert.ok(fix?.edit, actions.map((a) => a.title).join('\n'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(document.getText().includes('công tác đào tạo'));
    assert.ok(!document.getText().includes('công tác tác đào tạo'));
  });

  it('semantic tokens use the contributed entity types', async () => {
    const uri = fileUri(ARTICLE_000);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
    for (const type of ['person', 'title', 'organization', 'document', 'date']) assert.ok(legend.tokenTypes.includes(type), type);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    assert.ok(tokens.data.length > 0);
  });
});
