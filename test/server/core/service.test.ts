import * as assert from 'node:assert/strict';
import { memoryFiles, parseFixture, uriOf } from '../../support/fixture';
import { createReportLensService } from '../../../server/src/core/service';
import type { Article } from '../../../server/src/core/model';

const LICENCE = 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software, the the software.\n';
const REPORT = [
  '# Báo cáo công tác tổ chức',
  '',
  'Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, dự hội nghị. Công tác tác cán bộ.',
  '',
  '```text',
  'Công tác tác mẫu trong khối mã.',
  '```',
  '',
  'Xem `tác tác` và [trang](https://example.vn/tác%20tác).',
  '',
].join('\n');

async function indexed(files: string, alwaysAnalyse?: (uri: string) => boolean) {
  const logged: string[] = [];
  const service = createReportLensService({
    files: memoryFiles(parseFixture(files).files),
    logger: { info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) },
    alwaysAnalyse,
  });
  await service.indexWorkspace();
  return { service, logged };
}

describe('core/service', () => {
  it('answers a file\'s version, text, mentions and the folder\'s URIs, and nothing for a file it does not index', async () => {
    const { service } = await indexed(`//- LICENSE.txt\n${LICENCE}//- a.txt\nQuốc hội khóa XV họp.\n`);
    const a = uriOf('a.txt');
    assert.deepEqual(service.uris(), [a]);
    assert.equal(service.text(a), 'Quốc hội khóa XV họp.\n');
    assert.deepEqual(service.mentions(a)?.map((m) => [m.kind, m.text]), [['congress', 'Quốc hội khóa XV'], ['organization', 'Quốc hội']]);
    service.setText(a, 'Quốc hội khóa XIV họp.\n', 7);
    assert.equal(service.version(a), 7);
    assert.equal(service.text(a), 'Quốc hội khóa XIV họp.\n');
    const licence = uriOf('LICENSE.txt');
    assert.deepEqual([service.version(licence), service.text(licence), service.mentions(licence)], [undefined, undefined, undefined]);
    service.removeFile(a);
    assert.deepEqual([service.uris(), service.version(a), service.mentions(a)], [[], undefined, undefined]);
  });

  it('leaves a file that is not Vietnamese prose out, says why in one log line, and shows nothing for it', async () => {
    const { service, logged } = await indexed(`//- LICENSE.txt\n${LICENCE}//- a.txt\nQuốc hội khóa XV họp.\n`);
    assert.equal(service.article(uriOf('LICENSE.txt')), undefined);
    assert.deepEqual(service.diagnostics(uriOf('LICENSE.txt')), []);
    assert.match(service.leftAlone(uriOf('LICENSE.txt')) ?? '', /^not Vietnamese prose \(0 of \d+ words/);
    assert.deepEqual(service.counts().articles, 1);
    assert.deepEqual(logged, ['indexed 1 articles; left 1 files alone (not Vietnamese prose)']);
  });

  it('analyses a file once its text becomes Vietnamese, and a file the setting forces in', async () => {
    const { service } = await indexed(`//- notes.txt\n${LICENCE}`);
    service.setText(uriOf('notes.txt'), 'Công tác tác cán bộ năm 2024.\n', 1);
    assert.equal(service.leftAlone(uriOf('notes.txt')), undefined);
    assert.deepEqual(service.diagnostics(uriOf('notes.txt')).map((f) => f.rule), ['text-artifact']);
    const forced = await indexed(`//- LICENSE.txt\n${LICENCE}`, (uri) => uri.endsWith('LICENSE.txt'));
    assert.deepEqual(forced.service.diagnostics(uriOf('LICENSE.txt')).map((f) => f.rule), ['text-artifact']);
  });

  it('recognises and lints a Markdown report’s prose only, at exact offsets', async () => {
    const { service } = await indexed(`//- report.md\n${REPORT}`);
    const article = service.article(uriOf('report.md'));
    const person = article?.mentions.find((m) => m.kind === 'person');
    assert.equal(person && REPORT.slice(person.start, person.end), 'Trương Thị Mai');
    const findings = service.diagnostics(uriOf('report.md'));
    assert.deepEqual(
      findings.map((f) => [f.rule, REPORT.slice(f.start, f.end)]),
      [['text-artifact', 'tác tác']],
    );
    assert.equal(findings[0].start, REPORT.indexOf('tác tác'));
    // The only edits of fix-all are in the prose: code, inline code and the URL keep their repeated words.
    const edits = service.fixAll();
    assert.equal(edits.length, 1);
    assert.ok(edits[0].start >= REPORT.indexOf('Công tác tác cán') && edits[0].end <= REPORT.indexOf('```text'));
  });

  it('rehearses the analysis of a text and keeps nothing of it: text, version, mentions, findings and entities stay', async () => {
    const { service } = await indexed('//- a.txt\nCông tác tác cán bộ. Quốc hội khóa XV họp.\n');
    const a = uriOf('a.txt');
    const before = { text: service.text(a), version: service.version(a), mentions: service.mentions(a), findings: service.diagnostics(a), counts: service.counts() };
    service.rehearse(a, 'Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, dự hội nghị.\n');
    service.rehearse(uriOf('b.txt'), 'Ông Nguyễn Văn Nên, Bí thư Thành ủy, phát biểu.\n');
    assert.deepEqual({ text: service.text(a), version: service.version(a), mentions: service.mentions(a), findings: service.diagnostics(a), counts: service.counts() }, before);
    assert.deepEqual(service.uris(), [a]);
    assert.deepEqual(service.workspaceSymbols('Trương Thị Mai'), []);
  });

  it('takes the kept analysis of a file the editor opens when it is of the same text, never for an edit', async () => {
    const A = 'Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, dự hội nghị.\n';
    const asked: string[] = [];
    // The kept analysis is told apart from a fresh one by its mentions, which it has none of.
    const keptAnalysis = (uri: string, text: string) => {
      asked.push(text);
      return { article: { uri, text: A, version: 0, mentions: [] } as unknown as Article };
    };
    const service = createReportLensService({ files: memoryFiles(parseFixture(`//- a.txt\n${A}`).files), keptAnalysis });
    await service.indexWorkspace();
    const a = uriOf('a.txt');
    assert.ok((service.mentions(a)?.length ?? 0) > 0, 'indexing reads the file, not the kept analysis');
    service.setText(a, A, 3);
    assert.deepEqual([service.mentions(a), service.version(a), service.text(a)], [[], 3, A]);
    // An edit of the open file is analysed: the kept analysis is of no text the editor has now.
    service.setText(a, `${A}Tin thêm.\n`, 4);
    assert.ok((service.mentions(a)?.length ?? 0) > 0);
    assert.deepEqual(asked, [A]);
    // Closed and opened again with another text: the kept analysis is asked, and not taken, as its text differs.
    await service.refreshFile(a);
    service.setText(uriOf('b.txt'), `Tin mới. ${A}`, 1);
    assert.ok((service.mentions(uriOf('b.txt'))?.length ?? 0) > 0);
    assert.deepEqual(asked, [A, `Tin mới. ${A}`]);
  });
});
