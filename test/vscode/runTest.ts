/**
 * Runs the extension-host suite (test/vscode/suite) in a VS Code that
 * @vscode/test-electron downloads, on a temporary copy of seeds/. Machines
 * without access to the VS Code download site cannot run it; there the
 * end-to-end tests in test/e2e (code-server in Chromium) cover the same paths.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // Compiled to <out>/test/vscode/runTest.js; the extension is the repository root.
  const out = path.resolve(__dirname, '..', '..');
  const root = path.resolve(out, '..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-vscode-'));
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    console.error(`The VS Code extension-host suite did not pass: ${(error as Error).message ?? error}`);
    console.error('It needs to download VS Code; where that is impossible, run `npm run test:e2e` instead.');
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
