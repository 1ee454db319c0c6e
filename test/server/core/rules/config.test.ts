import * as assert from 'node:assert/strict';
import { DEFAULT_RULES_CONFIG, isSuppressed, mergeRulesConfig, parseRulesConfig, suppressionPath } from '../../../../server/src/core/rules/config';
import { RULE_IDS } from '../../../../server/src/core/rules/index';
import { createReportLensService } from '../../../../server/src/core/service';
import { memoryFiles } from '../../../support/fixture';

/** Parses a configuration text and shows the result with the errors' messages and the text they point at. */
function check(text: string, expected: { config?: object; errors?: string[] }): void {
  const { config, errors } = parseRulesConfig(text, RULE_IDS);
  if (expected.config) assert.deepEqual(config, { ...DEFAULT_RULES_CONFIG, ...expected.config });
  assert.deepEqual(
    errors.map((e) => text.slice(e.start, e.end)),
    expected.errors ?? [],
  );
}

describe('core/rules/config', () => {
  it('reads levels, preferred forms and suppressions', () => {
    check(
      JSON.stringify({
        rules: { 'term-numeral': 'off', 'title-variant': 'error' },
        preferred: { numerals: 'arabic', spelling: 'khoá' },
        suppressions: [{ rule: 'text-artifact', uri: 'seeds/002.txt', text: 'tác tác' }],
      }),
      {
        config: {
          rules: { 'term-numeral': 'off', 'title-variant': 'error' },
          preferred: { numerals: 'arabic', spelling: 'old' },
          suppressions: [{ rule: 'text-artifact', uri: 'seeds/002.txt', text: 'tác tác' }],
        },
      },
    );
  });

  it('keeps defaults for what is malformed and points at it', () => {
    check('{"rules": {"no-such-rule": "error", "date-weekday": "loud"}, "preferred": {"numerals": "greek"}}', {
      config: { rules: {}, preferred: {}, suppressions: [] },
      errors: ['"no-such-rule"', '"date-weekday"', '"numerals"'],
    });
  });

  it('uses the defaults for a file that is not JSON, pointing at each syntax error rather than the whole file', () => {
    // Unquoted key, then the value and the closing brace missing at the end: each error is where the parser stopped.
    check('{ rules: ', { config: {}, errors: ['rules', ':', '', ''] });
    const { errors } = parseRulesConfig('{ rules: ', RULE_IDS);
    assert.match(errors[0].message, /^The rules configuration is not valid JSON \(InvalidSymbol\); defaults are used\.$/);
  });

  it('in Vietnamese, the editor says what is wrong with the configuration file in Vietnamese', () => {
    const service = createReportLensService({ files: memoryFiles(new Map()), language: 'vi' });
    const text = '{ "rules": { "tieu-de": "off", "term-numeral": "loud" } }';
    assert.deepEqual(
      service.configureRules({}, { uri: 'memory:///.report-lens/config.json', text }).map((e) => e.message),
      [
        `Không có quy tắc "tieu-de"; các quy tắc hiện có: ${[...RULE_IDS, 'file-encoding'].join(', ')}.`,
        'Mức của "term-numeral" phải là một trong các giá trị off, error, warning, information, hint.',
      ],
    );
  });

  it('accepts a byte-order mark, comments and trailing commas, as VS Code does in its own JSON files', () => {
    check('\ufeff// house style\n{\n  /* numerals */ "rules": { "term-numeral": "off", },\n}\n', { config: { rules: { 'term-numeral': 'off' } } });
  });

  it('accepts file-encoding among the rules when the caller lists it', () => {
    const { config, errors } = parseRulesConfig('{"rules": {"file-encoding": "off"}}', [...RULE_IDS, 'file-encoding']);
    assert.deepEqual([config.rules, errors], [{ 'file-encoding': 'off' }, []]);
  });

  it('lets the workspace file override the settings entry by entry', () => {
    const merged = mergeRulesConfig(
      { rules: { 'date-weekday': 'off', 'term-years': 'hint' }, preferred: { numerals: 'roman' } },
      { rules: { 'date-weekday': 'warning' }, preferred: { spelling: 'new' }, suppressions: [] },
    );
    assert.deepEqual(merged, {
      rules: { 'date-weekday': 'warning', 'term-years': 'hint' },
      preferred: { numerals: 'roman', spelling: 'new' },
      suppressions: [],
    });
  });

  it('matches a suppression however its file is written: by hand, percent-encoded, or as a full URI', () => {
    const uri = 'file:///home/bientap/bai/b%C3%A1o%20c%C3%A1o.txt';
    for (const written of ['bai/báo cáo.txt', 'bai/b%C3%A1o%20c%C3%A1o.txt', './bai/báo cáo.txt', uri, 'báo cáo.txt'.normalize('NFD')]) {
      const config = { ...DEFAULT_RULES_CONFIG, suppressions: [{ rule: 'text-artifact', uri: written, text: 'tác tác' }] };
      assert.equal(isSuppressed(config, 'text-artifact', uri, 'tác tác'), true, written);
      assert.equal(isSuppressed(config, 'text-artifact', 'file:///home/bientap/bai/kh%C3%A1c.txt', 'tác tác'), false, written);
    }
    assert.equal(suppressionPath(uri), '/home/bientap/bai/báo cáo.txt');
  });
});
