import * as assert from 'node:assert/strict';
import { lintFixture, show } from './lint';

/**
 * The knowledge-base checks of title-conflict and document-conflict: each
 * case is a fixture and the exact findings (span and message), so the test
 * pins both what is flagged and the fact quoted against it.
 */

async function findings(rule: string, fixture: string): Promise<string[]> {
  const { service, findings: all } = await lintFixture(fixture);
  return all.filter((f) => f.rule === rule).map((f) => `${show(f, service.article(f.uri)!.text)} ${f.message}`);
}

const VIETNAMPLUS = 'https://en.vietnamplus.vn/party-leader-presents-decisions-appointing-heads-of-party-central-committees-commissions/199842.vnp';

describe('core/rules/knowledgeChecks', () => {
  it('flags a single post the knowledge base gives someone else on the article’s date, naming the holder and the source', async () => {
    assert.deepEqual(
      await findings('title-conflict', 'Thứ Năm, 23-06-2022, 18:22\nĐồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương phát biểu.\n'),
      [
        `a.txt «Trưởng Ban Tổ chức Trung ương» Phạm Minh Chính is called Trưởng Ban Tổ chức Trung ương here, but on 2022-06-23 the knowledge base has Trương Thị Mai (2021-04-08 – 2024-05-16; ${VIETNAMPLUS}) in that post; Phạm Minh Chính held it 2016-02 – 2021-04-08.`,
      ],
    );
  });

  it('in Vietnamese, says who the knowledge base has in the post, when, and from which source', async () => {
    const { findings: all } = await lintFixture('Thứ Năm, 23-06-2022, 18:22\nĐồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương phát biểu.\n', {}, 'vi');
    assert.deepEqual(
      all.filter((f) => f.rule === 'title-conflict').map((f) => f.message),
      [
        `Ở đây Phạm Minh Chính được ghi là Trưởng Ban Tổ chức Trung ương, nhưng theo cơ sở tri thức, ngày 2022-06-23 người giữ chức vụ này là Trương Thị Mai (2021-04-08 – 2024-05-16; ${VIETNAMPLUS}); Phạm Minh Chính giữ chức vụ này trong thời gian 2016-02 – 2021-04-08.`,
      ],
    );
  });

  it('stays quiet when the person held the post that day, and when the dates are too vague to tell', async () => {
    assert.deepEqual(
      await findings(
        'title-conflict',
        '22:12\' 4/1/2021\nĐồng chí Phạm Minh Chính, Trưởng Ban Tổ chức Trung ương phát biểu. Đồng chí Nguyễn Thanh Bình, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương báo cáo.\n',
      ),
      [],
    );
  });

  it('takes a post the text says someone takes up as theirs from then, though the knowledge base starts the tenure weeks later', async () => {
    // Trương Thị Mai's tenure starts 2021-04-08 in the knowledge base; the news of her appointment comes out in March.
    const appointed = 'Thứ Hai, 22-03-2021, 18:22\nĐồng chí Trương Thị Mai được phân công giữ chức Trưởng Ban Tổ chức Trung ương.\n';
    assert.deepEqual(await findings('title-conflict', appointed), []);
    // Held, not taken up, a month before the tenure: still flagged.
    const held = 'Thứ Hai, 22-03-2021, 18:22\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương, phát biểu.\n';
    assert.equal((await findings('title-conflict', held)).length, 1);
  });

  it('reads a post in a paragraph that tells of an earlier year as held then, and a misspelt holder as the holder', async () => {
    assert.deepEqual(
      await findings(
        'title-conflict',
        'Thứ Năm, 23-06-2022, 18:22\nNăm 2017, tại hội nghị, đồng chí Phạm Minh Chính, Trưởng Ban Tổ chức Trung ương phát biểu.\n' +
          'Đồng chí Trương Thi Mai, Trưởng Ban Tổ chức Trung ương dự.\n',
      ),
      [],
    );
  });

  it('flags a citation dated against the knowledge base, resolving the number by its date', async () => {
    assert.deepEqual(
      await findings('document-conflict', 'Thứ Năm, 23-06-2022, 18:22\nTổng kết Chỉ thị số 35-CT/TW ngày 30-5-2020 của Bộ Chính trị.\n'),
      [
        'a.txt «Chỉ thị số 35-CT/TW» “Chỉ thị số 35-CT/TW” is dated 2020-05-30, but the knowledge base dates Chỉ thị 35-CT/TW 2019-05-30 (http://cuuchienbinh.vn/chi-thi-cua-bo-chinh-tri-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang/).',
      ],
    );
  });

  it('flags an issuer the knowledge base contradicts, for the right one of two same-numbered documents', async () => {
    assert.deepEqual(
      await findings('document-conflict', 'Thứ Hai, 23-06-2025, 18:22\nThực hiện Chỉ thị số 35-CT/TW của Ban Bí thư.\n'),
      [
        'a.txt «Chỉ thị số 35-CT/TW» “Chỉ thị số 35-CT/TW” names Ban Bí thư as its issuer, but the knowledge base has Chỉ thị 35-CT/TW issued by Bộ Chính trị (https://www.evn.com.vn/d/vi-VN/news/Bo-Chinh-tri-ban-hanh-Chi-thi-so-45-CTTW-ve-dai-hoi-dang-bo-cac-cap-tien-toi-Dai-hoi-dai-bieu-toan-quoc-lan-thu-XIV-cua-Dang-60-183-502456).',
      ],
    );
  });

  it('stays quiet on right citations: a month-precise date, and an issuer written with “Trung ương Đảng”', async () => {
    assert.deepEqual(
      await findings(
        'document-conflict',
        'Thứ Sáu, 29-03-2024, 08:00\nKế hoạch số 17-KH/TW ngày 7-7-2023 của Bộ Chính trị. Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư Trung ương Đảng. Hướng dẫn số 26-HD/BTCTW ngày 30-11-2023 của Ban Tổ chức Trung ương.\n',
      ),
      [],
    );
  });

  it('joins a folder conflict and a knowledge-base contradiction on one citation into one finding', async () => {
    const found = await findings(
      'document-conflict',
      '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nChỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.\n//- b.txt\nThứ Năm, 23-06-2022, 18:22\nChỉ thị số 35-CT/TW ngày 31-5-2019 của Bộ Chính trị.\n',
    );
    assert.equal(found.length, 2);
    assert.match(found[1], /^b\.txt «Chỉ thị số 35-CT\/TW» .* elsewhere in the folder\. .* the knowledge base dates Chỉ thị 35-CT\/TW 2019-05-30 /);
  });
});
