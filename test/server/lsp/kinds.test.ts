import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ENTITY_KINDS } from '../../../server/src/core/model';
import { TOKEN_TYPES, tokenTypeOf } from '../../../server/src/lsp/kinds';

/** The extension manifest as VS Code reads it (out/test/server/lsp → the repository root). */
const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as {
  contributes: { semanticTokenTypes: { id: string }[]; semanticTokenScopes: { scopes: Record<string, string[]> }[] };
};

describe('entity kinds', () => {
  it('package.json declares one semantic token type for every entity kind, and no other', () => {
    assert.deepEqual(manifest.contributes.semanticTokenTypes.map((t) => t.id).sort(), [...ENTITY_KINDS].sort());
  });

  it('package.json gives every entity kind its TextMate scopes, and no other', () => {
    assert.deepEqual(Object.keys(manifest.contributes.semanticTokenScopes[0].scopes).sort(), [...ENTITY_KINDS].sort());
  });

  it('the server announces the token types in the order of the one kind list', () => {
    assert.deepEqual(TOKEN_TYPES, ENTITY_KINDS);
    assert.equal(tokenTypeOf('congress'), ENTITY_KINDS.indexOf('congress'));
  });
});
