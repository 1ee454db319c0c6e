import * as assert from 'node:assert/strict';
import { createReportLensService } from '../../../../server/src/core/service';
import { WORKSPACE_KNOWLEDGE_PATH } from '../../../../server/src/core/knowledge/workspaceKnowledge';
import { memoryFiles, offsetOf, uriOf } from '../../../support/fixture';
import { escapeMarkdown, sourceLink } from '../../../../server/src/core/text/markdown';

/**
 * Hover markdown never loads remote content from workspace values (issue 10):
 * a knowledge file is anyone's text, so its values are escaped and only
 * web addresses and relative paths become (click-only) links.
 */
describe('core/features/hover with a hostile knowledge file', () => {
  it('escapes every value, so an image or link written into the file is shown as text', async () => {
    const article = 'Ngày 4/1/2021, đồng chí Nguyễn Văn Bốn dự họp.\n';
    const files = new Map([[uriOf('a.txt'), article]]);
    const service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
    const knowledge = [
      'people:',
      '  - id: nguyen-van-bon',
      '    name: Nguyễn Văn Bốn',
      '    posts:',
      '      - title: "Giám đốc ![x](https://evil.example/pixel.png) <img src=https://evil.example/i.png>"',
      '        start: 2020-10',
      '        sources: ["javascript:alert(1)"]',
      '',
    ].join('\n');
    assert.deepEqual(service.setKnowledgeFile(uriOf(WORKSPACE_KNOWLEDGE_PATH), knowledge), []);
    const markdown = service.hover(uriOf('a.txt'), offsetOf(article, 'Nguyễn Văn Bốn') + 2)?.markdown ?? '';
    const post = markdown.split('\n').find((l) => l.includes('Giám đốc'));
    assert.equal(post, '- Giám đốc \\!\\[x\\](https://evil.example/pixel.png) \\<img src=https://evil.example/i.png\\>: 2020-10 – present · javascript:alert(1)');
    assert.doesNotMatch(markdown, /(^|[^\\])!\[/);
    assert.doesNotMatch(markdown, /(^|[^\\])<img/);
  });

  it('escapes values quoted from an article and file names, so a hostile article loads nothing in a hover', async () => {
    const hostile = '![x](https://evil.example/s.png) <img src=https://evil.example/h.png> [y](command:workbench.action.quit)';
    const article = [
      `Hà Nội, ngày 4/1/2021 – Bộ Chính trị ban hành Nghị quyết số 99-NQ/TW về “${hostile}”.`,
      'Đồng chí Nguyễn Văn Bốn, Bí thư Tỉnh ủy, dự họp.',
      '',
    ].join('\n');
    // A file name may hold a backtick, which would end a code span and let the rest be read as markdown.
    const name = 'tin`![z](img.png)`.txt';
    const files = new Map([[uriOf(name), article]]);
    const service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
    const hoverAt = (needle: string) => service.hover(uriOf(name), offsetOf(article, needle) + 2)?.markdown ?? '';
    const documentHover = hoverAt('Nghị quyết số 99');
    assert.ok(
      documentHover.split('\n').includes(
        '- Subject: \\!\\[x\\](https://evil.example/s.png) \\<img src=https://evil.example/h.png\\> \\[y\\](command:workbench.action.quit)',
      ),
      documentHover,
    );
    assert.match(documentHover, /^Cited in: ``tin`!\[z\]\(img\.png\)`\.txt``$/m);
    const person = hoverAt('Nguyễn Văn Bốn');
    assert.match(person, /^- undated · ``tin`!\[z\]\(img\.png\)`\.txt``: Bí thư Tỉnh ủy$/m);
    for (const markdown of [documentHover, person, hoverAt('Bí thư Tỉnh ủy'), hoverAt('4/1/2021')]) {
      // Outside code spans (where nothing is rendered), no image, HTML tag or link is left.
      const rendered = markdown.replace(/(`+)[^`]*(?:`(?!\1)[^`]*)*\1/g, '');
      assert.doesNotMatch(rendered, /(^|[^\\])(!\[|<[a-z]|\[[^\]]*\]\()/im, markdown);
    }
  });

  it('makes links only of web addresses and relative paths, and keeps them from breaking out', () => {
    assert.equal(sourceLink('https://www.xaydungdang.org.vn/a(b)'), '[xaydungdang.org.vn](https://www.xaydungdang.org.vn/a%28b%29)');
    assert.equal(sourceLink('seeds/003.txt'), '[seeds/003.txt](seeds/003.txt)');
    assert.equal(sourceLink('command:workbench.action.quit'), 'command:workbench.action.quit');
    assert.equal(escapeMarkdown('a*b_c`d'), 'a\\*b\\_c\\`d');
  });
});
