'use strict';
// End-to-end tests in a real VS Code (code-server 1.139 in Chromium): the
// packaged extension, installed from its .vsix, on a copy of seeds/. Each test
// does what a user does (hover, F12, Problems, lightbulb) and checks what the
// user would read on screen. Screenshots of every step go to test/e2e/artifacts/.

const assert = require('node:assert/strict');
const path = require('node:path');
const { Workbench, ROOT, log } = require('./workbench');

const SEEDS = path.join(ROOT, 'seeds');
const ARTICLE_000 = '000_a0bfb8074f4957ff.txt';
const ARTICLE_002 = '002_d5d8ab22265d025f.txt';
const ARTICLE_003 = '003_c3f5d0e4081dce2b.txt';

describe('Report Lens in a real VS Code (code-server + Chromium)', function () {
  this.timeout(180_000);
  /** @type {Workbench} */
  let wb;

  before(async function () {
    this.timeout(600_000);
    wb = await Workbench.start({ folder: SEEDS, name: 'seeds' });
  });

  afterEach(async function () {
    if (!wb || !wb.page) return;
    if (this.currentTest && this.currentTest.state === 'failed') {
      const file = await wb.screenshot(`FAILED-${this.currentTest.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`);
      log(`screenshot of the failure: ${file}`);
    }
    // Whatever a test left open (a widget, a picker) is closed before the next one.
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Escape');
  });

  after(async function () {
    this.timeout(60_000);
    if (wb) await wb.stop();
  });

  it('activates on the seeds folder and shows the folder counts in the status bar', async () => {
    const item = wb.page.locator('.statusbar-item', { hasText: /\d+ articles/ }).first();
    await item.waitFor({ state: 'visible', timeout: 90_000 });
    await wb.indexed(5);
    const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
    assert.match(text, /^5 articles \d+ entities \d+ findings$/);
    await wb.openFile(ARTICLE_000);
    await wb.screenshot('status-bar');
  });

  for (const theme of ['light', 'dark']) {
    it(`colours people, titles, organisations, documents and dates apart in the default ${theme} theme`, async () => {
      const themeClass = theme === 'dark' ? 'vs-dark' : 'vs';
      if ((await wb.page.locator(`.monaco-workbench.${themeClass}`).count()) === 0) {
        await wb.command('Preferences: Toggle between Light/Dark Themes');
        await wb.page.locator(`.monaco-workbench.${themeClass}`).waitFor();
      }
      await wb.openFile(ARTICLE_000);
      const samples = {
        person: 'Trương Thị Mai, Ủy viên',
        title: 'Ủy viên Bộ Chính trị, Bí thư',
        organization: 'Ban Tổ chức Trung ương đã',
        document: 'Nghị quyết Đại hội 13',
        date: 'Sáng 12/1',
      };
      const plain = await wb.colourOf('đã tổ chức Hội nghị');
      // Semantic tokens arrive after the grammar's colours; wait until the person is coloured.
      let colours = {};
      for (let attempt = 0; attempt < 60; attempt++) {
        colours = {};
        for (const [kind, text] of Object.entries(samples)) colours[kind] = await wb.colourOf(text);
        if (Object.values(colours).every((c) => c && c !== plain)) break;
        await wb.page.waitForTimeout(500);
      }
      await wb.screenshot(`highlighting-${theme}`);
      for (const [kind, colour] of Object.entries(colours)) assert.notEqual(colour, plain, `${kind} is coloured unlike plain text (${colour})`);
      assert.equal(new Set(Object.values(colours)).size, 5, `five distinct colours: ${JSON.stringify(colours)}`);
    });
  }

  it('shows the resolved date after "Sáng 12/1" and mention counts above introductions', async () => {
    await wb.openFile(ARTICLE_000);
    await wb.findInEditor('Sáng 12/1');
    // The inlay hint is drawn inside the line, right after the date as written.
    await wb.page.waitForFunction(() =>
      [...document.querySelectorAll('.editor-group-container.active .view-line')].some((l) => /Sáng 12\/1\s*2022-01-12/.test(l.textContent.replace(/\u00a0/g, ' '))),
    );
    const lens = wb.codeLens(/\d+ mentions in \d+ files/);
    await lens.waitFor({ state: 'visible' });
    await wb.screenshot('inlay-hints-code-lens');
  });

  it('hovering over Trương Thị Mai in 002 shows her titles in 000 with its date', async () => {
    await wb.openFile(ARTICLE_002);
    // The mention-count lens above the introduction moves the lines down when it arrives: measure the name after it.
    await wb.codeLens(/\d+ mentions in \d+ files/).waitFor({ state: 'visible' });
    const { lines } = await wb.hoverOn('Trương Thị Mai');
    await wb.picture('hover');
    assert.equal(lines[0], 'Trương Thị Mai — official');
    assert.ok(
      lines.includes(`2022-01-12 · ${ARTICLE_000}: Trưởng Ban Tổ chức Trung ương; Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng`),
      `hover lists her titles in 000:\n${lines.join('\n')}`,
    );
    await wb.page.mouse.move(1, 1);
    await wb.page.keyboard.press('Escape');
  });

  it('F12 on Mai Văn Chính in 000 opens his introduction in 003', async () => {
    await wb.openFile(ARTICLE_000);
    await wb.findInEditor('Mai Văn Chính');
    // The cursor goes inside the name, as after a click on it.
    await wb.page.keyboard.press('ArrowLeft');
    await wb.page.keyboard.press('ArrowRight');
    await wb.page.keyboard.press('F12');
    const landed = wb.page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: ARTICLE_003 });
    const peek = wb.page.locator('.peekview-widget');
    await landed.or(peek).first().waitFor({ state: 'visible' });
    if (await peek.isVisible()) {
      const listed = (await peek.locator('.ref-tree .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      await wb.screenshot('definition-peek');
      assert.fail(`F12 opened a Peek of several definitions instead of landing in ${ARTICLE_003}: ${listed.join(' | ')}`);
    }
    assert.equal(await wb.activeTabTitle(), ARTICLE_003);
    // The cursor lands on his name in the introduction.
    const line = await wb.lineContaining('Mai Văn Chính');
    assert.ok(line, 'the name is on screen in 003');
    await wb.screenshot('definition');
  });

  it('the Problems panel lists the seeds\' findings with their rule ids', async () => {
    await wb.command('Problems: Focus on Problems View');
    const panel = wb.page.locator('.markers-panel');
    await panel.locator('.monaco-list-row', { hasText: 'text-artifact' }).first().waitFor({ state: 'visible' });
    await wb.command('View: Toggle Maximized Panel');
    await wb.page.waitForTimeout(500);
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    await wb.screenshot('problems');
    assert.ok(text.includes(ARTICLE_000), 'Problems lists 000');
    for (const rule of ['text-artifact', 'title-variant', 'date-context', 'term-numeral']) {
      // The panel shows each finding's source and rule id as "report-lens(rule)"; the brackets are drawn by CSS.
      assert.ok(text.includes(`report-lens ${rule}`), `Problems lists a ${rule} finding:\n${text}`);
    }
    // A user narrows the list with the filter box to find the repeated word in 002.
    const filter = wb.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.fill('written twice');
    const row = panel.locator('.monaco-list-row', { hasText: 'The word “tác” is written twice.' }).first();
    await row.waitFor({ state: 'visible' });
    assert.match((await row.innerText()).replace(/\s+/g, ' '), /report-lens text-artifact/);
    assert.ok((await panel.innerText()).includes(ARTICLE_002), 'the finding is listed under 002');
    await wb.screenshot('problems-filtered');
    await filter.fill('');
    await wb.command('View: Toggle Maximized Panel');
    await wb.command('View: Toggle Panel Visibility');
    await panel.waitFor({ state: 'hidden' });
  });

  it('the lightbulb quick fix removes the repeated word in "công tác tác đào tạo"', async () => {
    await wb.openFile(ARTICLE_002);
    const before = 'công tác tác đào tạo';
    await wb.findInEditor(before);
    assert.ok(await wb.lineContaining(before), 'the repeated word is on screen');
    const fix = await wb.quickFix('Delete the repeated word');
    const title = (await fix.innerText()).trim();
    await wb.picture('quick-fix');
    await fix.click();
    await wb.page.waitForFunction(
      (needle) => ![...document.querySelectorAll('.editor-group-container.active .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(needle)),
      before,
    );
    const after = await wb.lineContaining('công tác đào tạo');
    await wb.screenshot('quick-fix-applied');
    assert.ok(after, `after "${title}" the line reads "công tác đào tạo"`);
    assert.ok(!after.includes(before));
  });

  it('the Entities view lists people with their counts and jumps to a mention', async () => {
    await wb.openFile(ARTICLE_002);
    await wb.command('Report Lens: Show Entities');
    const view = wb.page.locator('.pane', { has: wb.page.locator('.pane-header', { hasText: 'Entities' }) });
    const person = view.locator('.monaco-list-row', { hasText: 'Trương Thị Mai' }).first();
    await person.waitFor({ state: 'visible' });
    assert.match((await person.innerText()).replace(/\s+/g, ' '), /^Trương Thị Mai ?\d+ mentions in 2 files$/);
    await person.click();
    const mention = view.locator('.monaco-list-row', { hasText: `${ARTICLE_000}:` }).first();
    await mention.waitFor({ state: 'visible' });
    await mention.click();
    await wb.page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: ARTICLE_000 }).waitFor({ state: 'visible' });
    // The mention is selected in the editor: the status bar counts its 14 characters.
    await wb.page.locator('.statusbar-item', { hasText: '(14 selected)' }).waitFor({ state: 'visible' });
    await wb.picture('entities');
  });

  it('Report Lens: Fix All Problems in Folder shows what it will change, then fixes every article at once', async () => {
    const findings = async () => {
      const text = await wb.page.locator('.statusbar-item', { hasText: /\d+ findings?/ }).first().innerText();
      return Number(/(\d+) findings?/.exec(text)[1]);
    };
    const before = await findings();
    await wb.command('Report Lens: Fix All Problems in Folder');
    // It first shows what it will change and asks: nothing is applied before the user confirms.
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    assert.match(await dialog.innerText(), /Report Lens will change \d+ files? with \d+ safe fix/);
    await wb.screenshot('fix-all-confirm');
    assert.equal(await findings(), before);
    await dialog.locator('.monaco-button', { hasText: /^Apply \d+ Safe Fix/ }).click();
    await wb.page.waitForFunction(
      (count) => [...document.querySelectorAll('.statusbar-item')].some((e) => {
        const m = /(\d+) findings?/.exec(e.textContent);
        return m && Number(m[1]) < count;
      }),
      before,
    );
    await wb.openFile(ARTICLE_000);
    await wb.findInEditor('Nghị quyết Đại hội');
    const line = await wb.lineContaining('các mục tiêu Nghị quyết Đại hội');
    await wb.screenshot('fix-all');
    assert.ok(line.includes('Nghị quyết Đại hội XIII của Đảng'), line);
    assert.ok((await findings()) < before);
  });
});
