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

  it('makes links only of web addresses and relative paths, and keeps them from breaking out', () => {
    assert.equal(sourceLink('https://www.xaydungdang.org.vn/a(b)'), '[xaydungdang.org.vn](https://www.xaydungdang.org.vn/a%28b%29)');
    assert.equal(sourceLink('seeds/003.txt'), '[seeds/003.txt](seeds/003.txt)');
    assert.equal(sourceLink('command:workbench.action.quit'), 'command:workbench.action.quit');
    assert.equal(escapeMarkdown('a*b_c`d'), 'a\\*b\\_c\\`d');
  });
});
