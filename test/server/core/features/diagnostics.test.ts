import * as assert from 'node:assert/strict';
import { offsetOf, parseFixture, serviceFor, uriOf } from '../../../support/fixture';
import { createReportLensService, type RulesConfig } from '../../../../server/src/core/service';
import { parseRulesConfig } from '../../../../server/src/core/rules/config';
import { RULE_IDS } from '../../../../server/src/core/rules/index';

const ARTICLE = 'Công tác tác đào tạo và công tác tác tuyên truyền, năm 2020.Đồng chí dự.\n';
const CONFIG_URI = 'memory:///.report-lens/config.json';

/** Runs the quick fixes at a piece of the article and lists their kinds and titles. */
async function check(at: string, config: Partial<RulesConfig>, configText: string | undefined, expected: string[]): Promise<void> {
  const service = await serviceFor(parseFixture(ARTICLE));
  service.configureRules(config, { uri: CONFIG_URI, text: configText });
  const start = offsetOf(ARTICLE, at);
  const fixes = service.codeFixes(uriOf('a.txt'), start, start + at.length);
  assert.deepEqual(
    fixes.map((f) => `${f.kind} ${f.title}`),
    expected,
  );
}

describe('core/features/diagnostics', () => {
  it('offers the fix, fix-all of the rule in the file, and suppression', async () => {
    await check('tác tác đào', {}, undefined, [
      'quickfix Delete the repeated word',
      'source.fixAll Fix all “text artifact” problems in this file (3)',
      'quickfix Suppress this “text artifact” finding (in .report-lens/config.json)',
    ]);
  });

  it('words findings and titles fixes in Vietnamese, naming the rule in words', async () => {
    const service = await serviceFor(parseFixture(ARTICLE));
    service.configureRules({}, { uri: CONFIG_URI, text: undefined });
    service.setLanguage('vi');
    const start = offsetOf(ARTICLE, 'tác tác đào');
    assert.deepEqual(
      service.codeFixes(uriOf('a.txt'), start, start + 3).filter((f) => f.kind === 'source.fixAll' || f.title.startsWith('Bỏ qua')).map((f) => f.title),
      ['Sửa tất cả lỗi “lỗi văn bản” trong tệp này (3)', 'Bỏ qua phát hiện “lỗi văn bản” này (ghi vào .report-lens/config.json)'],
    );
    const finding = service.diagnostics(uriOf('a.txt')).find((f) => f.start === start)!;
    assert.equal(finding.message, 'Từ “tác” bị viết lặp hai lần.');
    assert.equal(finding.fixes[0].title, 'Xóa từ lặp');
  });

  it('writes a suppression into the configuration file, which then hides the finding', async () => {
    const service = await serviceFor(parseFixture(ARTICLE));
    service.configureRules({}, { uri: CONFIG_URI, text: '{ "rules": {} }' });
    const start = offsetOf(ARTICLE, '2020.Đồng');
    const suppress = service.codeFixes(uriOf('a.txt'), start, start).find((f) => f.title.startsWith('Suppress'));
    assert.ok(suppress);
    const written = suppress.edits[0].newText;
    assert.deepEqual(parseRulesConfig(written, RULE_IDS).config.suppressions, [{ rule: 'text-artifact', uri: 'a.txt', text: '2020.Đồng' }]);
    service.configureRules({}, { uri: CONFIG_URI, text: written });
    assert.deepEqual(
      service.diagnostics(uriOf('a.txt')).map((f) => ARTICLE.slice(f.start, f.end)),
      ['tác tác', 'tác tác'],
    );
  });

  it('switches rules off and re-levels them', async () => {
    const service = await serviceFor(parseFixture(ARTICLE));
    service.configureRules({ rules: { 'text-artifact': 'error' } });
    assert.deepEqual([...new Set(service.diagnostics(uriOf('a.txt')).map((f) => f.severity))], ['error']);
    service.configureRules({ rules: { 'text-artifact': 'off' } });
    assert.deepEqual(service.diagnostics(uriOf('a.txt')), []);
  });

  it('fixes the whole folder, and keeps folder-wide counts in step with edits', async () => {
    const service = await serviceFor(parseFixture('//- a.txt\nQuốc hội khóa XV, khóa XIV.\n//- b.txt\nQuốc hội khoá XV.\n'));
    assert.deepEqual(service.fixAll('spelling-variant').map((e) => `${e.uri.slice(-5)} ${e.newText}`), ['b.txt khóa']);
    // Two more old-style words make the old style the majority: now the other file is the odd one out.
    service.setText(uriOf('b.txt'), 'Quốc hội khoá XV, khoá XIV, Uỷ ban.\n', 1);
    assert.deepEqual(service.fixAll('spelling-variant').map((e) => `${e.uri.slice(-5)} ${e.newText}`), ['a.txt khoá', 'a.txt khoá']);
    service.removeFile(uriOf('b.txt'));
    assert.deepEqual(service.fixAll(), []);
  });

  it('names the files to republish: the edited one, and the others only when a folder-wide majority changes', async () => {
    const service = await serviceFor(parseFixture('//- a.txt\nQuốc hội khóa XV, khóa XIV.\n//- b.txt\nQuốc hội khoá XV.\n//- c.txt\nKhông có gì.\n'));
    service.staleDiagnostics();
    service.setText(uriOf('b.txt'), 'Quốc hội khoá XV, nay thêm chữ.\n', 1);
    assert.deepEqual(service.staleDiagnostics(), [uriOf('b.txt')]);
    service.setText(uriOf('b.txt'), 'Quốc hội khoá XV, khoá XIV, Uỷ ban.\n', 2);
    assert.deepEqual(service.staleDiagnostics().sort(), [uriOf('a.txt'), uriOf('b.txt')]);
  });
});

describe('core/features/diagnostics on files in a legacy encoding', () => {
  /** "Đảng Cộng sản Việt Nam lãnh đạo công tác tổ chức" in TCVN3, each byte shown as its Latin-1 character. */
  const TCVN3 = '§¶ng Céng s¶n ViÖt Nam l·nh ®¹o c«ng t¸c tæ chøc.\n';

  it('reports raw 8-bit TCVN3 bytes as unreadable, with nothing else, and keeps them out of the folder counts', async () => {
    const bytes = Uint8Array.from([...TCVN3].map((c) => c.charCodeAt(0)));
    const good = 'Quốc hội khóa XV họp.\n';
    const files = new Map<string, Uint8Array>([
      [uriOf('legacy.txt'), bytes],
      [uriOf('good.txt'), new TextEncoder().encode(good)],
    ]);
    const service = createReportLensService({
      files: { listArticles: async () => [...files.keys()], readFile: async (uri) => files.get(uri) },
    });
    await service.indexWorkspace();
    const findings = service.diagnostics(uriOf('legacy.txt'));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.start, f.end]),
      [['file-encoding', 'error', 0, 0]],
    );
    assert.match(findings[0].message, /^This file is not UTF-8: its bytes look like the legacy Vietnamese encoding TCVN3\./);
    assert.deepEqual(service.diagnostics(uriOf('good.txt')), []);
    assert.deepEqual(service.fixAll(), []);
  });

  it('reports a file read from disk whose UTF-8 text is VNI mojibake, on its first line, without entities', async () => {
    const vni = 'Ñaûng Coäng saûn Vieät Nam laõnh ñaïo coâng taùc toå chöùc.\n';
    const service = await serviceFor(parseFixture(vni));
    const findings = service.diagnostics(uriOf('a.txt'));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.start, f.end]),
      [['file-encoding', 'error', 0, vni.length - 1]],
    );
    assert.match(findings[0].message, /^This file is VNI text that was read as Latin-1 and saved as UTF-8/);
    assert.deepEqual(service.article(uriOf('a.txt'))?.mentions, []);
  });

  it('reports TCVN3 text that an editor shows as Latin-1, on its first line, without entities', async () => {
    const service = await serviceFor(parseFixture('Quốc hội khóa XV họp.\n'));
    service.setText(uriOf('b.txt'), TCVN3, 1);
    const findings = service.diagnostics(uriOf('b.txt'));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.start, f.end]),
      [['file-encoding', 0, TCVN3.length - 1]],
    );
    assert.match(findings[0].message, /TCVN3 text that was read as Latin-1/);
    assert.deepEqual(service.article(uriOf('b.txt'))?.mentions, []);
  });
});
