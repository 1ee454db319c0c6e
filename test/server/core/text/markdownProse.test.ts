import * as assert from 'node:assert/strict';
import { isMarkdown, maskMarkdown } from '../../../../server/src/core/text/markdownProse';

/** The masked text with its blanks trimmed line by line, to read what the recognisers see. */
function visible(text: string): string[] {
  const { text: masked } = maskMarkdown(text);
  assert.equal(masked.length, text.length);
  return masked.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
}

describe('core/text/markdownProse', () => {
  it('keeps the prose of headings, lists, quotes, tables and emphasis at their offsets', () => {
    const text = '# Báo cáo công tác\n\n- **Đồng chí** _Nguyễn Văn A_ dự.\n1. Mục *một*\n> Trích dẫn\n\n| Họ tên | Chức vụ |\n|---|:-:|\n| Lê B | Bí thư |\n';
    assert.deepEqual(visible(text), ['Báo cáo công tác', '', 'Đồng chí Nguyễn Văn A dự.', 'Mục một', 'Trích dẫn', '', 'Họ tên Chức vụ', '', 'Lê B Bí thư', '']);
    const { text: masked } = maskMarkdown(text);
    assert.equal(masked.indexOf('Nguyễn Văn A'), text.indexOf('Nguyễn Văn A'));
  });

  it('blanks front matter, fenced and indented code, inline code, HTML, link destinations and bare URLs', () => {
    const text = [
      '---',
      'title: Báo cáo',
      '---',
      'Xem [Chỉ thị số 35](https://example.vn/ct35 "nguồn") và ![ảnh](a.png) tại https://example.vn/x hoặc <https://a.vn>.',
      'Lệnh `npm run build` rồi <b>đậm</b>.',
      '',
      '```ts',
      'const tác = "tác tác";',
      '```',
      '',
      '    mã thụt lề',
      '',
      '<div>',
      'khối HTML',
      '</div>',
      '',
      '[ref]: https://example.vn/ref',
      'Hết.',
    ].join('\n');
    assert.deepEqual(visible(text), [
      '',
      '',
      '',
      'Xem Chỉ thị số 35 và ảnh tại hoặc .',
      'Lệnh rồi đậm .',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'Hết.',
    ]);
  });

  it('keeps a list item continued by an indented line, snake_case and a lone asterisk', () => {
    const text = '- Mục một\n\n    tiếp tục mục một\n\nbiến tên_biến và 2 * 3\n';
    assert.deepEqual(visible(text), ['Mục một', '', 'tiếp tục mục một', '', 'biến tên_biến và 2 * 3', '']);
  });

  it('reports the blanked regions sorted, with line breaks kept (CRLF too)', () => {
    const text = '`a`\r\nchữ **đậm**\r\n';
    const { text: masked, masked: regions } = maskMarkdown(text);
    assert.equal(masked, '   \r\nchữ   đậm  \r\n');
    assert.deepEqual(regions, [
      { start: 0, end: 3 },
      { start: 9, end: 11 },
      { start: 14, end: 16 },
    ]);
  });

  it('knows Markdown files by their extension', () => {
    assert.equal(isMarkdown('file:///a/B%C3%A1o-c%C3%A1o.MD'), true);
    assert.equal(isMarkdown('file:///a/notes.markdown?x=1'), true);
    assert.equal(isMarkdown('file:///a/md.txt'), false);
  });
});
