'use strict';
// The TextMate grammar (syntaxes/) tokenised by the same vscode-textmate and
// Oniguruma that VS Code uses, taken from the code-server that setup.sh
// installs: which words of a report get which scope, and which stay plain.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./workbench');

const VSCODE_MODULES = path.join(__dirname, '.vscode-web', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
const GRAMMARS = {
  'text.plain': path.join(ROOT, 'syntaxes', 'plaintext.tmLanguage.json'),
  'text.plain.report-lens': path.join(ROOT, 'syntaxes', 'report-lens.tmLanguage.json'),
};

describe('the Report Lens TextMate grammar (vscode-textmate)', () => {
  let grammar;
  let vsctm;

  before(async () => {
    if (!fs.existsSync(path.join(VSCODE_MODULES, 'vscode-textmate'))) throw new Error('code-server is not installed: run test/e2e/setup.sh first.');
    vsctm = require(path.join(VSCODE_MODULES, 'vscode-textmate'));
    const oniguruma = require(path.join(VSCODE_MODULES, 'vscode-oniguruma'));
    await oniguruma.loadWASM(fs.readFileSync(path.join(VSCODE_MODULES, 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
    // The registry applies the injection the way package.json's `injectTo` asks VS Code to.
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => (GRAMMARS[scope] ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMARS[scope], 'utf8'), GRAMMARS[scope]) : null),
      getInjections: (scope) => (scope === 'text.plain' ? ['text.plain.report-lens'] : []),
    });
    grammar = await registry.loadGrammar('text.plain');
  });

  /** The non-plain tokens of a line as "scope: text", the scope without its .report-lens suffix. */
  function tokens(line) {
    return grammar
      .tokenizeLine(line, vsctm.INITIAL)
      .tokens.filter((t) => t.scopes.length > 1)
      .map((t) => `${t.scopes[t.scopes.length - 1].replace(/\.report-lens$/, '')}: ${line.slice(t.startIndex, t.endIndex)}`);
  }

  it('marks dates written in the ways articles write them', () => {
    assert.deepEqual(tokens('Thứ Năm, 23-06-2022, 18:22'), [
      'constant.numeric.date: Thứ Năm',
      'constant.numeric.date: 23-06-2022',
      'constant.numeric.date: 18:22',
    ]);
    assert.deepEqual(tokens('Sáng 12/1, tính đến ngày 29-3-2024 và quý I-2024'), [
      'constant.numeric.date: Sáng 12/1',
      'constant.numeric.date: ngày 29-3-2024',
      'constant.numeric.date: quý I-2024',
    ]);
  });

  it('leaves fractions that cannot be dates plain', () => {
    assert.deepEqual(tokens('18/56 cơ quan, đơn vị'), []);
  });

  it('marks document citations and bare codes', () => {
    assert.deepEqual(tokens('Chỉ thị số 35-CT/TW ngày 30-5-2019'), [
      'string.other.document: Chỉ thị số 35-CT/TW',
      'constant.numeric.date: ngày 30-5-2019',
    ]);
    assert.deepEqual(tokens('theo 26-HD/BTCTW và Nghị quyết Đại hội XIII'), [
      'string.other.document: 26-HD/BTCTW',
      'string.other.document: Nghị quyết Đại hội XIII',
    ]);
  });

  it('marks congresses, plenums and terms in Roman and Arabic numerals and either tone style', () => {
    assert.deepEqual(tokens('Đại hội 13, Hội nghị Trung ương lần thứ 15, khoá XV, nhiệm kỳ 2020-2025'), [
      'keyword.control.congress: Đại hội 13',
      'keyword.control.congress: Hội nghị Trung ương lần thứ 15',
      'keyword.control.congress: khoá XV',
      'keyword.control.congress: nhiệm kỳ 2020-2025',
    ]);
  });

  it('marks honorifics, titles and organisations; ông and bà only before a name', () => {
    assert.deepEqual(tokens('Đ/c Hoàng Đăng Quang, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương'), [
      'markup.italic.honorific: Đ/c',
      'keyword.other.title: Ủy viên',
      'entity.name.type.organization: Bộ Chính trị',
      'keyword.other.title: Trưởng',
      'entity.name.type.organization: Ban Tổ chức Trung ương',
    ]);
    assert.deepEqual(tokens('ông Nguyễn Văn A thăm bà con'), ['markup.italic.honorific: ông']);
  });

  it('marks web-page residue lines', () => {
    assert.deepEqual(tokens('Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY'), ['comment.line.residue: Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY']);
  });
});
