import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseWorkspaceKnowledge } from '../../../../server/src/core/knowledge/workspaceKnowledge';

/**
 * The JSON schema VS Code validates and completes the knowledge file with:
 * it accepts exactly the keys the reader accepts, and every property has a
 * description, since completion shows it.
 */

interface SchemaNode {
  readonly description?: string;
  readonly $ref?: string;
  readonly properties?: Record<string, SchemaNode>;
  readonly [key: string]: unknown;
}

const SCHEMA = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../../schemas/knowledge.schema.json'), 'utf8')) as SchemaNode & {
  definitions: Record<string, SchemaNode>;
};

function propertiesOf(node: SchemaNode, where: string, out: string[] = []): string[] {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    if (!child.description && !child.$ref) out.push(`${where}.${name}`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (value && typeof value === 'object') propertiesOf(value as SchemaNode, `${where}.${key}`, out);
  }
  return out;
}

describe('schemas/knowledge.schema.json', () => {
  it('describes every property', () => {
    assert.deepEqual(propertiesOf(SCHEMA, ''), []);
  });

  it('allows exactly the top-level keys the reader accepts', () => {
    const keys = Object.keys(SCHEMA.properties ?? {}).filter((k) => !k.startsWith('$'));
    for (const key of keys) {
      const { errors } = parseWorkspaceKnowledge(`${key}: null\n`);
      assert.deepEqual(errors, [], key);
    }
    const [unknown] = parseWorkspaceKnowledge('peoples: []\n').errors.map((e) => e.message);
    const expected = /^peoples: unknown key "peoples" \(expected one of (.*)\)\.$/.exec(unknown)?.[1].split(', ');
    assert.deepEqual(expected?.sort(), [...keys].sort());
  });
});
