'use strict';
// Report Lens in a real VS Code whose display language is Vietnamese
// (code-server --locale vi), on a copy of seeds/ plus a Markdown report: the
// hover, the Problems panel and a quick fix in Vietnamese, the timeline panel
// opened from the hover, and the Markdown report analysed in its prose only.
// Screenshots for the README are saved under docs/images/.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Workbench, ROOT, log } = require('./workbench');

const ARTICLE_002 = '002_d5d8ab22265d025f.txt';
const REPORT = 'bao-cao.md';
/** A Markdown report written for this test: a heading, emphasis, a list, a table, a code block with a repeated word. */
const REPORT_TEXT = `---
title: Báo cáo tháng
---

# Báo cáo công tác tổ chức

Sáng 12/1, **đồng chí Trương Thị Mai**, Ủy viên Bộ Chính trị, dự hội nghị về công tác tác cán bộ.

- Triển khai [Chỉ thị số 35-CT/TW](https://example.vn/ct35) của Bộ Chính trị.
- Rà soát quy hoạch cán bộ.

| Nội dung | Kết quả |
|---|---|
| Đào tạo | Hoàn thành |

\`\`\`text
công tác tác trong khối mã
\`\`\`
`;

describe('Report Lens in Vietnamese, in a real VS Code (code-server --locale vi)', function () {
  this.timeout(180_000);
  /** @type {Workbench} */
  let wb;
  let folder;

  before(async function () {
    this.timeout(600_000);
    folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-vi-')), 'bai-viet');
    fs.cpSync(path.join(ROOT, 'seeds'), folder, { recursive: true });
    fs.writeFileSync(path.join(folder, REPORT), REPORT_TEXT);
    wb = await Workbench.start({ folder, name: 'vi', locale: 'vi' });
  });

  afterEach(async function () {
    if (!wb?.page) return;
    if (this.currentTest?.state === 'failed') log(`screenshot of the failure: ${await wb.screenshot(`FAILED-${this.currentTest.title.slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-')}`)}`);
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Escape');
  });

  after(async function () {
    this.timeout(60_000);
    if (wb) await wb.stop();
    if (folder) fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  it('counts the folder in Vietnamese in the status bar, the Markdown report included', async () => {
    await wb.page.waitForFunction(
      () => [...document.querySelectorAll('.statusbar-item')].some((e) => /6 bài viết .*\d+ thực thể .*\d+ phát hiện/.test(e.textContent)),
      undefined,
      { timeout: 90_000 },
    );
  });

  it('hovers over Trương Thị Mai in Vietnamese and opens her timeline from the hover', async () => {
    await wb.openFile(ARTICLE_002);
    // The mention-count lens above the introduction moves the lines down when it arrives: measure the name after it.
    await wb.codeLens(/\d+ lần nhắc đến trong \d+ bài/).waitFor({ state: 'visible' });
    const { hover, lines } = await wb.hoverOn('Trương Thị Mai');
    assert.equal(lines[0], 'Trương Thị Mai — cán bộ');
    assert.ok(lines.some((l) => l.startsWith('Chức danh trong các bài')), lines.join('\n'));
    await wb.picture('hover-vi');
    await hover.locator('a', { hasText: 'Xem quá trình công tác' }).click();
    // The panel is a webview: its page lives in a frame of its own.
    await wb.page.locator('.tab', { hasText: 'Quá trình công tác: Trương Thị Mai' }).waitFor({ state: 'visible' });
    let frame;
    for (let attempt = 0; attempt < 40 && !frame; attempt++) {
      for (const f of wb.page.frames()) {
        if (await f.locator('.row').count().catch(() => 0)) frame = f;
      }
      if (!frame) await wb.page.waitForTimeout(250);
    }
    assert.ok(frame, 'the timeline page is drawn');
    const text = await frame.locator('body').innerText();
    assert.match(text, /Trương Thị Mai: quá trình công tác/);
    assert.ok((await frame.locator('.row', { hasText: 'Trưởng Ban Tổ chức Trung ương' }).count()) > 0, text);
    assert.ok((await frame.locator('.point').count()) >= 2, 'one point per article naming her');
    assert.ok((await frame.locator('.bar').count()) >= 1, 'a bar per known post');
    await wb.picture('timeline');
    // A point opens its article at the mention.
    await frame.locator('.point').first().click();
    await wb.page.locator('.editor-group-container .tabs-container .tab.active', { hasText: /^0\d\d_/ }).first().waitFor({ state: 'visible' });
    // The article opens with the mention selected and the editor focused; until then a key pressed (F1) may land in the editor and replace the name.
    await wb.page.locator('.editor-group-container.active .monaco-editor.focused').first().waitFor({ state: 'visible' });
    await wb.page.waitForFunction(() => /\(\d+ (selected|đã chọn)\)/.test(document.querySelector('.statusbar')?.textContent ?? ''));
  });

  it('lists the findings in Vietnamese in the Problems panel, named in words, with the rule id as code', async () => {
    await wb.command('Problems: Focus on Problems View');
    const panel = wb.page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    await wb.command('View: Toggle Maximized Panel');
    await panel.locator('.monaco-list-row', { hasText: 'Chức danh “Trưởng ban Tổ chức Trung ương” ở các bài khác' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await wb.picture('problems-vi');
    // The repeated word of 002 lies below the fold of a long list: a user narrows it with the filter box, in Vietnamese.
    const filter = wb.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.fill('viết lặp');
    const row = panel.locator('.monaco-list-row', { hasText: 'Từ “tác” bị viết lặp hai lần.' }).first();
    await row.waitFor({ state: 'visible', timeout: 60_000 });
    assert.match((await row.innerText()).replace(/\s+/g, ' '), /report-lens text-artifact/);
    await filter.fill('');
    await wb.command('View: Toggle Maximized Panel');
    await wb.command('View: Toggle Panel Visibility');
  });

  it('offers the quick fix in Vietnamese and applies it', async () => {
    await wb.openFile(ARTICLE_002);
    const before = 'công tác tác đào tạo';
    await wb.findInEditor(before);
    const fix = await wb.quickFix('Xóa từ lặp');
    await wb.picture('quick-fix-vi');
    await fix.click();
    await wb.page.waitForFunction(
      (needle) => ![...document.querySelectorAll('.editor-group-container.active .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(needle)),
      before,
    );
    assert.ok(await wb.lineContaining('công tác đào tạo'));
  });

  it('analyses the Markdown report’s prose, not its code block, with the markdown grammar still in place', async () => {
    await wb.openFile(REPORT);
    // The heading keeps its markdown colouring (the built-in grammar still runs under the injected one).
    await wb.codeLens(/\d+ lần nhắc đến trong \d+ bài/).waitFor({ state: 'visible' });
    await wb.hoverOn('Trương Thị Mai');
    await wb.page.mouse.move(1, 1);
    await wb.page.keyboard.press('Escape');
    await wb.command('Problems: Focus on Problems View');
    const panel = wb.page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    // The report's findings come last in a long list: the filter box narrows it to the report.
    const filter = wb.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.fill(REPORT);
    await panel.locator('.monaco-list-row', { hasText: REPORT }).first().waitFor({ state: 'visible' });
    await panel.locator('.monaco-list-row', { hasText: 'viết lặp' }).first().waitFor({ state: 'visible' });
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    // One repeated word in the prose; the one in the code block is not reported.
    const reportRows = text.split(REPORT)[1] ?? '';
    assert.match(reportRows, /Từ “tác” bị viết lặp hai lần\. report-lens text-artifact \[Ln 7/);
    assert.doesNotMatch(reportRows, /\[Ln 18/);
    await wb.picture('markdown');
    await filter.fill('');
    await wb.command('View: Toggle Panel Visibility');
  });
});
