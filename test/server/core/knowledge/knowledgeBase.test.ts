import * as assert from 'node:assert/strict';
import bundledJson from '../../../../data/knowledge-base.json';
import { fromIso } from '../../../../server/src/core/calendar';
import { createKnowledgeBase, type Holding, type KnowledgeBase, type PersonResolution } from '../../../../server/src/core/knowledge/knowledgeBase';
import { readKnowledgeData } from '../../../../server/src/core/knowledge/knowledgeData';
import type { ResolutionReason } from '../../../../server/src/core/knowledge/reasons';
import { explain } from '../../../../server/src/core/messages/sentences';
import { LANGUAGES } from '../../../../server/src/core/messages/catalogue';

/**
 * The bundled knowledge base, queried as the hover and the title-conflict
 * rule will query it. Each case is a query and its exact answer, shown in a
 * compact form so a failure reads like a fact sheet.
 */
interface QueryCase {
  readonly name: string;
  readonly query: (kb: KnowledgeBase) => unknown;
  readonly expected: unknown;
}

const kb = createKnowledgeBase();

function check(c: QueryCase): void {
  assert.deepEqual(c.query(kb), c.expected);
}

const TRUONG_BAN = 'Trưởng Ban Tổ chức Trung ương';
const PHO_BAN = 'Phó Trưởng Ban Tổ chức Trung ương';
const PHO_BAN_THUONG_TRUC = 'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương';
const THUONG_TRUC_BBT = 'Thường trực Ban Bí thư';

/** "person certainty first-source" for each holding. */
function holders(holdings: readonly Holding[]): string[] {
  return holdings.map((h) => `${h.person.id} ${h.certainty} ${h.sources[0]}`);
}

function ids(holdings: readonly Holding[]): string[] {
  return holdings.map((h) => `${h.person.id} ${h.certainty}`);
}

function titles(holdings: readonly Holding[]): string[] {
  return holdings.map((h) => `${h.post.title}${h.post.term ? ` (khóa ${h.post.term})` : ''} ${h.certainty}`);
}

/** A resolution's reason as the English hover says it. */
const said = (reason: ResolutionReason) => explain(LANGUAGES.en.knowledge.reasons, reason);

function resolution(r: PersonResolution): unknown {
  return { person: r.person?.id, candidates: r.candidates.map((p) => p.id), ambiguous: r.ambiguous, reason: said(r.reason), unsupported: r.unsupportedTitles };
}

const CASES: readonly QueryCase[] = [
  {
    name: 'the bundled data reads without a single issue',
    query: () => readKnowledgeData(bundledJson, 'bundled').issues,
    expected: [],
  },
  {
    name: 'Trương Thị Mai is Trưởng Ban Tổ chức Trung ương on 2022-01-12, with her source',
    query: (k) => holders(k.holdersAt(TRUONG_BAN, fromIso('2022-01-12'))),
    expected: ['truong-thi-mai certain https://en.vietnamplus.vn/party-leader-presents-decisions-appointing-heads-of-party-central-committees-commissions/199842.vnp'],
  },
  {
    name: 'Phạm Minh Chính is Trưởng Ban Tổ chức Trung ương on 2020-12-30',
    query: (k) => holders(k.holdersAt(TRUONG_BAN, fromIso('2020-12-30'))),
    expected: ['pham-minh-chinh certain https://baolamdong.vn/chinhtri/201602/bo-chinh-tri-phan-cong-nhiem-vu-19-thanh-vien-2666233'],
  },
  {
    name: 'nobody but Trương Thị Mai heads the commission on any day of 2022',
    query: (k) => {
      const seen = new Set<string>();
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 15, 28]) for (const h of k.holdersAt(TRUONG_BAN, { year: 2022, month, day })) seen.add(`${h.person.id} ${h.certainty}`);
      }
      return [...seen];
    },
    expected: ['truong-thi-mai certain'],
  },
  {
    name: 'calling Phạm Minh Chính Trưởng Ban Tổ chức Trung ương in a 2022 article contradicts the knowledge base',
    query: (k) => resolution(k.resolvePerson('Phạm Minh Chính', [TRUONG_BAN], fromIso('2022-06-23'))),
    expected: {
      person: 'pham-minh-chinh',
      candidates: ['pham-minh-chinh'],
      ambiguous: false,
      reason: 'Phạm Minh Chính is not known to have held Trưởng Ban Tổ chức Trung ương on 2022-06-23.',
      unsupported: [TRUONG_BAN],
    },
  },
  {
    name: 'Phạm Minh Chính’s posts in 2022: Politburo and Central Committee khóa XIII; Thủ tướng with no known end',
    query: (k) => titles(k.postsAt('pham-minh-chinh', fromIso('2022-06-23'))),
    expected: ['Thủ tướng Chính phủ possible', 'Ủy viên Bộ Chính trị (khóa 13) certain', 'Ủy viên Trung ương Đảng (khóa 13) certain'],
  },
  {
    name: 'a month-precise hand-over (02/2016) leaves both heads possible in that month',
    query: (k) => ids(k.holdersAt(TRUONG_BAN, fromIso('2016-02-10'))),
    expected: ['to-huy-rua possible', 'pham-minh-chinh possible'],
  },
  {
    name: 'Trưởng Ban is held by Trương Thị Mai and Lê Minh Hưng on the hand-over day 2024-05-16',
    query: (k) => ids(k.holdersAt(TRUONG_BAN, fromIso('2024-05-16'))),
    expected: ['truong-thi-mai certain', 'le-minh-hung certain'],
  },
  {
    name: 'Lê Minh Hưng is certainly head until his last attestation (2026-03-03), possibly after',
    query: (k) => [ids(k.holdersAt(TRUONG_BAN, fromIso('2026-03-03'))), ids(k.holdersAt(TRUONG_BAN, fromIso('2026-06-01')))],
    expected: [['le-minh-hung certain'], ['le-minh-hung possible']],
  },
  {
    name: 'Mai Văn Chính is a deputy head up to the day he moves (2024-08-21) and not after',
    query: (k) => [titles(k.postsAt('mai-van-chinh', fromIso('2024-08-21'))), titles(k.postsAt('mai-van-chinh', fromIso('2024-08-22')))],
    expected: [
      [`${PHO_BAN} certain`, `${PHO_BAN_THUONG_TRUC} certain`, 'Trưởng Ban Dân vận Trung ương certain', 'Phó Thủ tướng Chính phủ possible'],
      ['Trưởng Ban Dân vận Trung ương possible', 'Phó Thủ tướng Chính phủ possible'],
    ],
  },
  {
    name: 'the deputy heads on 2024-08-22 do not include Mai Văn Chính',
    query: (k) => ids(k.holdersAt(PHO_BAN, fromIso('2024-08-22'))),
    expected: ['nguyen-thanh-binh-btctw-standing possible', 'hoang-dang-quang certain', 'nguyen-quang-duong certain', 'nguyen-thanh-tam possible', 'nguyen-huu-dong possible', 'bui-thi-quynh-van possible'],
  },
  {
    name: 'a certain holder of a single post rules out the merely possible ones (standing deputy, 2025-09-01)',
    query: (k) => ids(k.holdersAt(PHO_BAN_THUONG_TRUC, fromIso('2025-09-01'))),
    expected: ['hoang-dang-quang certain'],
  },
  {
    name: 'three Nguyễn Thanh Bình are three people',
    query: (k) => k.peopleNamed('nguyễn  thanh bình').map((p) => `${p.id} ${p.birthYear ?? '?'}`),
    expected: ['nguyen-thanh-binh-btctw-standing ?', 'nguyen-thanh-binh-1975 1975', 'nguyen-thanh-binh-ninh-binh ?'],
  },
  {
    name: 'Nguyễn Thanh Bình, Phó Trưởng ban Thường trực, in a 2021 article is the older standing deputy',
    query: (k) => resolution(k.resolvePerson('Nguyễn Thanh Bình', [PHO_BAN_THUONG_TRUC], fromIso('2021-01-28'))),
    expected: {
      person: 'nguyen-thanh-binh-btctw-standing',
      candidates: ['nguyen-thanh-binh-btctw-standing'],
      ambiguous: false,
      reason: 'Of 3 people named Nguyễn Thanh Bình, only nguyen-thanh-binh-btctw-standing held Phó Trưởng ban Thường trực Ban Tổ chức Trung ương on 2021-01-28.',
      unsupported: [],
    },
  },
  {
    name: 'Nguyễn Thanh Bình with no title in a 2026 article is ambiguous',
    query: (k) => resolution(k.resolvePerson('Nguyễn Thanh Bình', [], fromIso('2026-03-10'))),
    expected: {
      person: undefined,
      candidates: ['nguyen-thanh-binh-btctw-standing', 'nguyen-thanh-binh-1975', 'nguyen-thanh-binh-ninh-binh'],
      ambiguous: true,
      reason: '3 people named Nguyễn Thanh Bình are in the knowledge base, and no title known to it tells them apart on 2026-03-10.',
      unsupported: [],
    },
  },
  {
    name: 'Nguyễn Thanh Bình, Phó Trưởng Ban Tổ chức Trung ương, in late 2025 is the deputy born 1975',
    query: (k) => resolution(k.resolvePerson('Nguyễn Thanh Bình', [PHO_BAN], fromIso('2025-09-01'))),
    expected: {
      person: 'nguyen-thanh-binh-1975',
      candidates: ['nguyen-thanh-binh-1975'],
      ambiguous: false,
      reason: 'Of 3 people named Nguyễn Thanh Bình, only nguyen-thanh-binh-1975 certainly held Phó Trưởng Ban Tổ chức Trung ương on 2025-09-01; another only possibly did.',
      unsupported: [],
    },
  },
  {
    name: 'Nguyễn Thanh Bình, Phó Bí thư Tỉnh ủy Ninh Bình, in 2026 is the provincial leader',
    query: (k) => resolution(k.resolvePerson('Nguyễn Thanh Bình', ['Phó Bí thư Tỉnh ủy Ninh Bình'], fromIso('2026-04-01'))),
    expected: {
      person: 'nguyen-thanh-binh-ninh-binh',
      candidates: ['nguyen-thanh-binh-ninh-binh'],
      ambiguous: false,
      reason: 'Of 3 people named Nguyễn Thanh Bình, only nguyen-thanh-binh-ninh-binh held Phó Bí thư Tỉnh ủy Ninh Bình on 2026-04-01.',
      unsupported: [],
    },
  },
  {
    name: 'a name the knowledge base does not know resolves to nobody',
    query: (k) => resolution(k.resolvePerson('Ngọc Diệp', [TRUONG_BAN], fromIso('2022-01-12'))),
    expected: { person: undefined, candidates: [], ambiguous: false, reason: 'No one named Ngọc Diệp is in the knowledge base.', unsupported: [] },
  },
  {
    name: 'Thường trực Ban Bí thư: Đinh Thế Huynh until 2018-03-02, then Trần Quốc Vượng',
    query: (k) => [ids(k.holdersAt(THUONG_TRUC_BBT, fromIso('2018-03-01'))), ids(k.holdersAt(THUONG_TRUC_BBT, fromIso('2018-03-03')))],
    expected: [['dinh-the-huynh certain'], ['tran-quoc-vuong certain']],
  },
  {
    name: 'Thường trực Ban Bí thư on 2024-10-30 is Trần Cẩm Tú (the 08/2024 date of one source is wrong)',
    query: (k) => [ids(k.holdersAt(THUONG_TRUC_BBT, fromIso('2024-08-15'))), ids(k.holdersAt(THUONG_TRUC_BBT, fromIso('2024-10-30')))],
    expected: [['luong-cuong certain'], ['tran-cam-tu certain']],
  },
  {
    name: 'two documents carry the code 35-CT/TW, and two 26-HD/BTCTW',
    query: (k) => [k.documentsByCode('CT', '35', 'TW').map((d) => `${d.id} ${d.date?.text} khóa ${d.term}`), k.documentsByCode('HD', '026', 'btctw').map((d) => d.id)],
    expected: [['ct-35-tw-2019 2019-05-30 khóa 12', 'ct-35-tw-2024 2024-06-14 khóa 13'], ['hd-26-btctw-2019', 'hd-26-btctw-2023']],
  },
  {
    name: 'Chỉ thị 35-CT/TW resolved by date: the citation’s own date, or the newest issued by the article’s date',
    query: (k) => ['2019-05-30', '2021-03-01', '2024-06-14', '2025-01-10'].map((d) => k.resolveDocument('CT', '35', 'TW', fromIso(d)).document?.id),
    expected: ['ct-35-tw-2019', 'ct-35-tw-2019', 'ct-35-tw-2024', 'ct-35-tw-2024'],
  },
  {
    name: 'Chỉ thị 35-CT/TW resolved by term',
    query: (k) => [12, 13, 14].map((term) => {
      const r = k.resolveDocument('CT', '35', 'TW', { term });
      return `${r.document?.id} ${said(r.reason)}`;
    }),
    expected: [
      'ct-35-tw-2019 The 35-CT/TW of khóa XII.',
      'ct-35-tw-2024 The 35-CT/TW of khóa XIII.',
      'undefined No 35-CT/TW of khóa XIV is in the knowledge base.',
    ],
  },
  {
    name: 'a date before the first Chỉ thị 35 resolves to none, and no date at all is ambiguous',
    query: (k) => [k.resolveDocument('CT', '35', 'TW', fromIso('2019-01-01')), k.resolveDocument('CT', '35', 'TW')].map((r) => ({ id: r.document?.id, ambiguous: r.ambiguous, reason: said(r.reason) })),
    expected: [
      { id: undefined, ambiguous: false, reason: 'No 35-CT/TW had been issued by 2019-01-01.' },
      { id: undefined, ambiguous: true, reason: '2 documents are numbered 35-CT/TW; a date or term tells them apart.' },
    ],
  },
  {
    name: 'a citation in 2021 of 35-CT/TW explains that it can only be the 2019 directive',
    query: (k) => said(k.resolveDocument('CT', '35', 'TW', fromIso('2021-03-01')).reason),
    expected: 'On 2021-03-01 (khóa XIII) the latest 35-CT/TW was the one of khóa XII issued 2019-05-30.',
  },
  {
    name: 'Hướng dẫn 26-HD/BTCTW resolved by the article’s date',
    query: (k) => ['2020-05-01', '2024-01-15'].map((d) => k.resolveDocument('HD', '26', 'BTCTW', fromIso(d)).document?.signedBy ?? 'unsigned'),
    expected: ['unsigned', 'Nguyễn Quang Dương'],
  },
  {
    name: 'Búa liềm vàng editions I–X: edition N covers the year 2015 + N',
    query: (k) => Array.from({ length: 10 }, (_, i) => {
      const a = k.award(i + 1);
      return `${a?.edition} ${a?.year} ${a?.awarded?.text} ${a?.awarded?.precision}`;
    }),
    expected: [
      '1 2016 2017-02-03 day',
      '2 2017 2018 year',
      '3 2018 2019-01-25 day',
      '4 2019 2020-01 month',
      '5 2020 2021 year',
      '6 2021 2022-01-21 day',
      '7 2022 2023 year',
      '8 2023 2024-02-01 day',
      '9 2024 2025-01-20 day',
      '10 2025 2026-02-03 day',
    ],
  },
  {
    name: 'an unknown start stays unknown rather than invented',
    query: (k) => {
      const post = k.personById('mai-van-chinh')?.posts.find((p) => p.title === PHO_BAN_THUONG_TRUC);
      return [post?.start, post?.end?.text, post?.attested.map((a) => a.date.text)];
    },
    expected: [{ text: 'unknown', precision: 'unknown' }, '2024-08-21', ['2024-06-03']],
  },
  {
    name: 'a membership by term runs from its congress’s close to the next one’s',
    query: (k) => {
      const post = k.personById('tran-cam-tu')?.posts.find((p) => p.title === 'Ủy viên Bộ Chính trị' && p.term === 13);
      return [post?.start.text, post?.start.earliest, post?.end?.text, post?.end?.latest];
    },
    expected: ['start of khóa XIII', { year: 2021, month: 2, day: 1 }, 'end of khóa XIII', { year: 2026, month: 1, day: 23 }],
  },
  {
    name: 'organisations are found by name or abbreviation',
    query: (k) => [k.organizationNamed('btctw')?.codeIssuers, k.organizationNamed('Văn phòng Trung ương')?.id, k.organizationNamed('Quốc hội')],
    expected: [['BTCTW'], 'van-phong-trung-uong', undefined],
  },
  {
    name: 'single posts are known, multi-holder posts are not single',
    query: (k) => [TRUONG_BAN, PHO_BAN_THUONG_TRUC, PHO_BAN, 'Ủy viên Bộ Chính trị'].map((t) => k.isSinglePost(t)),
    expected: [true, true, false, false],
  },
];

describe('core/knowledge/knowledgeBase', () => {
  for (const c of CASES) it(c.name, () => check(c));
});
