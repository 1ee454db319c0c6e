'use strict';
// A code repository opened in a real VS Code with Report Lens installed: a
// licence, an English README and some code. None of it is Vietnamese prose,
// so Report Lens must show nothing: no status bar item, no activity bar
// entry, no problems.

const assert = require('node:assert/strict');
const { workbenchOnFiles } = require('./workbench');

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
  const workbench = workbenchOnFiles(
    { 'LICENSE.txt': LICENCE, 'README.md': README, 'src/index.js': 'module.exports = function render() {\n  return "the the";\n};\n' },
    'repository',
  );

  it('shows nothing for a licence, an English README and code, even with them open', async () => {
    const wb = workbench();
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
