import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fromIso } from '../../../../server/src/core/calendar';
import { createKnowledgeBase, type KnowledgeBase } from '../../../../server/src/core/knowledge/knowledgeBase';
import { parseWorkspaceKnowledge, type WorkspaceKnowledge } from '../../../../server/src/core/knowledge/workspaceKnowledge';
import { createReportLensService } from '../../../../server/src/core/service';
import { memoryFiles } from '../../../support/fixture';

/**
 * The workspace knowledge file: each case is the YAML text, what to look at
 * in the parse result and the merged knowledge base, and the exact answer.
 * Problems are shown as `«text at the span» message`, so a test pins both
 * the position and the wording.
 */
interface OverlayCase {
  readonly name: string;
  readonly yaml: string;
  readonly probe: (parsed: WorkspaceKnowledge, kb: KnowledgeBase, yaml: string) => unknown;
  readonly expected: unknown;
}

function check(c: OverlayCase): void {
  let parsed: WorkspaceKnowledge | undefined;
  assert.doesNotThrow(() => {
    parsed = parseWorkspaceKnowledge(c.yaml);
  });
  assert.ok(parsed);
  assert.deepEqual(c.probe(parsed, createKnowledgeBase(undefined, parsed.data), c.yaml), c.expected);
}

function problems(parsed: WorkspaceKnowledge, yaml: string): string[] {
  return parsed.errors.map((e) => `«${yaml.slice(e.start, e.end)}» ${e.message}`);
}

const BUNDLED_PEOPLE = createKnowledgeBase().people.length;
const EXAMPLE = path.resolve(__dirname, '../../../../../docs/knowledge.example.yaml');

const CASES: readonly OverlayCase[] = [
  {
    name: 'adds a new official, who then holds a post and points at its definition',
    yaml: `people:
  - id: nguyen-van-a
    name: Nguyễn Văn A
    posts:
      - title: Trưởng Ban Tổ chức Tỉnh ủy Hà Tĩnh
        start: 2020-10
        sources: [https://example.org/a]
`,
    probe: (parsed, kb, yaml) => {
      const [person] = kb.peopleNamed('Nguyễn Văn A');
      return {
        errors: parsed.errors,
        id: person?.id,
        origin: person?.origin,
        definition: person?.definition && yaml.slice(person.definition.start, person.definition.end),
        holders: kb.holdersAt('Trưởng Ban Tổ chức Tỉnh ủy Hà Tĩnh', fromIso('2021-05-01')).map((h) => `${h.person.id} ${h.certainty} ${h.sources.join()}`),
        people: kb.people.length - BUNDLED_PEOPLE,
      };
    },
    expected: {
      errors: [],
      id: 'nguyen-van-a',
      origin: 'workspace',
      definition: 'Nguyễn Văn A',
      holders: ['nguyen-van-a certain https://example.org/a'],
      people: 1,
    },
  },
  {
    name: 'an entry with a bundled id replaces the bundled entry',
    yaml: `people:
  - id: nguyen-thanh-binh-btctw-standing
    name: Nguyễn Thanh Bình
    posts:
      - title: Phó Trưởng ban Thường trực Ban Tổ chức Trung ương
        start: 2016-02
        end: 2021-04
        confidence: high
`,
    probe: (parsed, kb) => {
      const person = kb.personById('nguyen-thanh-binh-btctw-standing');
      return {
        errors: parsed.errors,
        origin: person?.origin,
        posts: person?.posts.map((p) => `${p.title} ${p.start.text}–${p.end?.text}`),
        people: kb.people.length - BUNDLED_PEOPLE,
        holders: kb.holdersAt('Phó Trưởng ban Thường trực Ban Tổ chức Trung ương', fromIso('2019-06-01')).map((h) => `${h.person.id} ${h.certainty}`),
      };
    },
    expected: {
      errors: [],
      origin: 'workspace',
      posts: ['Phó Trưởng ban Thường trực Ban Tổ chức Trung ương 2016-02–2021-04'],
      people: 0,
      holders: ['nguyen-thanh-binh-btctw-standing certain'],
    },
  },
  {
    name: 'aliases are added to a bundled person, and one for an unknown id is reported at its place',
    yaml: `aliases:
  truong-thi-mai: [Trương T. Mai, Trương Thị Mai]
  nobody-here: [X]
`,
    probe: (parsed, kb, yaml) => ({
      errors: parsed.errors,
      found: kb.peopleNamed('trương t. mai').map((p) => p.id),
      aliases: kb.personById('truong-thi-mai')?.aliases,
      issues: kb.issues.map((e) => `«${yaml.slice(e.start, e.end)}» ${e.message}`),
    }),
    expected: {
      errors: [],
      found: ['truong-thi-mai'],
      aliases: ['Trương T. Mai'],
      issues: ['«[X]» No person has the id "nobody-here", so its aliases are not used.'],
    },
  },
  {
    name: 'a document sharing a bundled code is one more candidate, told apart by its date',
    yaml: `documents:
  - id: ct-35-tw-2030
    type: Chỉ thị
    code: 35-CT/TW
    issuer: Bộ Chính trị
    date: 2029-05
`,
    probe: (parsed, kb, yaml) => {
      const document = kb.resolveDocument('CT', '35', 'TW', fromIso('2029-06-01')).document;
      return {
        errors: parsed.errors,
        codes: kb.documentsByCode('CT', '35', 'TW').map((d) => `${d.id} khóa ${d.term}`),
        resolved: document?.id,
        definition: document?.definition && yaml.slice(document.definition.start, document.definition.end),
      };
    },
    expected: {
      errors: [],
      codes: ['ct-35-tw-2019 khóa 12', 'ct-35-tw-2024 khóa 13', 'ct-35-tw-2030 khóa 14'],
      resolved: 'ct-35-tw-2030',
      definition: '35-CT/TW',
    },
  },
  {
    name: 'organisations and a provincial award edition are added without replacing the national edition',
    yaml: `organizations:
  - id: btctu-ha-tinh
    name: Ban Tổ chức Tỉnh ủy Hà Tĩnh
    aliases: [BTCTU Hà Tĩnh]
    codeIssuers: [BTCTU]
awards:
  - name: Giải Búa liềm vàng tỉnh Hà Tĩnh
    edition: 5
    year: 2022
`,
    probe: (parsed, kb) => ({
      errors: parsed.errors,
      organization: kb.organizationNamed('btctu hà tĩnh')?.id,
      national: kb.award(5)?.year,
      provincial: kb.award(5, 'Giải Búa liềm vàng tỉnh Hà Tĩnh')?.year,
    }),
    expected: { errors: [], organization: 'btctu-ha-tinh', national: 2020, provincial: 2022 },
  },
  {
    name: 'malformed YAML gives its syntax error with a position, an empty overlay, and the bundled facts',
    yaml: `people:
  - id: x
    name: [Nguyễn
`,
    probe: (parsed, kb) => ({
      errors: parsed.errors,
      people: parsed.data.people.length,
      head2022: kb.holdersAt('Trưởng Ban Tổ chức Trung ương', fromIso('2022-01-12')).map((h) => h.person.id),
    }),
    expected: {
      errors: [{ start: 36, end: 37, message: 'Flow sequence in block collection must be sufficiently indented and end with a ]' }],
      people: 0,
      head2022: ['truong-thi-mai'],
    },
  },
  {
    name: 'bad indentation and duplicate keys are syntax errors at their place',
    yaml: `people:
  - id: a
    name: A
    name: B
   posts: []
`,
    probe: (parsed, _kb, yaml) => problems(parsed, yaml),
    expected: ['«n» Map keys must be unique', '« » Sequence item without - indicator'],
  },
  {
    name: 'a bad value leaves out just its entry, and a misspelt key is pointed at',
    yaml: `people:
  - id: a
    name: A
    posts:
      - title: T
        start: 2021-13
  - id: b
    nme: B
  - id: c
    name: C
    aliase: [X]
`,
    probe: (parsed, _kb, yaml) => ({ problems: problems(parsed, yaml), people: parsed.data.people.map((p) => `${p.id} ${p.posts.length}`) }),
    expected: {
      problems: [
        '«2021-13» people[0].posts[0].start: "2021-13" is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, "unknown" or {notBefore, notAfter}.',
        '«nme» people[1].nme: unknown key "nme" (expected one of id, name, aliases, birthYear, note, posts).',
        '«id: b\n    nme: B\n» people[1].name: is required.',
        '«aliase» people[2].aliase: unknown key "aliase" (expected one of id, name, aliases, birthYear, note, posts).',
      ],
      people: ['a 0', 'c 0'],
    },
  },
  {
    name: 'a second entry with the same id in one file is reported and left out',
    yaml: `people:
  - id: a
    name: A
  - id: a
    name: A again
`,
    probe: (parsed, _kb, yaml) => ({ problems: problems(parsed, yaml), names: parsed.data.people.map((p) => p.name) }),
    expected: { problems: ['«a» people[1].id: the id "a" is already used in this file.'], names: ['A'] },
  },
  {
    name: 'a file that is not a mapping is reported on the whole document',
    yaml: '- a\n- b\n',
    probe: (parsed, _kb, yaml) => problems(parsed, yaml),
    expected: ['«- a\n- b\n» A knowledge file must be a mapping with people, documents, organizations, awards, singlePosts or aliases.'],
  },
  {
    name: 'an alias bomb is refused without throwing',
    yaml: 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
    probe: (parsed) => parsed.errors.map((e) => [e.start, e.end, e.message]),
    expected: [[0, 139, 'The knowledge file could not be read: Excessive alias count indicates a resource exhaustion attack']],
  },
  {
    name: 'a file nested thousands of levels deep is refused at its first level too deep, without exhausting the stack',
    yaml: `people: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
    probe: (parsed) => ({ errors: parsed.errors.map((e) => [e.start, e.end, e.message]), people: parsed.data.people.length }),
    // The top mapping is level 0 and the n-th bracket level n, so level 64 is the 64th bracket.
    expected: { errors: [[8 + 63, 8 + 64, 'The knowledge file nests more than 64 levels deep here; no entry needs that many, so the file is not read.']], people: 0 },
  },
  {
    name: 'tags are never run or resolved: !!js/function, YAML 1.1 tags and custom tags are refused at their place',
    yaml: [
      'people:',
      '  - id: x',
      '    name: !!js/function "function () { globalThis.reportLensPwned = true; return \'A\'; }"',
      '    posts: !!binary aGVsbG8=',
      '  - id: y',
      '    name: !custom Nguyễn Văn Y',
      '',
    ].join('\n'),
    probe: (parsed, _kb, yaml) => ({ problems: problems(parsed, yaml), people: parsed.data.people.length, ran: 'reportLensPwned' in globalThis }),
    expected: {
      problems: [
        '«!!js/function» Unresolved tag: tag:yaml.org,2002:js/function: the knowledge file takes plain values only, without tags.',
        '«!!binary» Unresolved tag: tag:yaml.org,2002:binary: the knowledge file takes plain values only, without tags.',
        '«!custom» Unresolved tag: !custom: the knowledge file takes plain values only, without tags.',
      ],
      people: 0,
      ran: false,
    },
  },
  {
    name: 'an empty file is an empty overlay without errors',
    yaml: '',
    probe: (parsed, kb) => ({ errors: parsed.errors, people: kb.people.length - BUNDLED_PEOPLE }),
    expected: { errors: [], people: 0 },
  },
  {
    name: 'dates keep their precision; years may be written as numbers; attestations inherit the post’s sources',
    yaml: `people:
  - id: p
    name: P
    posts:
      - title: T
        start: { notBefore: 2019 }
        end: unknown
        attested: [2021-06-15, 2022]
        sources: [https://example.org/p]
`,
    probe: (parsed) => {
      const post = parsed.data.people[0]?.posts[0];
      return [post?.start, post?.end?.precision, post?.attested.map((a) => `${a.date.text} ${a.date.precision} ${a.sources.join()}`)];
    },
    expected: [
      { text: 'not before 2019', precision: 'unknown', earliest: { year: 2019, month: 1, day: 1 }, latest: undefined, range: { notBefore: '2019' } },
      'unknown',
      ['2021-06-15 day https://example.org/p', '2022 year https://example.org/p'],
    ],
  },
  {
    name: 'the documented example file parses cleanly',
    yaml: fs.readFileSync(EXAMPLE, 'utf8'),
    probe: (parsed, kb) => ({
      errors: parsed.errors,
      people: parsed.data.people.map((p) => p.id),
      alias: kb.peopleNamed('Trương T. Mai').map((p) => p.id),
    }),
    expected: { errors: [], people: ['nguyen-van-a-ha-tinh', 'nguyen-thanh-binh-btctw-standing'], alias: ['truong-thi-mai'] },
  },
];

describe('core/knowledge/workspaceKnowledge', () => {
  for (const c of CASES) it(c.name, () => check(c));

  it('in Vietnamese, the editor says what is wrong with the knowledge file in Vietnamese, after the entry’s path', () => {
    const service = createReportLensService({ files: memoryFiles(new Map()), language: 'vi' });
    const yaml = 'people:\n  - id: a\n    name: A\n    posts:\n      - title: T\n        start: 2021-13\n  - id: b\n    nme: B\naliases:\n  khong-co: [X]\n';
    assert.deepEqual(
      service.setKnowledgeFile('memory:///.report-lens/knowledge.yaml', yaml).map((e) => `«${yaml.slice(e.start, e.end)}» ${e.message}`),
      [
        '«2021-13» people[0].posts[0].start: "2021-13" không phải là ngày: hãy viết YYYY-MM-DD, YYYY-MM, YYYY, "unknown" hoặc {notBefore, notAfter}.',
        '«nme» people[1].nme: trường "nme" không hợp lệ (cần là một trong id, name, aliases, birthYear, note, posts).',
        '«id: b\n    nme: B\n» people[1].name: là bắt buộc.',
        '«[X]» Không có người nào mang id "khong-co", nên các tên gọi khác của id này không được dùng.',
      ],
    );
  });
});
