import * as assert from 'node:assert/strict';
import { memoryFiles, offsetOf, parseFixture, seedFiles, serviceFor, uriOf } from '../../../support/fixture';
import { createReportLensService, type ReportLensService } from '../../../../server/src/core/service';
import type { Language } from '../../../../server/src/core/messages/catalogue';

/** The knowledge-base lines of the hovers, exactly and in order. */

async function hoverLines(fixture: string, language?: Language): Promise<string[]> {
  const parsed = parseFixture(fixture);
  assert.ok(parsed.cursor, 'fixture needs a $0 cursor');
  const service = await serviceFor(parsed, language);
  const result = service.hover(parsed.cursor.uri, parsed.cursor.offset);
  assert.ok(result, 'expected a hover');
  return result.markdown.split('\n');
}

function includesInOrder(lines: readonly string[], expected: readonly string[]): void {
  let from = 0;
  for (const line of expected) {
    const at = lines.indexOf(line, from);
    assert.ok(at !== -1, `missing line ${JSON.stringify(line)} in:\n${lines.join('\n')}`);
    from = at + 1;
  }
}

let seeds: ReportLensService;
const files = seedFiles();

async function seedHover(file: string, needle: string): Promise<string[]> {
  seeds ??= createReportLensService({ files: memoryFiles(files) });
  if ([...seeds.articles()].length === 0) await seeds.indexWorkspace();
  const uri = uriOf(file);
  const result = seeds.hover(uri, offsetOf(files.get(uri)!, needle) + 2);
  assert.ok(result, `no hover on ${needle}`);
  return result.markdown.split('\n');
}

describe('core/features/hoverKnowledge', () => {
  it('a seed official shows the known posts with dates and a source link each, after the folder timeline', async () => {
    includesInOrder(await seedHover('002_d5d8ab22265d025f.txt', 'Trương Thị Mai'), [
      '**Trương Thị Mai** — official',
      'Titles in the articles:',
      'Known posts:',
      '- Trưởng Ban Dân vận Trung ương: unknown – 2021-04-08 · [en.vietnamplus.vn](https://en.vietnamplus.vn/party-leader-presents-decisions-appointing-heads-of-party-central-committees-commissions/199842.vnp)',
      '- Trưởng Ban Tổ chức Trung ương: 2021-04-08 – 2024-05-16 · [en.vietnamplus.vn](https://en.vietnamplus.vn/party-leader-presents-decisions-appointing-heads-of-party-central-committees-commissions/199842.vnp)',
      '- Thường trực Ban Bí thư: 2023-03-06 – 2024-05-16 · [baonghean.vn](https://baonghean.vn/dong-chi-truong-thi-mai-duoc-phan-cong-giu-chuc-thuong-truc-ban-bi-thu-khoa-xiii-10251243.html)',
      '- Ủy viên Bộ Chính trị (khóa XIII): start of khóa XIII – 2024-05-16 · [nongnghiep.vn](https://nongnghiep.vn/ba-truong-thi-mai-lam-thuong-truc-ban-bi-thu-khoa-xiii-d345332.html)',
    ]);
  });

  it('every official of the seeds known to the knowledge base has sourced posts in the hover', async () => {
    const cases: [string, string][] = [
      ['000_a0bfb8074f4957ff.txt', 'Mai Văn Chính'],
      ['001_39ce9bc540b8e1cf.txt', 'Hoàng Đăng Quang'],
      ['003_c3f5d0e4081dce2b.txt', 'Phạm Minh Chính'],
      ['003_c3f5d0e4081dce2b.txt', 'Nguyễn Thanh Bình'],
      ['004_e67d3c4373461e83.txt', 'Đinh Thế Huynh'],
    ];
    for (const [file, name] of cases) {
      const lines = await seedHover(file, name);
      const posts = lines.slice(lines.indexOf('Known posts:') + 1).filter((l) => l.startsWith('- '));
      assert.ok(lines.includes('Known posts:') && posts.length > 0, `${name}:\n${lines.join('\n')}`);
      assert.ok(posts.every((l) => / · \[[^\]]+\]\(https?:\/\/[^)]+\)$/.test(l)), `${name}:\n${posts.join('\n')}`);
    }
  });

  it('tells namesakes apart by title and date, and says how', async () => {
    includesInOrder(await seedHover('003_c3f5d0e4081dce2b.txt', 'Nguyễn Thanh Bình'), [
      'Resolved: Of 3 people named Nguyễn Thanh Bình, only nguyen-thanh-binh-btctw-standing may have held Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương on 2021-01-04.',
      'Known posts:',
    ]);
  });

  it('says when the evidence does not decide between namesakes', async () => {
    const lines = await hoverLines('Thứ Năm, 23-06-2022, 18:22\nĐồng chí Nguyễn Thanh B$0ình phát biểu.\n');
    includesInOrder(lines, [
      'Ambiguous: 3 people named Nguyễn Thanh Bình are in the knowledge base, and no title known to it tells them apart on 2022-06-23.',
    ]);
    assert.ok(!lines.includes('Known posts:'));
  });

  it('in Vietnamese, says in Vietnamese why namesakes cannot be told apart, names and dates as written', async () => {
    includesInOrder(await hoverLines('Thứ Năm, 23-06-2022, 18:22\nĐồng chí Nguyễn Thanh B$0ình phát biểu.\n', 'vi'), [
      'Chưa xác định được: Cơ sở tri thức có 3 người tên Nguyễn Thanh Bình, và không chức danh nào đã biết phân biệt được họ vào ngày 2022-06-23.',
    ]);
  });

  it('a title used alone says who held it on the article’s date, with the source', async () => {
    includesInOrder(await hoverLines('Thứ Năm, 23-06-2022, 18:22\nTrưởng Ban Tổ chức Trung $0ương cho biết kết quả.\n'), [
      '**Trưởng Ban Tổ chức Trung ương** — title',
      'Knowledge base, on 2022-06-23: Trương Thị Mai (2021-04-08 – 2024-05-16) · [en.vietnamplus.vn](https://en.vietnamplus.vn/party-leader-presents-decisions-appointing-heads-of-party-central-committees-commissions/199842.vnp)',
    ]);
  });

  it('an award edition gives the year it covers and when it was awarded, with the source', async () => {
    const lines = await seedHover('003_c3f5d0e4081dce2b.txt', 'Búa liềm vàng lần thứ VI');
    includesInOrder(lines, [
      'Knowledge base: edition VI covers 2021, awarded 2022-01-21 · [kinhtevadoisong.vn](https://kinhtevadoisong.vn/tag/hoi-nha-bao-viet-nam.html)',
    ]);
  });

  it('a document says which of two same-numbered documents it is, and why', async () => {
    includesInOrder(await hoverLines('Thứ Năm, 23-06-2022, 18:22\nTheo Hướng dẫn số 26-HD/$0BTCTW của Ban Tổ chức Trung ương.\n'), [
      '**Hướng dẫn số 26-HD/BTCTW** — document',
      'Knowledge base: Hướng dẫn 26-HD/BTCTW, issued by Ban Tổ chức Trung ương, dated 2019-10-18, khóa XII · [moj.gov.vn](https://moj.gov.vn/ddt/tintuc/Pages/van-ban-tai-lieu-cap-tren.aspx?Page=12)',
      'Resolved: On 2022-06-23 (khóa XIII) the latest 26-HD/BTCTW was the one of khóa XII issued 2019-10-18. Not the same as Hướng dẫn 26-HD/BTCTW, issued by Ban Tổ chức Trung ương, dated 2023-11-30, khóa XIII.',
      'Cited in: `a.txt`',
    ]);
  });

  it('in Vietnamese, a document says in Vietnamese why it is the older of two same-numbered documents', async () => {
    includesInOrder(await hoverLines('Thứ Năm, 23-06-2022, 18:22\nTheo Hướng dẫn số 26-HD/$0BTCTW của Ban Tổ chức Trung ương.\n', 'vi'), [
      'Cách xác định: Ngày 2022-06-23 (khóa XIII), văn bản 26-HD/BTCTW mới nhất là văn bản khóa XII ban hành ngày 2019-10-18. Không phải Hướng dẫn 26-HD/BTCTW, do Ban Tổ chức Trung ương ban hành, ngày 2023-11-30, khóa XIII.',
    ]);
  });

  it('in Vietnamese, the known posts say an unknown start, a term’s start and the present in Vietnamese, facts as written', async () => {
    const service = createReportLensService({ files: memoryFiles(files), language: 'vi' });
    await service.indexWorkspace();
    const uri = uriOf('002_d5d8ab22265d025f.txt');
    const lines = service.hover(uri, offsetOf(files.get(uri)!, 'Trương Thị Mai') + 2)?.markdown.split('\n') ?? [];
    includesInOrder(lines, [
      'Các chức vụ đã biết:',
      '- Trưởng Ban Dân vận Trung ương: không rõ – 2021-04-08 · [en.vietnamplus.vn](https://en.vietnamplus.vn/party-leader-presents-decisions-appointing-heads-of-party-central-committees-commissions/199842.vnp)',
      '- Ủy viên Bộ Chính trị (khóa XIII): đầu khóa XIII – 2024-05-16 · [nongnghiep.vn](https://nongnghiep.vn/ba-truong-thi-mai-lam-thuong-truc-ban-bi-thu-khoa-xiii-d345332.html)',
    ]);
    const posts = service.timeline(service.article(uri)!.mentions.find((m) => m.text === 'Trương Thị Mai')!.key)?.posts ?? [];
    // The timeline panel shows the same words for the same dates.
    const starts = posts.map((p) => p.start.text);
    assert.ok(starts.includes('đầu khóa XIII') && starts.includes('không rõ'), starts.join(', '));
    assert.deepEqual(starts.filter((t) => /start|end|unknown/.test(t)), []);
  });

  it('matches the posts a history tells under a year by their titles alone, not on the article’s date', async () => {
    const history = 'Thứ Hai, 09-01-2012, 08:00\nNăm 2005, Hội nghị Trung ương họp. Ông Tô Huy Rứa - Trưởng Ban Tuyên giáo Trung ương phát biểu.\n';
    const today = 'Thứ Hai, 09-01-2012, 08:00\nÔng Tô Huy Rứa, Trưởng Ban Tuyên giáo Trung ương, dự họp.\n';
    const service = await serviceFor(parseFixture(`//- history.txt\n${history}//- today.txt\n${today}`));
    const hover = (name: string, text: string) => service.hover(uriOf(name), offsetOf(text, 'Tô Huy Rứa') + 2)?.markdown.split('\n') ?? [];
    const notRecorded = 'Not recorded in the knowledge base on 2012-01-09: Trưởng Ban Tuyên giáo Trung ương';
    assert.ok(hover('today.txt', today).includes(notRecorded), hover('today.txt', today).join('\n'));
    // The history's hover still gives the person's known posts; it only does not date the article's posts by the article.
    assert.ok(hover('history.txt', history).includes('Known posts:'), hover('history.txt', history).join('\n'));
    assert.ok(!hover('history.txt', history).includes(notRecorded), hover('history.txt', history).join('\n'));
  });
});
