'use strict';
// A code repository opened in a real VS Code with Report Lens installed: a
// licence, an English README and some code. None of it is Vietnamese prose,
// so Report Lens must show nothing: no status bar item, no activity bar
// entry, no problems.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Workbench, log } = require('./workbench');

const LICENCE = `MIT License

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
`;
const README = `# Widget

A small library. Install it with \`npm install widget\`, then call the the
\`render()\` function. See the [documentation](https://example.com/docs).
`;

describe('Report Lens in a real VS Code on a code repository', function () {
  this.timeout(180_000);
  /** @type {Workbench} */
  let wb;
  let folder;

  before(async function () {
    this.timeout(600_000);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-repo-'));
    fs.writeFileSync(path.join(folder, 'LICENSE.txt'), LICENCE);
    fs.writeFileSync(path.join(folder, 'README.md'), README);
    fs.mkdirSync(path.join(folder, 'src'));
    fs.writeFileSync(path.join(folder, 'src', 'index.js'), 'module.exports = function render() {\n  return "the the";\n};\n');
    wb = await Workbench.start({ folder, name: 'repository' });
  });

  afterEach(async function () {
    if (wb?.page && this.currentTest?.state === 'failed') log(`screenshot of the failure: ${await wb.screenshot('FAILED')}`);
  });

  after(async function () {
    this.timeout(60_000);
    if (wb) await wb.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows nothing for a licence, an English README and code, even with them open', async () => {
    await wb.openFile('LICENSE.txt');
    await wb.openFile('README.md');
    // Time for the extension to activate (the folder holds .txt and .md files), index and publish.
    await wb.page.waitForTimeout(8_000);
    const items = await wb.page.locator('.statusbar-item').allInnerTexts();
    assert.ok(!items.some((t) => /Report Lens|article|finding/i.test(t)), `status bar: ${items.join(' | ')}`);
    assert.equal(await wb.page.locator('.activitybar .action-item[aria-label*="Report Lens"], .activitybar .action-label[aria-label*="Report Lens"]').count(), 0);
    await wb.command('Problems: Focus on Problems View');
    const panel = wb.page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    await wb.page.waitForTimeout(1_000);
    assert.equal(await panel.locator('.monaco-list-row').count(), 0, await panel.innerText());
    await wb.screenshot('nothing-shown');
  });
});
