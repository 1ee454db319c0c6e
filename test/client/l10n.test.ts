import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LANGUAGES } from '../../server/src/core/messages/catalogue';
import { RESTRICTED_MESSAGE } from '../../server/src/lsp/protocolShapes';
import { RULE_IDS } from '../../server/src/core/rules';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, string>;

/** Every `%key%` placeholder of package.json. */
function placeholders(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const m of value.matchAll(/^%([^%]+)%$/g)) out.add(m[1]);
  else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => placeholders(v, out));
  return out;
}

/** The `{0}` placeholders a message uses, which a translation must keep. */
const slots = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

/** The string literals the client passes to vscode.l10n.t. */
function clientStrings(): Set<string> {
  const out = new Set<string>();
  const dir = path.join(ROOT, 'client/src');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\(.)/g, '$1'));
  }
  return out;
}

/** Every message of a catalogue as `path:type`, nested catalogues walked, so a message missing from one language shows. */
function messagePaths(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue)
    .flatMap(([key, value]) => (typeof value === 'object' && value !== null ? messagePaths(value as object, `${prefix}${key}.`) : [`${prefix}${key}:${typeof value}`]))
    .sort();
}

describe('interface languages (English and Vietnamese)', () => {
  it('package.nls.json and package.nls.vi.json hold the same keys, and package.json uses exactly those', () => {
    const en = json('package.nls.json');
    const vi = json('package.nls.vi.json');
    assert.deepEqual(Object.keys(vi).sort(), Object.keys(en).sort());
    assert.deepEqual([...placeholders(JSON.parse(read('package.json')))].sort(), Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      assert.notEqual(vi[key].trim(), '', key);
      assert.deepEqual(slots(vi[key]), slots(en[key]), key);
    }
  });

  it('every command, setting, view and walkthrough text of package.json is translated, none written in place', () => {
    const pkg = JSON.parse(read('package.json')) as { contributes: Record<string, unknown> };
    const { commands, views, walkthroughs, configuration } = pkg.contributes as {
      commands: { title: string }[];
      views: Record<string, { name: string }[]>;
      walkthroughs: { title: string; description: string; steps: { title: string; description: string }[] }[];
      configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> };
    };
    const texts = [
      ...commands.map((c) => c.title),
      ...Object.values(views).flat().map((v) => v.name),
      ...walkthroughs.flatMap((w) => [w.title, w.description, ...w.steps.flatMap((s) => [s.title, s.description])]),
      ...Object.values(configuration.properties).map((p) => p.description ?? p.markdownDescription ?? ''),
    ];
    for (const text of texts) assert.match(text, /^%[^%]+%$/);
  });

  it('the client’s l10n bundle translates exactly the strings the client passes to vscode.l10n.t', () => {
    const bundle = json('l10n/bundle.l10n.vi.json');
    const used = clientStrings();
    assert.ok(used.size > 10, 'the scan finds the client’s strings');
    // The Restricted Mode sentence is shared with the server and translated through its constant.
    assert.deepEqual(Object.keys(bundle).sort(), [...used, RESTRICTED_MESSAGE].sort());
    for (const [source, translation] of Object.entries(bundle)) assert.deepEqual(slots(translation), slots(source), source);
  });

  it('the server’s catalogues have the same messages in both languages, at every depth', () => {
    assert.deepEqual(messagePaths(LANGUAGES.vi), messagePaths(LANGUAGES.en));
    assert.ok(messagePaths(LANGUAGES.en).length > 80, 'the walk reaches the nested catalogues');
  });

  it('every rule has a name in words in both languages, so no message or title falls back to its id', () => {
    for (const language of ['en', 'vi'] as const) {
      assert.deepEqual(RULE_IDS.filter((id) => LANGUAGES[language].ruleNames[id] === undefined), [], language);
    }
  });

  it('every rule, and no other, has a description in both languages', () => {
    for (const language of ['en', 'vi'] as const) {
      assert.deepEqual(Object.keys(LANGUAGES[language].ruleDescriptions).sort(), [...RULE_IDS].sort(), language);
    }
  });

  it('the rules’ documentation names and describes every rule in both languages, as the catalogues do', () => {
    const doc = read('docs/rules.md');
    for (const id of RULE_IDS) {
      const section = doc.split(/^## /m).find((s) => s.startsWith(`${id}\n`));
      assert.ok(section, `docs/rules.md has no section ${id}`);
      const { en, vi } = LANGUAGES;
      assert.ok(section.includes(`**${en.ruleNames[id]}** · *${vi.ruleNames[id]}*`), id);
      assert.ok(section.includes(`\n${en.ruleDescriptions[id]}\n`) && section.includes(`\n*${vi.ruleDescriptions[id]}*\n`), id);
    }
  });

  it('the server says the Restricted Mode sentence as the client’s bundle translates it', () => {
    assert.equal(LANGUAGES.en.restricted, RESTRICTED_MESSAGE);
    assert.equal(LANGUAGES.vi.restricted, json('l10n/bundle.l10n.vi.json')[RESTRICTED_MESSAGE]);
  });
});
