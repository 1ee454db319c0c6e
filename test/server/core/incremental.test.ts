import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createReportLensService, type ReportLensService } from '../../../server/src/core/service';
import type { RulesConfig } from '../../../server/src/core/rules/config';
import { WORKSPACE_KNOWLEDGE_PATH } from '../../../server/src/core/knowledge/workspaceKnowledge';
import { memoryFiles, uriOf } from '../../support/fixture';

/**
 * Incremental equals fresh (issue 13): random sequences of edits (on disk and
 * in the editor), creations, deletions, knowledge-file and configuration
 * changes are applied to one service over an in-memory folder. After every
 * step, that service must answer exactly as a service built fresh on the
 * folder as it now stands: the same findings in every file, and the same
 * hover, definitions and references at every mention. fast-check runs with a
 * fixed seed for about INCREMENTAL_SECONDS (default 15) in the unit suite;
 * set it higher to search longer.
 */

const SECONDS = Number(process.env.INCREMENTAL_SECONDS ?? 15);
const KNOWLEDGE_URI = uriOf(WORKSPACE_KNOWLEDGE_PATH);
const FILES = ['a.txt', 'b.txt', 'c.txt', 'sub/d.txt'].map(uriOf);

/**
 * Lines an article is assembled from, written for this test: a dateline, one
 * official named twice with two spellings of the same post, a cited document
 * with and without its code, congresses in both numerals, a date without a
 * year, an impossible date, a name the knowledge files below teach, and that
 * name at the first council sessions of one term in two provinces (which the
 * folder tells apart as two officials unless another line ties them), and
 * that name called "bà" (a woman, whom the folder tells apart from "ông").
 */
const LINES = [
  'Thứ Hai, 14-03-2022, 09:00\n',
  'Đồng chí Nguyễn Văn A, Trưởng Ban Tổ chức Tỉnh ủy Hà Tĩnh, dự hội nghị.\n',
  'Ông Nguyễn Văn A, Trưởng ban Tổ chức Tỉnh uỷ Hà Tĩnh, phát biểu.\n',
  'Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị được quán triệt.\n',
  'Chỉ thị số 35 ngày 30/5/2019 bàn về đại hội đảng bộ các cấp.\n',
  'Đại hội XIII của Đảng, Đại hội 13, khóa XV và khoá 15 được nhắc lại.\n',
  'Sáng 12/1, bà Trương T. Mai làm việc với Ban Tổ chức Trung ương.\n',
  'Hội nghị Trung ương 5 khóa 13 họp ngày 31-2-2023.\n',
  'Tại kỳ họp thứ nhất HĐND tỉnh Nghệ An khóa XIX, nhiệm kỳ 2021-2026, ông Nguyễn Văn A, Bí thư Tỉnh ủy Nghệ An được bầu giữ chức Chủ tịch HĐND tỉnh.\n',
  'Tại kỳ họp thứ nhất HĐND tỉnh Hà Tĩnh khóa XVIII, nhiệm kỳ 2021-2026, ông Nguyễn Văn A, Chủ tịch UBND tỉnh Hà Tĩnh được bầu lại.\n',
  'Bà Nguyễn Văn A, Giám đốc Sở Y tế tỉnh Nghệ An, dự hội nghị.\n',
];

/** The workspace knowledge file: absent, teaching an official, teaching an alias, or malformed. */
const KNOWLEDGE: readonly (string | undefined)[] = [
  undefined,
  'people:\n  - id: nguyen-van-a\n    name: Nguyễn Văn A\n    posts:\n      - title: Trưởng Ban Tổ chức Tỉnh ủy Hà Tĩnh\n        start: 2020-10\n        sources: [https://example.org/a]\n',
  'aliases:\n  truong-thi-mai: [Trương T. Mai]\n',
  'people: [\n',
];

/** Configurations: the defaults, a rule switched off, preferred numerals and spelling. */
const CONFIGS: readonly Partial<RulesConfig>[] = [
  {},
  { rules: { 'title-variant': 'off', 'document-code': 'error' } },
  { preferred: { numerals: 'roman', spelling: 'old' } },
  { preferred: { numerals: 'arabic' } },
];

const text = fc.array(fc.nat({ max: LINES.length - 1 }), { maxLength: 6 }).map((lines) => lines.map((i) => LINES[i]).join(''));
const file = fc.nat({ max: FILES.length - 1 }).map((i) => FILES[i]);

const step = fc.oneof(
  fc.record({ kind: fc.constant('disk' as const), uri: file, text }),
  fc.record({ kind: fc.constant('editor' as const), uri: file, text }),
  fc.record({ kind: fc.constant('delete' as const), uri: file }),
  fc.record({ kind: fc.constant('knowledge' as const), which: fc.nat({ max: KNOWLEDGE.length - 1 }) }),
  fc.record({ kind: fc.constant('config' as const), which: fc.nat({ max: CONFIGS.length - 1 }) }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** The folder as it stands: the files' texts, the knowledge file and the configuration. */
interface Folder {
  readonly files: Map<string, string>;
  knowledge: string | undefined;
  config: Partial<RulesConfig>;
  version: number;
}

/** Applies a step to the folder and tells the incremental service, as the editor and the file watcher would. */
async function apply(service: ReportLensService, folder: Folder, s: Step): Promise<void> {
  switch (s.kind) {
    case 'disk':
      folder.files.set(s.uri, s.text);
      await service.refreshFile(s.uri);
      return;
    case 'editor':
      folder.files.set(s.uri, s.text);
      service.setText(s.uri, s.text, ++folder.version);
      return;
    case 'delete':
      folder.files.delete(s.uri);
      service.removeFile(s.uri);
      return;
    case 'knowledge':
      folder.knowledge = KNOWLEDGE[s.which];
      service.setKnowledgeFile(KNOWLEDGE_URI, folder.knowledge);
      return;
    case 'config':
      folder.config = CONFIGS[s.which];
      service.configureRules(folder.config);
      return;
  }
}

async function fresh(folder: Folder): Promise<ReportLensService> {
  const service = createReportLensService({ files: memoryFiles(new Map(folder.files)) });
  service.configureRules(folder.config);
  service.setKnowledgeFile(KNOWLEDGE_URI, folder.knowledge);
  await service.indexWorkspace();
  return service;
}

/** Everything a user sees of the folder: findings per file, and hover, definitions and references at each mention. */
function observe(service: ReportLensService, uris: readonly string[], probes: ReadonlyMap<string, readonly number[]>): unknown {
  return uris.map((uri) => ({
    uri,
    findings: service.diagnostics(uri),
    at: (probes.get(uri) ?? []).map((offset) => ({
      offset,
      hover: service.hover(uri, offset),
      definition: service.definition(uri, offset),
      references: service.references(uri, offset, true),
    })),
  }));
}

describe('incremental service equals a fresh one', function () {
  this.timeout((SECONDS + 60) * 1000);

  it('after every edit, creation, deletion, knowledge and configuration change', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const folder: Folder = { files: new Map([[FILES[0], LINES.slice(0, 4).join('')]]), knowledge: undefined, config: {}, version: 0 };
        const service = createReportLensService({ files: memoryFiles(folder.files) });
        await service.indexWorkspace();
        for (const [i, s] of steps.entries()) {
          await apply(service, folder, s);
          const expected = await fresh(folder);
          const uris = [...folder.files.keys()].sort();
          const probes = new Map(uris.map((uri) => [uri, (expected.article(uri)?.mentions ?? []).map((m) => m.start)]));
          assert.deepEqual(observe(service, uris, probes), observe(expected, uris, probes), `after step ${i + 1} of ${JSON.stringify(steps.slice(0, i + 1))}`);
        }
      }),
      { seed: 13, numRuns: 100_000, interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false },
    );
  });
});
