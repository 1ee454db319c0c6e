import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * What the shipped bundles (dist/, built by `npm run build` before the tests)
 * can do, read from their code: no network and no code built from strings.
 * Each `require` is attributed to the module esbuild bundled it from (the
 * `// node_modules/…` or `// server/src/…` comment that opens each module in
 * a development build), so a new dependency that reaches for the network
 * fails here by name.
 */

const DIST = path.resolve(__dirname, '../../../dist');
const BUNDLES = ['server.js', 'cli.js', 'extension.js', 'analysisWorker.js'];

/** Node modules that reach the network: none of them may be required. */
const NETWORK = /^(?:node:)?(?:http|https|http2|dns|dgram|tls)$/;

interface Required {
  readonly bundle: string;
  readonly module: string;
  readonly from: string;
}

function requires(bundle: string): Required[] {
  const out: Required[] = [];
  let from = '(bundle prologue)';
  for (const line of fs.readFileSync(path.join(DIST, bundle), 'utf8').split('\n')) {
    const section = /^\/\/ ((?:node_modules|server|client)\/\S+)$/.exec(line);
    if (section) from = section[1];
    for (const m of line.matchAll(/\brequire\("([^"]+)"\)/g)) out.push({ bundle, module: m[1], from });
  }
  return out;
}

describe('bundles (dist/)', () => {
  const all = BUNDLES.flatMap(requires);

  it('are development builds whose modules can be told apart, so the checks below see every module', () => {
    for (const bundle of BUNDLES) assert.ok(all.some((r) => r.bundle === bundle && /^(?:server|client)\//.test(r.from)), bundle);
  });

  it('require no network module (http, https, http2, dns, dgram, tls) and never call fetch, XMLHttpRequest or WebSocket', () => {
    assert.deepEqual(all.filter((r) => NETWORK.test(r.module)), []);
    for (const bundle of BUNDLES) {
      const code = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      assert.deepEqual(code.match(/\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b/g), null, bundle);
    }
  });

  it('require `net` only in vscode-jsonrpc, for the local pipe between editor and server, never for the CLI or the analysis', () => {
    assert.deepEqual(
      all.filter((r) => /^(?:node:)?net$/.test(r.module)).map((r) => `${r.bundle} ← ${r.from}`),
      ['server.js ← node_modules/vscode-jsonrpc/lib/node/main.js', 'extension.js ← node_modules/vscode-jsonrpc/lib/node/main.js'],
    );
  });

  it('hold no eval, new Function or vm: no code is ever built from text, from the knowledge file or elsewhere', () => {
    assert.deepEqual(all.filter((r) => /^(?:node:)?vm$/.test(r.module)), []);
    for (const bundle of BUNDLES) {
      const code = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      assert.deepEqual(code.match(/\beval\s*\(|\bnew\s+Function\s*\(|[^.\w]Function\s*\(\s*["'`]/g), null, bundle);
    }
  });
});
